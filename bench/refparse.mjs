#!/usr/bin/env node
// Benchmark of the free-text reference parser on the AnyStyle gold data.
//
//   npx tsc -p tsconfig.json && node bench/refparse.mjs [--folds 5] [--workers 2] [--no-write]
//
// 1. k-fold cross-validation: for each fold a model is trained on the other
//    folds plus the project's own labelled references (src/refparse/training; same options as the shipped
//    model) and scored on the held-out gold fold with the field-level metric
//    of src/refparse/metric.ts; counts are pooled over folds (micro-average).
//    Folds run in parallel worker threads.
// 2. Speed: labelling + CSL conversion of every gold reference with the shipped model.
// Results are printed and written to BENCHMARKS.refparse.md at the repo root.
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.REFPARSE_DIST ?? join(repoRoot, 'dist', 'refparse');
const goldPath = join(process.env.CITECHECK_SHARED ?? join(repoRoot, '..', 'shared'), 'gold', 'anystyle-core.jsonl');
const trainingDir = join(repoRoot, 'src', 'refparse', 'training');
const load = (file) => import(pathToFileURL(join(distDir, file)).href);

if (!isMainThread) {
  // Worker: cross-validate the folds it was given and send back per-label counts.
  const { readGoldFile, readTrainingDir } = await load('gold.js');
  const { crossValidate } = await load('evaluate.js');
  const { SHIPPED_TRAINING_OPTIONS } = await load('reference-tagger.js');
  const supplement = readTrainingDir(trainingDir);
  const report = crossValidate(readGoldFile(goldPath), workerData.folds, SHIPPED_TRAINING_OPTIONS, workerData.only, supplement);
  parentPort.postMessage(report.perLabel);
} else {
  await main();
}

async function main() {
  const { values } = parseArgs({
    options: {
      folds: { type: 'string', default: '5' },
      workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const folds = Number(values.folds);
  const workerCount = Math.max(1, Math.min(Number(values.workers), folds));
  const { readGoldFile, readTrainingDir } = await load('gold.js');
  const { SHIPPED_TRAINING_OPTIONS } = await load('reference-tagger.js');
  const gold = readGoldFile(goldPath);
  const supplementCount = readTrainingDir(trainingDir).length;

  const started = performance.now();
  const assignments = Array.from({ length: workerCount }, (_, w) => [...Array(folds).keys()].filter((f) => f % workerCount === w));
  const perWorker = await Promise.all(
    assignments.map(
      (only) =>
        new Promise((resolvePromise, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { folds, only } });
          worker.once('message', resolvePromise);
          worker.once('error', reject);
        }),
    ),
  );
  const cvSeconds = (performance.now() - started) / 1000;

  // Pool counts over workers, then compute micro P/R/F1 overall and per label.
  const counts = new Map();
  for (const perLabel of perWorker) {
    for (const [label, c] of Object.entries(perLabel)) {
      const total = counts.get(label) ?? { tp: 0, fp: 0, fn: 0, support: 0 };
      total.tp += c.truePositives;
      total.fp += c.falsePositives;
      total.fn += c.falseNegatives;
      counts.set(label, total);
    }
  }
  const score = ({ tp, fp, fn }) => {
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), support: tp + fn };
  };
  const overall = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) for (const key of ['tp', 'fp', 'fn']) overall[key] += c[key];

  // Inference speed with the shipped model (first call excluded: it loads the model).
  // Best of three passes, since other processes on the machine slow single passes down.
  const { parseReference, labelReference } = await load('index.js');
  const loadStarted = performance.now();
  labelReference(gold[0].raw);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  let speedSeconds = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const speedStarted = performance.now();
    for (const reference of gold) parseReference(reference.raw);
    speedSeconds = Math.min(speedSeconds, (performance.now() - speedStarted) / 1000);
  }

  const pct = (x) => (100 * x).toFixed(1);
  const rows = [...counts.entries()]
    .map(([label, c]) => [label, score(c)])
    .sort((a, b) => b[1].support - a[1].support)
    .map(([label, s]) => `| ${label} | ${s.support} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f1)} |`);
  const o = score(overall);
  const markdown = [
    '# Reference parser benchmark (src/refparse)',
    '',
    `Data: \`shared/gold/anystyle-core.jsonl\` (${gold.length} references, AnyStyle labels).`,
    `Method: ${folds}-fold cross-validation (line i in fold i mod ${folds}); each fold's model is trained on the other folds`,
    `with the shipped training options (${JSON.stringify(SHIPPED_TRAINING_OPTIONS)}) and scored on the held-out fold.`,
    `Every training split also includes the project's own ${supplementCount} hand-labelled references`,
    '(`src/refparse/training/`, written for this project, none taken from the gold data); only gold references are ever scored.',
    'Metric (src/refparse/metric.ts): per reference and label, the predicted text equals the gold text after trimming',
    'surrounding punctuation/brackets/whitespace and collapsing spaces → true positive; otherwise a predicted field is a',
    'false positive and a gold field a false negative. Micro-averaged over all fields of all references.',
    '',
    `**Overall: P ${pct(o.p)} / R ${pct(o.r)} / F1 ${pct(o.f1)}** (${overall.tp} TP, ${overall.fp} FP, ${overall.fn} FN)`,
    '',
    '| label | gold fields | precision % | recall % | F1 % |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `Speed (shipped model, labelling + CSL conversion): ${((1000 * speedSeconds) / gold.length).toFixed(2)} ms per reference,`,
    `${speedSeconds.toFixed(2)} s for all ${gold.length} references (best of 3 passes, single thread, Node ${process.version},`,
    `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores); loading the model takes ${loadSeconds.toFixed(2)} s once.`,
    `Cross-validation wall time: ${cvSeconds.toFixed(0)} s with ${workerCount} worker(s).`,
    '',
    'Reproduce: `npx tsc -p tsconfig.json && node bench/refparse.mjs` (retrain the shipped model: `node bench/train-refparse.mjs`).',
    '',
  ].join('\n');
  console.log(markdown);
  if (!values['no-write']) writeFileSync(join(repoRoot, 'BENCHMARKS.refparse.md'), markdown);
}

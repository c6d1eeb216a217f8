#!/usr/bin/env node
// Pipeline benchmark: the full offline audit of the seeds and the real corpus, and of a 5 MB
// synthetic thesis, against a baseline measured in the same run: reading the same files and
// parsing them with the readers only (no extraction, no checks). Writes BENCHMARKS.pipeline.md.
//
//   npm run build && node bench/pipeline.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.CITECHECK_SHARED ?? join(ROOT, '..', 'shared');
const { runAudit } = await import(join(ROOT, 'dist/pipeline/run.js'));
const { collectFiles } = await import(join(ROOT, 'dist/input/collect.js'));
const { readSource } = await import(join(ROOT, 'dist/input/read-source.js'));
const { DOCUMENT_EXTENSIONS, readerFor } = await import(join(ROOT, 'dist/readers/index.js'));

const RULES = join(ROOT, 'rules');
const REPEAT = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

async function time(fn) {
  const samples = [];
  for (let i = 0; i < REPEAT; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

function readersOnly(paths) {
  const { files } = collectFiles(paths, DOCUMENT_EXTENSIONS, () => false);
  for (const file of files) {
    const outcome = readSource(file.path, 50_000_000);
    if (outcome.ok) readerFor(outcome.source).read(outcome.source);
  }
  return files.length;
}

const big = join(mkdtempSync(join(tmpdir(), 'citecheck-bench-')), 'thesis.txt');
const paragraph = readFileSync(join(SHARED, 'seeds', '000_94f03f8c890e53d0.txt'), 'utf8');
writeFileSync(big, paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));

const sets = [
  { name: 'seeds (5 documents, 146 KB)', paths: [join(SHARED, 'seeds')] },
  { name: 'real corpus (15 documents, 1.1 MB)', paths: [join(SHARED, 'corpus')] },
  { name: '5 MB thesis (seed 000 repeated)', paths: [big] },
];

const rows = [];
for (const set of sets) {
  const files = readersOnly(set.paths); // warm-up
  await runAudit({ paths: set.paths, rulesDir: RULES, today: '2026-11-26' });
  const baseline = await time(() => readersOnly(set.paths));
  const full = await time(() => runAudit({ paths: set.paths, rulesDir: RULES, today: '2026-11-26' }));
  rows.push(`| ${set.name} | ${files} | ${baseline.toFixed(0)} | ${full.toFixed(0)} | ${(full / baseline).toFixed(2)} |`);
  console.log(rows.at(-1));
}

const md = `# Pipeline benchmark (\`bench/pipeline.mjs\`)

Offline audit (all rules, no network) in one process, median of ${REPEAT} runs, against a baseline
measured in the same run: reading the same files and parsing them with the readers only.
Machine: ${cpus().length} CPUs, Node ${process.version}. Generated ${new Date().toISOString()}.

| input | files | baseline: read + parse (ms) | full audit (ms) | ratio |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
writeFileSync(join(ROOT, 'BENCHMARKS.pipeline.md'), md);
console.log('wrote BENCHMARKS.pipeline.md');

#!/usr/bin/env node
// Retrains the reference-parser model from the gold data and writes it to
// src/refparse/model/refparse-model.json (plus the data's licence notice).
//
//   npx tsc -p tsconfig.json && node bench/train-refparse.mjs
//
// Training data: the AnyStyle gold file (--gold PATH, default ../shared/gold/anystyle-core.jsonl
// relative to the repo root) plus the project's own hand-labelled references in
// src/refparse/training/ (see the README there).
// Set REFPARSE_DIST to use a compiled refparse directory other than dist/refparse.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.REFPARSE_DIST ?? join(repoRoot, 'dist', 'refparse');
const { values } = parseArgs({ options: { gold: { type: 'string', default: join(process.env.CITECHECK_SHARED ?? join(repoRoot, '..', 'shared'), 'gold', 'anystyle-core.jsonl') } } });

const { readGoldFile, readTrainingDir } = await import(pathToFileURL(join(distDir, 'gold.js')).href);
const { trainTagger } = await import(pathToFileURL(join(distDir, 'evaluate.js')).href);
const { SHIPPED_TRAINING_OPTIONS } = await import(pathToFileURL(join(distDir, 'reference-tagger.js')).href);

const modelDir = join(repoRoot, 'src', 'refparse', 'model');
const gold = readGoldFile(values.gold);
const supplement = readTrainingDir(join(repoRoot, 'src', 'refparse', 'training'));
const started = performance.now();
const tagger = trainTagger([...gold, ...supplement], SHIPPED_TRAINING_OPTIONS);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const modelPath = join(modelDir, 'refparse-model.json');
writeFileSync(modelPath, JSON.stringify(tagger.toModel()) + '\n');
// The model is derived from BSD-2-Clause data: keep its licence next to it.
writeFileSync(join(modelDir, 'LICENSE.anystyle'), readFileSync(join(dirname(values.gold), 'LICENSE.anystyle')));
const model = tagger.toModel();
console.log(
  `trained on ${gold.length} + ${supplement.length} references in ${seconds} s: ${model.crf.features.length} CRF features, ` +
    `${model.reranker?.features.length ?? 0} reranker features → ${modelPath}`,
);

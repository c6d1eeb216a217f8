#!/usr/bin/env node
// Checks the project's own labelled references before they are trained on:
//
//   npx tsc -p tsconfig.json && node bench/check-training.mjs [FILE.jsonl ...]
//
// Without files, every .jsonl file of src/refparse/training is checked. Each line must use the gold
// data's labels, cover its raw text token by token, and be no copy of a gold reference or of a
// line of the seed documents in input/ (src/refparse/training-check.ts). Prints one line per problem; exit code 1 when there is one.
import { dirname, join, resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.REFPARSE_DIST ?? join(repoRoot, 'dist', 'refparse');
const goldPath = join(process.env.CITECHECK_SHARED ?? join(repoRoot, '..', 'shared'), 'gold', 'anystyle-core.jsonl');
const trainingDir = join(repoRoot, 'src', 'refparse', 'training');
const { readGoldFile } = await import(pathToFileURL(join(distDir, 'gold.js')).href);
const { trainingDataProblems, readProtectedTexts } = await import(pathToFileURL(join(distDir, 'training-check.js')).href);

const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(trainingDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(trainingDir, f));
// Duplicates are looked for across all files, so the files are checked as one list.
const lines = files.flatMap((file) => readGoldFile(file).map((reference, i) => ({ file, line: i + 1, reference })));
// The seed documents citecheck is tested on (input/) must not be trained on either.
const seeds = readProtectedTexts(join(repoRoot, 'input'));
const problems = trainingDataProblems(lines.map((l) => l.reference), readGoldFile(goldPath), seeds);
for (const { index, problem } of problems) console.log(`${lines[index].file}:${lines[index].line}: ${problem}`);
console.log(`${lines.length} references in ${files.length} file(s), ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 ? 1 : 0;

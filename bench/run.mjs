#!/usr/bin/env node
// `npm run bench`: runs every benchmark and gathers their results into BENCHMARKS.md
// (`npm run bench -- --only=pipeline,urls` re-runs some and keeps the others' last sections).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const benches = [
  ['pipeline.mjs', 'BENCHMARKS.pipeline.md'],
  ['refparse.mjs', 'BENCHMARKS.refparse.md'],
  ['urls.mjs', 'BENCHMARKS.urls.md'],
];

execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
const parts = ['# Benchmarks', '', 'Produced by `npm run bench` (each section by its own script in `bench/`). Times are ratios against a baseline measured in the same run.', ''];
// --only pipeline,urls: re-run those benchmarks, keep the other sections' last results.
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg ? new Set(onlyArg.split(',').map((name) => `${name}.mjs`)) : null;
for (const [script, output] of benches) {
  if (!existsSync(join(ROOT, 'bench', script))) continue;
  if (!only || only.has(script)) execFileSync(process.execPath, [join(ROOT, 'bench', script), ...(quick ? ['--quick'] : [])], { cwd: ROOT, stdio: 'inherit' });
  if (existsSync(join(ROOT, output))) parts.push(readFileSync(join(ROOT, output), 'utf8').replace(/^# /, '## '), '');
}
writeFileSync(join(ROOT, 'BENCHMARKS.md'), parts.join('\n'));
console.log('wrote BENCHMARKS.md');

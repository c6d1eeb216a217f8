#!/usr/bin/env node
// `npm run bench`: runs every benchmark and gathers their results into BENCHMARKS.md.
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
for (const [script, output] of benches) {
  if (!existsSync(join(ROOT, 'bench', script))) continue;
  execFileSync(process.execPath, [join(ROOT, 'bench', script), ...(quick ? ['--quick'] : [])], { cwd: ROOT, stdio: 'inherit' });
  if (existsSync(join(ROOT, output))) parts.push(readFileSync(join(ROOT, output), 'utf8').replace(/^# /, '## '), '');
}
writeFileSync(join(ROOT, 'BENCHMARKS.md'), parts.join('\n'));
console.log('wrote BENCHMARKS.md');

/** Runs the real pipeline (offline) over small files written to a fresh temporary folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAudit, type RunOptions, type RunResult } from '../../src/pipeline/run.js';
import { RULES_DIR } from '../helpers/build.js';

export const tmp = (prefix = 'citecheck-reports-') => mkdtempSync(join(tmpdir(), prefix));

export function writeFiles(files: Record<string, string>, dir = tmp()): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export async function auditFiles(files: Record<string, string>, options: Partial<RunOptions> = {}): Promise<RunResult & { dir: string }> {
  const dir = writeFiles(files);
  const result = await runAudit({ paths: [dir], rulesDir: RULES_DIR, today: '2026-01-15', ...options });
  return { ...result, dir };
}

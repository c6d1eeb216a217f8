/**
 * --baseline PATH: a previous report.json. Its findings are matched to the current ones by rule,
 * file and fingerprint (excerpt + surrounding text), then by rule, file and excerpt alone, never
 * by line number, so inserting a paragraph above an old finding does not raise it again.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UsageError } from '../config/errors.js';
import type { Finding } from './finalize.js';
import { normalizeSpace } from './fingerprint.js';
import { pushTo } from '../util/multimap.js';

export interface BaselineFinding {
  ruleId: string;
  file: string;
  excerpt: string;
  message: string;
  fingerprint?: string;
}

const BaselineSchema = z.object({
  findings: z.array(
    z.object({
      ruleId: z.string(),
      file: z.string(),
      excerpt: z.string(),
      message: z.string(),
      fingerprint: z.string().optional(),
    }),
  ),
});

export function loadBaseline(path: string): BaselineFinding[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--baseline ${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--baseline ${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = BaselineSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(`--baseline ${path}: not a citecheck report.json (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return result.data.findings;
}

const strictKey = (f: { ruleId: string; file: string; fingerprint?: string }) => (f.fingerprint ? `${f.file}\u0000${f.ruleId}\u0000${f.fingerprint}` : undefined);
// An empty excerpt (a skipped file) says nothing about the place: the message has to match too.
const looseKey = (f: { ruleId: string; file: string; excerpt: string; message: string }) =>
  `${f.file}\u0000${f.ruleId}\u0000${normalizeSpace(f.excerpt)}\u0000${f.excerpt.trim() ? '' : f.message}`;

/** Splits `findings` into the new ones and those already in the baseline (each baseline entry is used once). */
export function matchBaseline(findings: readonly Finding[], baseline: readonly BaselineFinding[]): { fresh: Finding[]; known: Finding[] } {
  const used = new Set<number>();
  const take = (index: Map<string, number[]>, key: string | undefined) => {
    const candidates = key === undefined ? undefined : index.get(key);
    const found = candidates?.find((i) => !used.has(i));
    if (found === undefined) return false;
    used.add(found);
    return true;
  };
  const strict = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  baseline.forEach((b, i) => {
    const key = strictKey(b);
    if (key) pushTo(strict, key, i);
    pushTo(loose, looseKey(b), i);
  });
  const known = new Set<Finding>();
  // Exact fingerprints first, so a loose match cannot take the entry an exact one needs.
  for (const f of findings) if (take(strict, strictKey(f))) known.add(f);
  for (const f of findings) if (!known.has(f) && take(loose, looseKey(f))) known.add(f);
  return { fresh: findings.filter((f) => !known.has(f)), known: findings.filter((f) => known.has(f)) };
}

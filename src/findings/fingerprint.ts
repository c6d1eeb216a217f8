/**
 * A finding's fingerprint: its rule, its exact text and a little of the text around it, hashed.
 * Line numbers are left out on purpose, so a paragraph inserted above does not change it
 * (used by --baseline and as SARIF partialFingerprints).
 */
import { createHash } from 'node:crypto';
import type { SourceFile } from '../model/types.js';
import type { Finding } from './finalize.js';

const CONTEXT = 40;

export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** UTF-16 offset of a finding's 1-based line/column in its source. */
export function findingOffset(source: SourceFile, line: number, column: number): number {
  return Math.min(source.lines.lineStart(line) + column - 1, source.text.length);
}

export function fingerprint(finding: Finding, source: SourceFile | undefined): string {
  let context = '';
  if (source) {
    const start = findingOffset(source, finding.line, finding.column);
    const end = Math.max(start, findingOffset(source, finding.endLine, finding.endColumn));
    context = `${source.text.slice(Math.max(0, start - CONTEXT), start)}\u0000${source.text.slice(end, end + CONTEXT)}`;
  }
  const key = [finding.ruleId, normalizeSpace(finding.excerpt), normalizeSpace(context), finding.excerpt ? '' : finding.message].join('\u0001');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

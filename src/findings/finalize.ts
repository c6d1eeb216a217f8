/**
 * Turns checks' raw findings into report findings: rule id, severity, file, 1-based positions,
 * exact excerpt; then a total sort so two runs produce byte-identical output.
 */
import type { RawFinding, RelatedPlace } from '../checks/types.js';
import type { RuleId, Severity } from '../checks/rule-ids.js';
import type { SourceFile } from '../model/types.js';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  excerpt: string;
  suggestion?: string;
  related?: RelatedLocation[];
  /** Hash of rule, excerpt and surrounding text, without line numbers (see fingerprint.ts); used by --baseline. */
  fingerprint?: string;
}

const MAX_EXCERPT = 400;

function locate(source: SourceFile, start: number, end: number): RelatedLocation {
  const from = source.lines.position(start);
  const to = source.lines.position(end);
  return {
    file: source.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    excerpt: source.text.slice(start, end),
  };
}

/** Long spans (a whole entry) are cut to their first line so excerpts stay readable, and exact. */
function clampSpan(source: SourceFile, start: number, end: number): [number, number] {
  if (end - start <= MAX_EXCERPT) return [start, end];
  const newline = source.text.indexOf('\n', start);
  const cut = newline !== -1 && newline < start + MAX_EXCERPT ? newline : start + MAX_EXCERPT;
  return [start, source.text[cut - 1] === '\r' ? cut - 1 : cut];
}

export function finalizeFinding(ruleId: RuleId, severity: Severity, raw: RawFinding, documentSource: SourceFile): Finding {
  const source = raw.source ?? documentSource;
  const [start, end] = clampSpan(source, raw.span.start, raw.span.end);
  const where = locate(source, start, end);
  const finding: Finding = {
    ruleId,
    severity,
    file: where.file,
    line: where.line,
    column: where.column,
    endLine: where.endLine,
    endColumn: where.endColumn,
    message: raw.message,
    excerpt: where.excerpt,
  };
  if (raw.suggestion !== undefined) finding.suggestion = raw.suggestion;
  if (raw.related && raw.related.length > 0) finding.related = raw.related.map(relatedLocation);
  return finding;
}

function relatedLocation(place: RelatedPlace): RelatedLocation {
  const [start, end] = clampSpan(place.source, place.span.start, place.span.end);
  return locate(place.source, start, end);
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** file, line, column, ruleId (as the contract says), then the rest so ties are impossible. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.file, b.file) ||
    compare(a.line, b.line) ||
    compare(a.column, b.column) ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.endLine, b.endLine) ||
    compare(a.endColumn, b.endColumn) ||
    compare(a.message, b.message)
  );
}

/** Drops exact repeats (same rule, place and message). */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.line}:${f.column}-${f.endLine}:${f.endColumn}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function summarize(findings: Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

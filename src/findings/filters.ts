/**
 * Post-processing as a list of pure filters (after textlint's kernel/src/messages): each takes the
 * findings and returns those it keeps and those it removes; nothing is mutated.
 * Order in run.ts: fingerprints → inline suppressions → config ignores → baseline.
 */
import { globMatcher } from '../input/collect.js';
import type { DocModel, SourceFile, Span } from '../model/types.js';
import { matchBaseline, type BaselineFinding } from './baseline.js';
import type { Finding } from './finalize.js';
import { findingOffset, fingerprint } from './fingerprint.js';
import { findDirectives, isSuppressed, ruleMatches, suppressedRanges, type SuppressedRange } from './suppressions.js';

export type FilterName = 'inline' | 'config' | 'baseline';

export interface FindingFilter {
  name: FilterName;
  apply(findings: readonly Finding[]): { kept: Finding[]; removed: Finding[] };
}

/** A finding left out of the report, and what left it out (SARIF keeps them as suppressed results). */
export interface SuppressedFinding {
  finding: Finding;
  by: 'inline' | 'config';
}

export interface FilterResult {
  findings: Finding[];
  removed: Record<FilterName, Finding[]>;
}

export function applyFilters(findings: readonly Finding[], filters: readonly FindingFilter[]): FilterResult {
  const removed: Record<FilterName, Finding[]> = { inline: [], config: [], baseline: [] };
  let current = [...findings];
  for (const filter of filters) {
    const outcome = filter.apply(current);
    removed[filter.name].push(...outcome.removed);
    current = outcome.kept;
  }
  return { findings: current, removed };
}

/** Every file a run read, with the spans where directives are examples (code blocks). */
export function sourcesOf(docs: readonly DocModel[]): { source: SourceFile; code: Span[] }[] {
  const byPath = new Map<string, { source: SourceFile; code: Span[] }>();
  for (const doc of docs) {
    byPath.set(doc.source.path, { source: doc.source, code: doc.blocks.filter((b) => b.kind === 'code').map((b) => b.span) });
    for (const companion of doc.companions) if (!byPath.has(companion.path)) byPath.set(companion.path, { source: companion, code: [] });
  }
  return [...byPath.values()];
}

export function withFingerprints(findings: readonly Finding[], sources: readonly SourceFile[]): Finding[] {
  const byPath = new Map(sources.map((s) => [s.path, s]));
  return findings.map((f) => ({ ...f, fingerprint: fingerprint(f, byPath.get(f.file)) }));
}

export function inlineSuppressions(sources: readonly { source: SourceFile; code: Span[] }[]): FindingFilter {
  const ranges = new Map<string, { source: SourceFile; ranges: SuppressedRange[] }>();
  for (const { source, code } of sources) {
    const found = suppressedRanges(source.text, findDirectives(source.text, code));
    if (found.length > 0) ranges.set(source.path, { source, ranges: found });
  }
  return split('inline', (f) => {
    const entry = ranges.get(f.file);
    return entry !== undefined && isSuppressed(entry.ranges, f.ruleId, findingOffset(entry.source, f.line, f.column));
  });
}

/** rules/config.yaml `ignoreRules: { "drafts/**": [url/not-verified], "**\/*.bib": [citation] }`. */
export function configIgnores(ignoreRules: Record<string, string[]>): FindingFilter {
  const entries = Object.entries(ignoreRules).map(([glob, rules]) => ({ matches: globMatcher([glob]), rules }));
  return split('config', (f) => entries.some((e) => e.matches(f.file) && ruleMatches(e.rules, f.ruleId)));
}

export function baselineFilter(baseline: readonly BaselineFinding[]): FindingFilter {
  return {
    name: 'baseline',
    apply(findings) {
      const { fresh, known } = matchBaseline(findings, baseline);
      return { kept: fresh, removed: known };
    },
  };
}

function split(name: FilterName, remove: (f: Finding) => boolean): FindingFilter {
  return {
    name,
    apply(findings) {
      const kept: Finding[] = [];
      const removed: Finding[] = [];
      for (const f of findings) (remove(f) ? removed : kept).push(f);
      return { kept, removed };
    },
  };
}

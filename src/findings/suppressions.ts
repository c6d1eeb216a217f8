/**
 * Inline suppression comments written in a manuscript:
 *   <!-- citecheck-disable-next-line rule/id other/id -->   (Markdown, HTML, and any text)
 *   % citecheck-disable-next-line rule/id                   (plain text, LaTeX, BibTeX)
 * plus `citecheck-disable-line`, and `citecheck-disable` … `citecheck-enable` ranges.
 * A directive names rules ("date/weekday-mismatch"), families ("date" or "date/*"), or nothing
 * (every rule). Directives inside code blocks are examples, not directives.
 */
import type { Span } from '../model/types.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Empty = every rule. */
  rules: string[];
  span: Span;
}

/** Offset ranges [start, end) of the text where some rules are switched off. */
export interface SuppressedRange {
  start: number;
  end: number;
  rules: string[];
}

const HTML_COMMENT = /<!--\s*citecheck-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
const PERCENT_COMMENT = /^[ \t]*%+[ \t]*citecheck-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)/gm;

function ruleList(text: string): string[] {
  // "-- reason" after the rules is a free comment, as in eslint.
  const [rules = ''] = text.split(/\s--\s/);
  return rules.split(/[\s,]+/).filter(Boolean);
}

export function findDirectives(text: string, excluded: Span[] = []): Directive[] {
  const inExcluded = (offset: number) => excluded.some((s) => offset >= s.start && offset < s.end);
  const directives: Directive[] = [];
  for (const pattern of [HTML_COMMENT, PERCENT_COMMENT]) {
    for (const m of text.matchAll(pattern)) {
      if (inExcluded(m.index)) continue;
      directives.push({ kind: m[1] as DirectiveKind, rules: ruleList(m[2] ?? ''), span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  return directives.sort((a, b) => a.span.start - b.span.start);
}

/** True when `pattern` (a rule id, a family, "family/*", or empty list = all) covers `ruleId`. */
export function ruleMatches(patterns: readonly string[], ruleId: string): boolean {
  if (patterns.length === 0) return true;
  const family = ruleId.split('/')[0];
  return patterns.some((p) => p === ruleId || p === family || p === `${family}/*` || p === '*');
}

const lineEnd = (text: string, offset: number) => {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
};
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The ranges the directives switch off. "next line" skips blank lines, so a comment may stand alone above a paragraph. */
export function suppressedRanges(text: string, directives: Directive[]): SuppressedRange[] {
  const ranges: SuppressedRange[] = [];
  const open: { start: number; rules: string[] }[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-line') {
      ranges.push({ start: lineStart(text, d.span.start), end: lineEnd(text, d.span.end), rules: d.rules });
    } else if (d.kind === 'disable-next-line') {
      let start = lineEnd(text, d.span.end);
      while (start < text.length && /^[ \t]*\r?(?:\n|$)/.test(text.slice(start, lineEnd(text, start)))) start = lineEnd(text, start);
      ranges.push({ start, end: lineEnd(text, start), rules: d.rules });
    } else if (d.kind === 'disable') {
      open.push({ start: d.span.end, rules: d.rules });
    } else {
      // "enable X" closes the ranges that named X (or, without rules, every open range).
      for (let i = open.length - 1; i >= 0; i--) {
        const range = open[i]!;
        const closes = d.rules.length === 0 || range.rules.join(' ') === d.rules.join(' ') || (range.rules.length > 0 && range.rules.every((r) => d.rules.includes(r)));
        if (!closes) continue;
        ranges.push({ start: range.start, end: d.span.start, rules: range.rules });
        open.splice(i, 1);
      }
    }
  }
  for (const range of open) ranges.push({ start: range.start, end: text.length, rules: range.rules });
  return ranges;
}

export function isSuppressed(ranges: readonly SuppressedRange[], ruleId: string, offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end && ruleMatches(r.rules, ruleId));
}

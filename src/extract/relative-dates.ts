/**
 * Relative dates ("kemarin", "tahun lalu", "April tahun lalu", "9 Mei lalu", "last April",
 * "two years later", "hace dos años") from the templates in rules/lang/*.yaml
 * (relativeDates), resolved against the document's date or, for "later"/"kemudian", against
 * the date written just before in the same block. What cannot be resolved (no anchor, or an
 * anchor too coarse: "kemarin" in a document dated only by year) is left out, never guessed.
 */
import type { DocumentDate } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { isValidDate } from '../util/calendar.js';
import { alternation, escapeRegExp, WORD_END, WORD_START } from '../util/regex.js';

export interface PlainDate {
  year: number;
  month?: number;
  day?: number;
  precision: 'year' | 'month' | 'day';
}

export interface RelativeMatch extends PlainDate {
  start: number;
  end: number;
  text: string;
  lang: string;
  from: 'document' | 'previous';
  approximate: boolean;
}

type Template = Lexicon['relativeDates'][number];
interface CompiledTemplate extends Template {
  regex: RegExp;
}

/** Everything a lexicon's templates need, built once per lexicon. */
interface Compiled {
  templates: CompiledTemplate[];
  /** Any template at all: most blocks hold none, and are skipped with one test. */
  any: RegExp | undefined;
  /** A number right before a match: "16 tahun ini" counts years. */
  counted: RegExp;
  /** Folded month names → 1-12. */
  months: Map<string, number>;
}

const compiled = new WeakMap<Lexicon, Compiled>();

/** Month names for templates: canonical and long forms ("Jan" is also a name). */
function monthWords(lexicon: Lexicon): string[] {
  return lexicon.months.flatMap((forms) => forms.filter((f, j) => j === 0 || (f.length > 3 && !f.endsWith('.'))));
}

const numberPatterns = new WeakMap<Lexicon, string>();

/** Digits or number words, "dua puluh empat" and "twenty-four" included. */
export function numberPattern(lexicon: Lexicon): string {
  let pattern = numberPatterns.get(lexicon);
  if (pattern === undefined) {
    const words = Object.keys(lexicon.numberWords);
    pattern = words.length ? `\\d{1,3}|(?:${alternation(words)})(?:[\\s-]+(?:${alternation(words)}))?` : '\\d{1,3}';
    numberPatterns.set(lexicon, pattern);
  }
  return pattern;
}

export function parseNumber(text: string, lexicon: Lexicon): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const values = new Map(Object.entries(lexicon.numberWords).map(([w, n]) => [foldWord(w), n]));
  const tokens = foldWord(text).split(/[\s-]+/);
  const parts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? values.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    if (pair !== undefined) {
      parts.push(pair);
      i++;
    } else {
      const single = values.get(tokens[i]!);
      if (single === undefined) return undefined;
      parts.push(single);
    }
  }
  // Only "tens + units" compounds: twenty-four, dua puluh empat.
  if (parts.length === 1) return parts[0];
  if (parts.length === 2 && parts[0]! >= 20 && parts[0]! % 10 === 0 && parts[1]! < 10) return parts[0]! + parts[1]!;
  return undefined;
}

function compile(lexicon: Lexicon): Compiled {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const months = new Map(lexicon.months.flatMap((forms, i) => forms.map((f) => [foldWord(f), i + 1] as const)));
  const pieces: Record<string, string> = { month: `(?<month>${alternation(monthWords(lexicon))})`, day: '(?<day>[0-3]?\\d)', n: `(?<n>${numberPattern(lexicon)})` };
  const bodies: string[] = [];
  const templates = [...lexicon.relativeDates]
    .sort((a, b) => b.text.length - a.text.length)
    .map((template) => {
      const body = template.text
        .split(/(\{month\}|\{day\}|\{n\})/)
        .map((part) => (/^\{\w+\}$/.test(part) ? pieces[part.slice(1, -1)]! : escapeRegExp(part).replace(/ /g, '\\s+')))
        .join('');
      bodies.push(body.replace(/\(\?<\w+>/g, '(?:'));
      return { ...template, regex: new RegExp(`${WORD_START}${body}${WORD_END}`, 'giu') };
    });
  const result: Compiled = {
    templates,
    any: bodies.length ? new RegExp(`${WORD_START}(?:${bodies.join('|')})${WORD_END}`, 'iu') : undefined,
    counted: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${numberPattern(lexicon)})\\s+$`, 'iu'),
    months,
  };
  compiled.set(lexicon, result);
  return result;
}

function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + delta;
  return { year: Math.floor(total / 12), month: (total % 12 + 12) % 12 + 1 };
}

function addDays(date: { year: number; month: number; day: number }, delta: number): PlainDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + delta));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'day' };
}

/** The date a template names, from its anchor; undefined when the anchor is too coarse. */
function resolve(template: Template, anchor: PlainDate, n: number, month?: number, day?: number): PlainDate | undefined {
  const step = template.offset * n;
  switch (template.unit) {
    case 'year': {
      const year = anchor.year + step;
      if (month === undefined) return { year, precision: 'year' };
      if (day === undefined) return { year, month, precision: 'month' };
      return isValidDate(year, month, day) ? { year, month, day, precision: 'day' } : undefined;
    }
    case 'month': {
      if (anchor.month === undefined) return undefined;
      return { ...addMonths(anchor.year, anchor.month, step), precision: 'month' };
    }
    case 'week':
    case 'day': {
      if (anchor.day === undefined || anchor.month === undefined) return undefined;
      return addDays({ year: anchor.year, month: anchor.month, day: anchor.day }, template.unit === 'week' ? step * 7 : step);
    }
    case 'past': {
      // The latest such month (day) not after the anchor: "9 Mei lalu" written on 21 May 2020.
      if (month === undefined || anchor.month === undefined) return undefined;
      if (day !== undefined && anchor.day === undefined && month === anchor.month) return undefined;
      const later = month > anchor.month || (month === anchor.month && day !== undefined && day > anchor.day!);
      const year = later ? anchor.year - 1 : anchor.year;
      if (day === undefined) return { year, month, precision: 'month' };
      return isValidDate(year, month, day) ? { year, month, day, precision: 'day' } : undefined;
    }
  }
}

/**
 * Relative dates in `text` (a block's visible text). `previous(at)` gives the last absolute date
 * written before offset `at` in the same block; `skip` holds spans already read as dates.
 */
export function findRelativeDates(
  text: string,
  lexicons: Lexicon[],
  documentDate: DocumentDate | undefined,
  previous: (at: number) => PlainDate | undefined,
  skip: { start: number; end: number }[],
): RelativeMatch[] {
  const found: RelativeMatch[] = [];
  const free = (start: number, end: number) => ![...skip, ...found].some((s) => start < s.end && end > s.start);
  for (const lexicon of lexicons) {
    const { templates, any, counted, months } = compile(lexicon);
    if (!any?.test(text)) continue;
    for (const template of templates) {
      for (const m of text.matchAll(template.regex)) {
        const [start, end] = [m.index!, m.index! + m[0].length];
        if (!free(start, end)) continue;
        // "16 tahun ini", "sepuluh tahun berikutnya": a count of years, not a year.
        if (!template.text.startsWith('{') && counted.test(text.slice(Math.max(0, start - 40), start))) continue;
        const g = m.groups ?? {};
        const monthWord = g['month'];
        if (monthWord && !lexicon.lowercaseDateWords && monthWord[0] !== monthWord[0]!.toUpperCase()) continue;
        const n = g['n'] === undefined ? 1 : parseNumber(g['n'], lexicon);
        if (n === undefined || n === 0) continue;
        const anchor = template.from === 'previous' ? previous(start) : documentDate;
        if (!anchor) continue;
        const month = monthWord ? months.get(foldWord(monthWord)) : undefined;
        const day = g['day'] === undefined ? undefined : Number(g['day']);
        const resolved = resolve(template, anchor, n, month, day);
        if (!resolved) continue;
        found.push({ ...resolved, start, end, text: m[0], lang: lexicon.language, from: template.from, approximate: template.unit === 'week' });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

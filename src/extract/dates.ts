/**
 * Finds dates in visible text with the month and weekday words of rules/lang/*.yaml:
 * "Selasa, 14 April 2018", "April 14, 2018", "14 de abril de 2018", "(2024, March 28)",
 * "(2024, 15 January)", "12-Apr-1999", "Juni 2024", "Juli tahun 2000", "2018-04-14",
 * "14/04/2018" (day-first unless the language writes month-first), ranges ("2008–2012"),
 * decades ("1990-an", "1990s", "años 1990", approximate) and bare years. Spans are offsets
 * into the given text. Relative dates and dates inside URLs live in relative-dates.ts and
 * url-dates.ts.
 *
 * Why not chrono-node (installed, and it has en/id/es/fr/de/pt parsers): it silently drops
 * impossible dates ("30 February 2018"), which date/invalid must see; it reads "may 14" and
 * "At 10" in prose as dates; it has no decades or year ranges; "last April" comes back as the
 * current year's April; and its words live in code, where ours live in rules/lang/*.yaml
 * so that a user can add a language. The grammar here is small because the words are data.
 */
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { isValidDate } from '../util/calendar.js';
import { alternation, WORD_END, WORD_START } from '../util/regex.js';

export interface DateMatch {
  text: string;
  start: number;
  end: number;
  year: number;
  month?: number;
  day?: number;
  weekday?: { index: number; text: string; start: number; end: number };
  precision: 'year' | 'month' | 'day';
  lang: string;
  invalid: boolean;
  /** Ranges and decades: the last year covered ("2008–2012" → 2012, "1990-an" → 1999). */
  until?: { year: number; month?: number; day?: number };
  /** Decades and other loose dates. */
  approximate?: boolean;
}

interface LanguagePatterns {
  lang: string;
  monthFirst: boolean;
  patterns: { regex: RegExp; kind: 'dmy' | 'mdy' | 'ymd' | 'my' }[];
  decades: RegExp[];
  monthIndex: Map<string, number>;
  weekdayIndex: Map<string, number>;
  caseSensitive: boolean;
}

const cache = new WeakMap<Lexicon, LanguagePatterns>();

function patternsFor(lexicon: Lexicon): LanguagePatterns {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const monthIndex = new Map<string, number>();
  lexicon.months.forEach((forms, i) => forms.forEach((f) => monthIndex.set(foldWord(f.replace(/\.$/, '')), i + 1)));
  const weekdayIndex = new Map<string, number>();
  lexicon.weekdays.forEach((forms, i) => forms.forEach((f) => weekdayIndex.set(foldWord(f.replace(/\.$/, '')), i)));
  const M = `(?<month>${alternation(lexicon.months.flat())})`;
  const filler = lexicon.dateFillers.length ? `(?:(?:${alternation(lexicon.dateFillers)})\\s+)?` : '';
  const W = `(?:(?<weekday>${alternation(lexicon.weekdays.flat())})\\s*,?\\s+${filler})?`;
  const joiner = lexicon.dateConnectors.length ? `(?:\\s+(?:${alternation(lexicon.dateConnectors)}))?` : '';
  const D = '(?<day>[0-3]?\\d)';
  const Y = '(?<year>\\d{4})';
  // "Juli tahun 2000": a word that may stand between the month and the year.
  const yearWord = lexicon.yearWords.length ? `(?:(?:${alternation(lexicon.yearWords)})\\s+)?` : '';
  const flags = lexicon.lowercaseDateWords ? 'dgiu' : 'dgu';
  const make = (body: string) => new RegExp(`${WORD_START}${body}${WORD_END}`, flags);
  const DECADE = '(?<year>1[5-9]\\d0|20\\d0)';
  const decades = [
    ...(lexicon.decadeSuffixes.length ? [new RegExp(`${YEAR_START}${DECADE}(?:${alternation(lexicon.decadeSuffixes)})${WORD_END}`, 'dgu')] : []),
    ...(lexicon.decadePrefixes.length ? [new RegExp(`${WORD_START}(?:${alternation(lexicon.decadePrefixes)})\\s+${DECADE}${WORD_END}`, 'dgiu')] : []),
  ];
  const result: LanguagePatterns = {
    lang: lexicon.language,
    monthFirst: lexicon.language === 'en',
    caseSensitive: !lexicon.lowercaseDateWords,
    monthIndex,
    weekdayIndex,
    patterns: [
      { kind: 'dmy', regex: make(`${W}${D}\\.?${joiner}\\s+${M}\\.?${joiner},?\\s+${yearWord}${Y}`) },
      { kind: 'dmy', regex: make(`${D}-${M}-${Y}`) }, // "12-Apr-1999"
      { kind: 'mdy', regex: make(`${W}${M}\\.?\\s+${D}(?:st|nd|rd|th)?,?\\s+${Y}`) },
      { kind: 'ymd', regex: make(`${Y}[.,]?\\s+${M}\\.?\\s+${D}`) }, // "(2024, March 28)", "(2023. March 31)"
      { kind: 'dmy', regex: make(`${Y},\\s+${D}\\s+${M}`) }, // "(2024, 15 January)"
      { kind: 'my', regex: make(`${M}\\.?${joiner},?\\s+${yearWord}${Y}`) },
    ],
    decades,
  };
  cache.set(lexicon, result);
  return result;
}

const ISO_DATE = /(?<![\p{L}\p{N}\-/.])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}-])/gu;
const NUMERIC_DATE = /(?<![\p{L}\p{N}\-/.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}]|[./]\d)/gu;
const YEAR_START = '(?<![\\p{L}\\p{N}\\-/.,:])';
const BARE_YEAR = /(?<![\p{L}\p{N}\-/.,:])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,:]\d)/gu;
/** "2008–2012", "1950-1953", "2008–12": the end must come after the start. */
const YEAR_RANGE = /(?<![\p{L}\p{N}\-/.,:])(1[5-9]\d\d|20\d\d)\s?[-–—]\s?(1[5-9]\d\d|20\d\d|\d\d)(?![\p{L}\p{N}]|[-–/.,:]\d)/gu;

function overlaps(found: DateMatch[], start: number, end: number): boolean {
  return found.some((d) => start < d.end && end > d.start);
}

function dayDate(text: string, start: number, year: number, month: number, day: number, lang: string): DateMatch {
  return { text, start, end: start + text.length, year, month, day, precision: 'day', lang, invalid: !isValidDate(year, month, day) };
}

/** Dates in `text`; `lexicons` in order of preference (the document's language first). */
export function findDates(text: string, lexicons: Lexicon[], skip: { start: number; end: number }[] = []): DateMatch[] {
  const found: DateMatch[] = [];
  const free = (start: number, end: number) => !overlaps(found, start, end) && !skip.some((s) => start < s.end && end > s.start);
  const primary = lexicons[0]?.language ?? 'en';

  for (const lexicon of lexicons) {
    const p = patternsFor(lexicon);
    for (const { regex, kind } of p.patterns) {
      for (const m of text.matchAll(regex)) {
        const g = m.groups!;
        const monthWord = g['month']!;
        if (p.caseSensitive && monthWord[0] !== monthWord[0]!.toUpperCase()) continue;
        const month = p.monthIndex.get(foldWord(monthWord.replace(/\.$/, '')));
        if (!month) continue;
        let start = m.index!;
        let weekday: DateMatch['weekday'];
        const weekdayWord = g['weekday'];
        if (weekdayWord) {
          const index = p.weekdayIndex.get(foldWord(weekdayWord.replace(/\.$/, '')));
          const capitalised = weekdayWord[0] === weekdayWord[0]!.toUpperCase();
          if (index !== undefined && (capitalised || !p.caseSensitive)) {
            weekday = { index, text: weekdayWord, start, end: start + weekdayWord.length };
          } else {
            // "may Monday 3 …" or similar: keep the date, drop the word in front of it.
            const afterWeekday = m.indices!.groups![kind === 'dmy' ? 'day' : 'month']![0];
            start = afterWeekday;
          }
        }
        const matched = text.slice(start, m.index! + m[0].length);
        const end = start + matched.length;
        if (!free(start, end)) continue;
        const year = Number(g['year']);
        if (kind === 'my') {
          found.push({ text: matched, start, end, year, month, precision: 'month', lang: p.lang, invalid: false });
          continue;
        }
        const date = dayDate(matched, start, year, month, Number(g['day']), p.lang);
        if (weekday) date.weekday = weekday;
        found.push(date);
      }
    }
  }

  const weekdayBefore = numericWeekday(text, lexicons);
  for (const m of text.matchAll(ISO_DATE)) {
    const [, y, mo, d] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || !free(m.index!, m.index! + m[0].length)) continue;
    found.push(weekdayBefore(dayDate(m[0], m.index!, Number(y), Number(mo), Number(d), primary)));
  }
  const monthFirst = lexicons[0] ? patternsFor(lexicons[0]).monthFirst : false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    let [first, second] = [Number(m[1]), Number(m[3])];
    if (monthFirst && first <= 12) [first, second] = [second, first];
    const [day, month] = [first, second];
    if (month < 1 || month > 12 || day < 1 || !free(m.index!, m.index! + m[0].length)) continue;
    found.push(weekdayBefore(dayDate(m[0], m.index!, Number(m[4]), month, day, primary)));
  }
  for (const lexicon of lexicons) {
    for (const regex of patternsFor(lexicon).decades) {
      for (const m of text.matchAll(regex)) {
        const [start, end] = [m.index!, m.index! + m[0].length];
        if (!free(start, end)) continue;
        const year = Number(m.groups!['year']);
        found.push({ text: m[0], start, end, year, precision: 'year', lang: lexicon.language, invalid: false, until: { year: year + 9 }, approximate: true });
      }
    }
  }
  const afterPageWord = pageWordBefore(lexicons);
  for (const m of text.matchAll(YEAR_RANGE)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const from = Number(m[1]);
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (to <= from || to - from > 100 || afterPageWord(text, start) || !free(start, end)) continue;
    found.push({ text: m[0], start, end, year: from, precision: 'year', lang: primary, invalid: false, until: { year: to } });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    if (afterPageWord(text, m.index!) || !free(m.index!, m.index! + m[0].length)) continue;
    found.push({ text: m[0], start: m.index!, end: m.index! + 4, year: Number(m[0]), precision: 'year', lang: primary, invalid: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "Sabtu (18/10/2024)", "Senin, 14/04/2018": a capitalised weekday right before a numeric date
 * (the style of Indonesian news) belongs to it; the date then spans both, brackets included.
 */
function numericWeekday(text: string, lexicons: Lexicon[]): (date: DateMatch) => DateMatch {
  return (date) => {
    if (date.invalid) return date;
    const before = text.slice(Math.max(0, date.start - 20), date.start);
    for (const lexicon of lexicons) {
      const p = patternsFor(lexicon);
      const m = /(\p{Lu}[\p{L}-]+)\s*(?:,\s*|\(\s*)$/u.exec(before);
      const index = m ? p.weekdayIndex.get(foldWord(m[1]!)) : undefined;
      // Full names only: "The Sun (12/10/2024)" is a newspaper.
      if (index === undefined || foldWord(lexicon.weekdays[index]![0]!) !== foldWord(m![1]!)) continue;
      const start = date.start - (before.length - m!.index);
      const closing = m![0].includes('(') && text[date.end] === ')' ? 1 : 0;
      const end = date.end + closing;
      return { ...date, text: text.slice(start, end), start, end, weekday: { index, text: m![1]!, start, end: start + m![1]!.length } };
    }
    return date;
  };
}

/** "pp. 1995–2003", "hlm. 2001", "Resolusi No. 1718": page and other numbers that look like years. */
const pageWordCache = new WeakMap<Lexicon, RegExp | null>();

function pageWordBefore(lexicons: Lexicon[]): (text: string, at: number) => boolean {
  const regexes = lexicons.map((lexicon) => {
    let regex = pageWordCache.get(lexicon);
    if (regex === undefined) {
      const words = [...lexicon.pageAbbreviations, ...lexicon.numberSigns];
      regex = words.length ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation(words)})\\s*$`, 'iu') : null;
      pageWordCache.set(lexicon, regex);
    }
    return regex;
  });
  return (text, at) => {
    const before = text.slice(Math.max(0, at - 12), at);
    return regexes.some((r) => r?.test(before));
  };
}

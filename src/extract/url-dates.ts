/**
 * Dates written inside a URL: path segments ("/2024/02/26/", "/2024/2/28/", "/202309/",
 * "/14/09/2023/"), compact stamps ("AEN20240403008500315", "t20230913_", "20241031"), ISO-like
 * slugs ("-2024-03-27/", "/04-03-2020-vaccine-update") and month names in slugs and file names ("Juni-2024.pdf",
 * "peace-dispatch-march-2019"). The last kind is marked `slug`: it usually repeats the title,
 * so it is weaker evidence of when the page was published.
 *
 * Never read: the host, the fragment ("#:~:text=…"), anything from a DOI on
 * ("10.1186/gb-2013-14-10-r115" holds no date), and hexadecimal hashes.
 */
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { isValidDate } from '../util/calendar.js';
import { alternation } from '../util/regex.js';

export interface UrlDate {
  /** Offsets into the URL string. */
  start: number;
  end: number;
  text: string;
  year: number;
  month?: number;
  day?: number;
  precision: 'year' | 'month' | 'day';
  /** Read from words of a slug or file name ("Juni-2024"), not from a date stamp. */
  slug: boolean;
  /** An upload folder ("/wp-content/uploads/2020/09/"): the file existed by then, it may be older. */
  upload?: true;
}

const Y = '((?:19|20)\\d{2})';
const M = '(0?[1-9]|1[0-2])';
const D = '(0?[1-9]|[12]\\d|3[01])';
const END = '(?=[/?#&]|$)';

/** Patterns in order of trust; a later pattern never overlaps an earlier match. */
const NUMERIC: { regex: RegExp; order: 'ymd' | 'dmy' | 'ym' }[] = [
  { regex: new RegExp(`/${Y}/${M}/${D}${END}`, 'g'), order: 'ymd' },
  { regex: new RegExp(`/${D}/${M}/${Y}${END}`, 'g'), order: 'dmy' },
  { regex: new RegExp(`/${Y}/${M}${END}`, 'g'), order: 'ym' },
  { regex: new RegExp(`/${Y}/${M}/(?=[^/?#]*[a-z])`, 'gi'), order: 'ym' }, // "/2023/12/slug"
  { regex: new RegExp(`(?<![\\dA-Za-z])${Y}[-_](0[1-9]|1[0-2])[-_](0[1-9]|[12]\\d|3[01])(?!\\d)`, 'g'), order: 'ymd' },
  { regex: new RegExp(`(?<![\\dA-Za-z])(0[1-9]|[12]\\d|3[01])[-_](0[1-9]|1[0-2])[-_]${Y}(?!\\d)`, 'g'), order: 'dmy' }, // "/item/04-03-2020-slug"
  // Compact stamps: digits on their own, with a time ("20241031050407-4-584408"), or glued
  // after letters ("AEN20240403…", "t20230913_").
  { regex: new RegExp(`(?<![\\dA-Za-z])${Y}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d(?!\\d))`, 'g'), order: 'ymd' },
  { regex: new RegExp(`(?<=[A-Za-z])${Y}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])`, 'g'), order: 'ymd' },
  { regex: new RegExp(`(?<![\\dA-Za-z])${Y}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)`, 'g'), order: 'ymd' },
  { regex: new RegExp(`/${Y}(0[1-9]|1[0-2])${END}`, 'g'), order: 'ym' },
];

const DOI_IN_URL = /(?:^|[/:=])10\.\d{4,9}\//;
const HEX_HASH = /^[0-9a-f]{16,}$/i;

/** The part of the URL that may hold dates: the path and query, without host, fragment or DOI. */
function readableRange(url: string): { start: number; end: number } {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url) ?? /^www\.[^/?#]*/i.exec(url);
  const start = scheme ? scheme[0].length : 0;
  let end = url.indexOf('#');
  if (end === -1) end = url.length;
  const doi = DOI_IN_URL.exec(url.slice(start, end));
  if (doi) end = start + doi.index;
  return { start, end };
}

/** The path segment around [start, end) is a hash: a date inside it is chance. */
function insideHash(url: string, start: number, end: number): boolean {
  const from = Math.max(url.lastIndexOf('/', start - 1), url.lastIndexOf('-', start - 1), url.lastIndexOf('_', start - 1)) + 1;
  const rest = /^[^/?#&\-_.]*/.exec(url.slice(end))![0];
  return HEX_HASH.test(url.slice(from, end) + rest) && /[a-f]/i.test(url.slice(from, end) + rest);
}

const monthCache = new WeakMap<Lexicon, { regex: RegExp; index: Map<string, number> }>();

/** Full month names (no short forms: "mar", "jun" are too often something else in a slug). */
function monthWords(lexicon: Lexicon): { regex: RegExp; index: Map<string, number> } {
  let cached = monthCache.get(lexicon);
  if (cached) return cached;
  const index = new Map<string, number>();
  lexicon.months.forEach((forms, i) => {
    for (const form of forms) if (!form.endsWith('.') && form.length >= 4) index.set(foldWord(form), i + 1);
  });
  const regex = new RegExp(`(?<![\\p{L}])(${alternation(index.keys())})(?:[-_ ]|%20)?${Y}(?!\\d)`, 'giu');
  cached = { regex, index };
  monthCache.set(lexicon, cached);
  return cached;
}

export function findUrlDates(url: string, lexicons: Lexicon[]): UrlDate[] {
  const { start: from, end: to } = readableRange(url);
  const part = url.slice(from, to);
  const found: UrlDate[] = [];
  const free = (start: number, end: number) => !found.some((d) => start < d.end && end > d.start);
  for (const { regex, order } of NUMERIC) {
    for (const m of part.matchAll(regex)) {
      const leading = m[0].startsWith('/') ? 1 : 0;
      const start = from + m.index! + leading;
      const end = from + m.index! + m[0].replace(/\/$/, '').length;
      if (!free(start, end) || insideHash(url, start, end)) continue;

      const numbers = m.slice(1).map(Number);
      const [year, month, day] = order === 'dmy' ? [numbers[2]!, numbers[1]!, numbers[0]!] : [numbers[0]!, numbers[1]!, numbers[2]];
      if (day !== undefined && !isValidDate(year, month, day)) continue;
      const date: UrlDate = { start, end, text: url.slice(start, end), year, month, precision: day === undefined ? 'month' : 'day', slug: false };
      // "/wp-content/uploads/2020/09/…": when the file was uploaded, which may be after it was published.
      if (/\/(?:uploads|files)\/?$/i.test(part.slice(0, m.index! + leading))) date.upload = true;
      if (day !== undefined) date.day = day;
      // "/3/4/2019": day and month cannot be told apart, only the year is certain.
      if (order === 'dmy' && day! <= 12 && month !== day) {
        delete date.month;
        delete date.day;
        date.precision = 'year';
      }
      found.push(date);
    }
  }
  for (const lexicon of lexicons) {
    const { regex, index } = monthWords(lexicon);
    for (const m of part.matchAll(regex)) {
      const start = from + m.index!;
      const end = start + m[0].length;
      const month = index.get(foldWord(m[1]!));
      if (!month || !free(start, end)) continue;
      found.push({ start, end, text: m[0], year: Number(m[2]), month, precision: 'month', slug: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

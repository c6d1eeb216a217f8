/**
 * Turning printed dates ("(2011).", "septembre 2014,", "May 28, 2013",
 * "12 Maret 2023", "2010-08-07", "n.d.") into CSL dates.
 */
import type { CslDate } from './csl-types.js';

const MONTH_NAMES: readonly string[][] = [
  ['january', 'jan', 'janvier', 'januar', 'jänner', 'enero', 'gennaio', 'januari'],
  ['february', 'feb', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'februari', 'pebruari'],
  ['march', 'mar', 'mars', 'märz', 'marz', 'marzo', 'maart', 'maret'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno'],
  ['july', 'jul', 'juillet', 'juli', 'julio', 'luglio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'agustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre'],
  ['october', 'oct', 'octobre', 'oktober', 'octubre', 'ottobre', 'okt'],
  ['november', 'nov', 'novembre', 'noviembre', 'nopember'],
  ['december', 'dec', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'desember'],
];

/** Lower-case month name or abbreviation → month number (1-12). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as [string, number])),
);

/** CSL seasons: 1 spring, 2 summer, 3 autumn, 4 winter. */
const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 1], ['summer', 2], ['fall', 3], ['autumn', 3], ['winter', 4],
]);

const YEAR = /\b(1[5-9]\d\d|20\d\d)[a-z]?\b/u;

function monthNumber(word: string): number | undefined {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/u, ''));
}

/** Parses the first date in `text`; undefined when it holds no year and no literal marker. */
export function parseDate(text: string): CslDate | undefined {
  const cleaned = text.replace(/^[\s([{]+|[\s)\]}.,;:]+$/gu, '').trim();
  if (cleaned === '') return undefined;

  // ISO-like: 2010-08-07, 2010/8/7
  const iso = /\b(1[5-9]\d\d|20\d\d)[-/](\d{1,2})(?:[-/](\d{1,2}))?\b/u.exec(cleaned);
  if (iso) return { 'date-parts': [[Number(iso[1]), Number(iso[2]), ...(iso[3] ? [Number(iso[3])] : [])].filter((n) => n > 0)] };

  // Numeric day-month-year: 19-10-2017, 19/10/2017, 19.10.2017
  const dmy = /\b(\d{1,2})[-/.](\d{1,2})[-/.](1[5-9]\d\d|20\d\d)\b/u.exec(cleaned);
  if (dmy && Number(dmy[2]) <= 12) return { 'date-parts': [[Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]] };

  const year = YEAR.exec(cleaned);
  if (!year) {
    if (/^(n\.?\s?d|o\.?\s?j|s\.?\s?d|t\.?\s?t|forthcoming|in press|im druck|sous presse)\b/iu.test(cleaned)) return { literal: cleaned };
    return undefined;
  }
  const parts = [Number(year[1])];
  const words = cleaned.split(/[\s,.\-/()]+/u).filter(Boolean);
  const monthIndex = words.findIndex((word) => monthNumber(word) !== undefined);
  const date: CslDate = { 'date-parts': [parts] };
  if (monthIndex >= 0) {
    parts.push(monthNumber(words[monthIndex]!)!);
    // A day is a 1-2 digit number right before ("12 March") or after ("March 12") the month.
    const day = [words[monthIndex - 1], words[monthIndex + 1]].find((word) => word !== undefined && /^\d{1,2}(st|nd|rd|th)?$/u.test(word));
    if (day !== undefined && parseInt(day, 10) >= 1 && parseInt(day, 10) <= 31) parts.push(parseInt(day, 10));
  } else {
    const season = words.map((word) => SEASONS.get(word.toLowerCase())).find((s) => s !== undefined);
    if (season !== undefined) date.season = season;
  }
  return date;
}

/** All years printed in `text`, in order ("1927, 1986" → [1927, 1986]). */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)[a-z]?\b/gu)].map((match) => Number(match[1]));
}

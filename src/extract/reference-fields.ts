/**
 * Fields every reference check relies on, read with plain patterns: the URL, the DOI, the
 * year of publication and the access date. The free-text parser (src/refparse) adds the rest.
 */
import type { CslItem } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { findDates } from './dates.js';
import { alternation } from '../util/regex.js';

const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s<>"'“”]+/i;
const DOI_IN_TEXT = /\b(10\.\d{4,9}\/[^\s"'<>]+)/;

export function trimUrl(url: string): string {
  let trimmed = url.replace(/[.,;:!?'"”’»]+$/u, '');
  // A closing bracket belongs to the URL only when the URL opened one.
  while (/[)\]>]$/.test(trimmed)) {
    const close = trimmed.at(-1)!;
    const open = close === ')' ? '(' : close === ']' ? '[' : '<';
    if (trimmed.split(open).length >= trimmed.split(close).length) break;
    trimmed = trimmed.slice(0, -1).replace(/[.,;:]+$/, '');
  }
  return trimmed;
}

export function basicFields(raw: string, lexicons: Lexicon[]): CslItem {
  const item: CslItem = {};
  const url = URL_IN_TEXT.exec(raw);
  if (url) item.URL = trimUrl(url[0]);
  const doi = DOI_IN_TEXT.exec(raw);
  if (doi) item.DOI = trimUrl(doi[1]!);
  const urlSpan = url ? { start: url.index, end: url.index + url[0].length } : undefined;
  const dates = findDates(raw, lexicons, urlSpan ? [urlSpan] : []);

  // The access date follows "accessed"/"diakses"; the publication year is the first other date.
  const accessWords = lexicons.flatMap((l) => l.accessed);
  const accessRegex = accessWords.length ? new RegExp(`(?:${alternation(accessWords)})\\s*(?:pada|on|el|le|am|em)?\\s*(?:hari\\s+)?[:,]?\\s*$`, 'iu') : null;
  const accessed = dates.find((d) => d.precision !== 'year' && accessRegex?.test(raw.slice(Math.max(0, d.start - 40), d.start)));
  if (accessed) item.accessed = { 'date-parts': [[accessed.year, ...(accessed.month ? [accessed.month] : []), ...(accessed.day ? [accessed.day] : [])]] };
  // A decade in a title ("the 1990s") is no publication date.
  const published = dates.find((d) => d !== accessed && !d.approximate && d.year >= 1500 && d.year <= 2100);
  // A bare year that the date finder reads as something else ("S. 2022" looks like a page) still
  // dates the entry when it comes first and is not the access date.
  // The year of the access date ("diakses pada 24 April 2018") is not a bare year either.
  const skipped = [urlSpan, accessed && { start: accessed.start, end: accessed.end }].filter((span) => span !== undefined);
  const bare = firstBareYear(raw, skipped, accessRegex);
  if (bare && (!published || bare.index < published.start) && bare.year !== published?.year) {
    item.issued = { 'date-parts': [[bare.year]] };
  } else if (published) {
    item.issued = { 'date-parts': [[published.year, ...(published.month ? [published.month] : []), ...(published.day ? [published.day] : [])]] };
  }
  return item;
}

function firstBareYear(raw: string, skipped: { start: number; end: number }[], accessRegex: RegExp | null): { index: number; year: number } | undefined {
  for (const match of raw.matchAll(/(?<![\d.\/-])(1[5-9]\d\d|20\d\d)(?![\d\/-])/g)) {
    const index = match.index!;
    if (skipped.some((span) => index >= span.start && index < span.end)) continue;
    if (accessRegex?.test(raw.slice(Math.max(0, index - 40), index))) continue;
    return { index, year: Number(match[1]) };
  }
  return undefined;
}

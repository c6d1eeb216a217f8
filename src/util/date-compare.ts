/** Comparing dates of different precision ("2022" vs "2024-02-26") and writing them in messages. */
import type { CslItem } from '../model/types.js';
import { dayNumber, isoDate } from './calendar.js';

export interface DateLike {
  year: number;
  month?: number;
  day?: number;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * −1, 0 or 1 comparing a and b at the precision both have: 2022 and 2022-05-01 compare equal,
 * 2022 is before 2024-02-26.
 */
export function compareDates(a: DateLike, b: DateLike): -1 | 0 | 1 {
  const pairs: [number | undefined, number | undefined][] = [[a.year, b.year], [a.month, b.month], [a.day, b.day]];
  for (const [x, y] of pairs) {
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Whole days from a to b when both are full dates. */
export function daysApart(a: DateLike, b: DateLike): number | undefined {
  if (a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined) return undefined;
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

/** Years from a to b, fractional when both are full dates (2000-07-19 → 2024-06-19 ≈ 23.9). */
export function yearsApart(a: DateLike, b: DateLike): number {
  const days = daysApart(a, b);
  if (days !== undefined) return days / 365.2425;
  if (a.month !== undefined && b.month !== undefined) return b.year - a.year + (b.month - a.month) / 12;
  return b.year - a.year;
}

/** "12 September 2023", "September 2023", "2023". */
export function formatDate(date: DateLike): string {
  if (date.month === undefined) return String(date.year);
  const month = ENGLISH_MONTHS[date.month - 1]!;
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

export function isoOf(date: DateLike): string {
  return isoDate(date.year, date.month, date.day);
}

/** A CSL date ({"date-parts": [[2024, 2, 26]]}) as a DateLike, if it has a plausible year. */
export function cslDate(field: CslItem['issued']): DateLike | undefined {
  // CSL-JSON in the wild writes numbers as strings too: [["2014"]].
  const parts = (field?.['date-parts']?.[0] ?? []).map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p));
  const [year, month, day] = parts;
  if (typeof year !== 'number' || year < 1000 || year > 2999) return undefined;
  const date: DateLike = { year };
  if (typeof month === 'number' && month >= 1 && month <= 12) {
    date.month = month;
    if (typeof day === 'number' && day >= 1 && day <= 31) date.day = day;
  }
  return date;
}

/** Calendar arithmetic in the proleptic Gregorian calendar (UTC, no time zones involved). */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(year: number, month: number, day: number): number {
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayFirst + 6) % 7;
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(year: number, month = 1, day = 1): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function isoDate(year: number, month?: number, day?: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

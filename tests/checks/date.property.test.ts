/**
 * Property tests (fast-check): for any real calendar date, written in any supported language with
 * its true weekday, date/weekday-mismatch stays silent; with any other weekday it fires once, at
 * the date, and suggests the true weekday.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayMismatch } from '../../src/checks/date.js';
import { buildDoc, lexicons } from '../helpers/build.js';
import { runCheck } from '../helpers/rule-tester.js';

/** How each language writes "<weekday>, <day> <month> <year>". */
const WRITE: Record<string, (weekday: string, day: number, month: string, year: number) => string> = {
  en: (w, d, m, y) => `${w}, ${d} ${m} ${y}`,
  id: (w, d, m, y) => `${w}, ${d} ${m} ${y}`,
  es: (w, d, m, y) => `${w} ${d} de ${m} de ${y}`,
  fr: (w, d, m, y) => `${w} ${d} ${m} ${y}`,
  de: (w, d, m, y) => `${w}, ${d}. ${m} ${y}`,
  pt: (w, d, m, y) => `${w}, ${d} de ${m} de ${y}`,
};

const dates = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });

function sentence(lang: string, date: Date, weekdayShift: number): string {
  const lexicon = lexicons().get(lang)!;
  // rules/lang lists weekdays Monday first; getUTCDay() counts from Sunday.
  const weekday = lexicon.weekdays[(date.getUTCDay() + 6 + weekdayShift) % 7]![0]!;
  const month = lexicon.months[date.getUTCMonth()]![0]!;
  return `${WRITE[lang]!(weekday, date.getUTCDate(), month, date.getUTCFullYear())}.`;
}

describe.each(Object.keys(WRITE))('date/weekday-mismatch, %s', (lang) => {
  it('is silent on the true weekday of any date', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const doc = buildDoc({ text: `Intro. ${sentence(lang, date, 0)}`, lang });
        expect(runCheck(weekdayMismatch, [doc])).toEqual([]);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('fires once, with the true weekday as suggestion, on any other weekday', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 6 }), (date, shift) => {
        const doc = buildDoc({ text: `Intro. ${sentence(lang, date, shift)}`, lang });
        const findings = runCheck(weekdayMismatch, [doc]);
        expect(findings).toHaveLength(1);
        expect(findings[0]!.suggestion).toContain(lexicons().get(lang)!.weekdays[(date.getUTCDay() + 6) % 7]![0]!);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

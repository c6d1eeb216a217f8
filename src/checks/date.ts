/** The date/* family: dates that cannot exist and weekdays that do not match their date. */
import type { DocumentCheck } from './types.js';
import { weekdayIndex, daysInMonth } from '../util/calendar.js';

const firstForm = (forms: string[]) => forms[0]!;

export const dateInvalid: DocumentCheck = {
  id: 'date/invalid',
  severity: 'error',
  scope: 'document',
  description: 'A date that does not exist (30 February, 31 April).',
  run(doc, { lexicon }) {
    return doc.dates.flatMap((date) => {
      if (!date.invalid || date.inUrl || date.relative || date.month === undefined || date.day === undefined) return [];
      const months = lexicon('en').months;
      const last = daysInMonth(date.year, date.month);
      return [{
        span: date.span,
        message: `${months[date.month - 1]![0]} ${date.year} has ${last} days; day ${date.day} does not exist.`,
      }];
    });
  },
};

export const weekdayMismatch: DocumentCheck = {
  id: 'date/weekday-mismatch',
  severity: 'warning',
  scope: 'document',
  description: 'A weekday that does not fall on the stated date.',
  run(doc, { lexicon }) {
    return doc.dates.flatMap((date) => {
      if (!date.weekday || date.precision !== 'day' || date.invalid || date.inUrl) return [];
      const actual = weekdayIndex(date.year, date.month!, date.day!);
      if (actual === date.weekday.index) return [];
      const english = lexicon('en');
      const local = lexicon(date.lang);
      const stated = date.weekday;
      const dateText = `${date.day} ${firstForm(english.months[date.month! - 1]!)} ${date.year}`;
      const statedEnglish = firstForm(english.weekdays[stated.index]!);
      const named = stated.text.toLowerCase() === statedEnglish.toLowerCase() ? '' : ` (${stated.text})`;
      // Answer in the form the text uses: "Mon" → "Sat", "Monday" → "Saturday".
      const form = local.weekdays[stated.index]!.findIndex((f) => f.toLowerCase() === stated.text.toLowerCase());
      const correct = matchCase(local.weekdays[actual]![Math.max(form, 0)] ?? firstForm(local.weekdays[actual]!), stated.text);
      const offset = stated.span.start - date.span.start;
      return [{
        span: date.span,
        message: `${dateText} was a ${firstForm(english.weekdays[actual]!)}, not a ${statedEnglish}${named}.`,
        suggestion: date.text.slice(0, offset) + correct + date.text.slice(offset + stated.text.length),
      }];
    });
  },
};

/** Writes `word` in the case pattern of `model` ("SELASA" → "SABTU", "selasa" → "sabtu"). */
function matchCase(word: string, model: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model === model.toLowerCase()) return word.toLowerCase();
  return word[0]!.toUpperCase() + word.slice(1);
}

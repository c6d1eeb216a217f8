/**
 * News writes the day of an event without its year: "Kamis (2/3)", "Selasa, 14 April",
 * "Tuesday, Dec. 7" — a weekday and a day, the year left to the article's own date. Read only
 * when the document has a date of its own (front matter, dateline, "Published …"), in the year
 * that puts the day nearest the article (news looks back more often than ahead). The weekday is
 * kept, so date/weekday-mismatch can check it.
 */
import type { DateMention, DocModel, DocumentDate } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { alternation } from '../util/regex.js';
import { isValidDate } from '../util/calendar.js';

type Doc = Pick<DocModel, 'blocks' | 'source' | 'documentDate'>;

export function yearlessNewsDates(doc: Doc, lexicons: Lexicon[]): DateMention[] {
  const own = doc.documentDate;
  if (!own || own.source === 'references' || own.month === undefined) return [];
  const mentions: DateMention[] = [];
  for (const lexicon of lexicons) {
    // Full weekday names only, capitalised: "Kamis (2/3)", "Tuesday, Dec. 7", "Selasa, 14 April".
    const names = lexicon.weekdays.map((forms) => forms[0]!);
    const months = new Map(lexicon.months.flatMap((forms, i) => forms.map((f) => [foldWord(f.replace(/\.$/, '')), i + 1] as const)));
    const W = `(?<![\\p{L}])(?<weekday>${alternation(names)})`;
    const M = `(?<month>${alternation(lexicon.months.flat())})\\.?`;
    const patterns = [
      new RegExp(`${W}\\s*\\((?<day>\\d{1,2})/(?<num>\\d{1,2})\\)`, 'gu'),
      new RegExp(`${W},?\\s+${M}\\s+(?<day>\\d{1,2})(?![\\d,]*\\s*\\d{4})(?![\\p{L}\\d])`, 'gu'),
      new RegExp(`${W},?\\s+(?<day>\\d{1,2})\\s+${M}(?![\\p{L}])(?!,?\\s*(?:\\p{L}+\\s+)?\\d{4})`, 'gu'),
    ];
    for (const block of doc.blocks) {
      if (block.kind === 'code' || block.kind === 'front-matter') continue;
      for (const m of patterns.flatMap((pattern) => [...block.text.matchAll(pattern)])) {
        const g = m.groups!;
        const day = Number(g['day']);
        const month = g['num'] !== undefined ? Number(g['num']) : (months.get(foldWord(g['month']!.replace(/\.$/, ''))) ?? 0);
        const m1 = g['weekday']!;
        const index = names.findIndex((n) => foldWord(n) === foldWord(m1));
        // "In 2018, … on Tuesday, Nov. 6": a year elsewhere in the sentence may be this day's.
        if (yearNearby(block.text, m.index!, m.index! + m[0].length)) continue;
        const year = yearFor(own, month, day);
        if (month < 1 || month > 12 || day < 1 || index < 0 || !isValidDate(year, month, day)) continue;
        const span = toSourceSpan(block, m.index!, m.index! + m[0].length);
        const weekdaySpan = toSourceSpan(block, m.index!, m.index! + m1.length);
        mentions.push({
          text: doc.source.text.slice(span.start, span.end),
          span,
          year,
          month,
          day,
          weekday: { index, text: m1, span: weekdaySpan },
          precision: 'day',
          relative: true,
          inUrl: false,
          lang: lexicon.language,
        });
      }
    }
  }
  return mentions;
}

const DAY_MS = 86_400_000;

function yearNearby(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n\n', start), 0);
  const stop = text.indexOf('. ', end);
  return /(?<![\d/])(?:1[5-9]\d\d|20\d\d)(?![\d/])/.test(text.slice(from, stop === -1 ? text.length : stop));
}

/**
 * The article's year, unless that puts the day more than three months after the article (then
 * the year before: "(28/12)" in a January article) or nine months before it (the year after).
 */
function yearFor(own: DocumentDate, month: number, day: number): number {
  const article = Date.UTC(own.year, own.month! - 1, own.day ?? 15);
  const days = (Date.UTC(own.year, month - 1, day) - article) / DAY_MS;
  return days > 90 ? own.year - 1 : days < -275 ? own.year + 1 : own.year;
}

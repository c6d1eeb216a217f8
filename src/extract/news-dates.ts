/**
 * Indonesian news writes the day of an event as "Kamis (2/3)": a weekday and day/month, the
 * year left to the article's own date. Read only when the document has a date of its own (front
 * matter, dateline, "Published …"), in its year, or the year before when the day would come
 * after the article. The weekday is kept, so date/weekday-mismatch can check it.
 */
import type { DateMention, DocModel, DocumentDate } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { alternation } from '../util/regex.js';
import { compareDates } from '../util/date-compare.js';
import { isValidDate } from '../util/calendar.js';

type Doc = Pick<DocModel, 'blocks' | 'source' | 'documentDate'>;

export function yearlessNewsDates(doc: Doc, lexicons: Lexicon[]): DateMention[] {
  const own = doc.documentDate;
  if (!own || own.source === 'references' || own.month === undefined) return [];
  const mentions: DateMention[] = [];
  for (const lexicon of lexicons) {
    // Full weekday names only, capitalised: "Kamis (2/3)".
    const names = lexicon.weekdays.map((forms) => forms[0]!);
    const pattern = new RegExp(`(?<![\\p{L}])(${alternation(names)})\\s*\\((\\d{1,2})/(\\d{1,2})\\)`, 'gu');
    for (const block of doc.blocks) {
      if (block.kind === 'code' || block.kind === 'front-matter') continue;
      for (const m of block.text.matchAll(pattern)) {
        const [day, month] = [Number(m[2]), Number(m[3])];
        const index = names.findIndex((n) => foldWord(n) === foldWord(m[1]!));
        const year = yearFor(own, month, day);
        if (month < 1 || month > 12 || day < 1 || index < 0 || !isValidDate(year, month, day)) continue;
        const span = toSourceSpan(block, m.index!, m.index! + m[0].length);
        const weekdaySpan = toSourceSpan(block, m.index!, m.index! + m[1]!.length);
        mentions.push({
          text: doc.source.text.slice(span.start, span.end),
          span,
          year,
          month,
          day,
          weekday: { index, text: m[1]!, span: weekdaySpan },
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

/** The article's year, or the year before when that day would fall after the article. */
function yearFor(own: DocumentDate, month: number, day: number): number {
  return compareDates({ year: own.year, month, day }, own) > 0 ? own.year - 1 : own.year;
}

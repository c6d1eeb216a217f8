/**
 * Dates that need more than one block of text to read: the document's own date, relative
 * dates resolved against it, and dates inside URLs (kept in doc.dates with inUrl: true so
 * that prose checks can leave them out). Runs after references are read, because the newest
 * reference date is the last resort for the document's date.
 */
import type { DateMention, DocModel } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { detectDocumentDate } from './document-date.js';
import { findRelativeDates, type PlainDate } from './relative-dates.js';
import { findUrlDates } from './url-dates.js';
import { bySpanStart, itemsWithin } from '../util/sorted-spans.js';
import { spanInUrl } from './urls.js';
import { yearlessNewsDates } from './news-dates.js';

type Doc = Pick<DocModel, 'blocks' | 'dates' | 'frontMatter' | 'references' | 'source' | 'urls' | 'documentDate'>;

/** Index in block.text of the character at source offset `offset` (or -1); offsets only grow. */
export function blockIndexOf(block: DocModel['blocks'][number], offset: number, from = 0, to = block.text.length): number {
  const { offsets } = block;
  let [low, high] = [from, to];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low < to && offsets[low] === offset ? low : -1;
}

function relativeMentions(doc: Doc, lexicons: Lexicon[]): DateMention[] {
  const mentions: DateMention[] = [];
  const sorted = bySpanStart(doc.dates);
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'front-matter') continue;
    const inside = itemsWithin(sorted, block.span).filter((d) => !d.inUrl);
    const known = inside
      .map((d) => ({ date: d, start: blockIndexOf(block, d.span.start), end: blockIndexOf(block, d.span.end - 1) + 1 }))
      .filter((d) => d.start >= 0 && d.end > 0);
    const previous = (at: number): PlainDate | undefined => {
      const before = known.filter((d) => d.end <= at && !d.date.approximate && !d.date.invalid).at(-1)?.date;
      if (!before) return undefined;
      // A range anchors "later" at its end: "2008–2012 … two years later" is 2014.
      return before.until ? { year: before.until.year, precision: 'year' } : before;
    };
    for (const match of findRelativeDates(block.text, lexicons, doc.documentDate, previous, known)) {
      const span = toSourceSpan(block, match.start, match.end);
      const mention: DateMention = {
        text: doc.source.text.slice(span.start, span.end),
        span,
        year: match.year,
        precision: match.precision,
        relative: true,
        inUrl: false,
        lang: match.lang,
      };
      if (match.month !== undefined) mention.month = match.month;
      if (match.day !== undefined) mention.day = match.day;
      if (match.approximate) mention.approximate = true;
      mentions.push(mention);
    }
  }
  return mentions;
}

function urlMentions(doc: Doc, lexicons: Lexicon[]): DateMention[] {
  const mentions: DateMention[] = [];
  for (const url of doc.urls) {
    if (url.inCode) continue;
    for (const found of findUrlDates(url.url, lexicons)) {
      const span = spanInUrl(doc.source.text, url.span, found.start, found.end);
      const mention: DateMention = { text: found.text, span, year: found.year, precision: found.precision, relative: false, inUrl: true, lang: lexicons[0]?.language ?? 'en' };
      if (found.month !== undefined) mention.month = found.month;
      if (found.day !== undefined) mention.day = found.day;
      mentions.push(mention);
    }
  }
  return mentions;
}

/** Sets doc.documentDate and adds relative and URL dates to doc.dates (kept in text order). */
export function addDerivedDates(doc: Doc, lexicons: Lexicon[]): void {
  const documentDate = detectDocumentDate(doc, lexicons);
  if (documentDate) doc.documentDate = documentDate;
  const fresh = [...relativeMentions(doc, lexicons), ...urlMentions(doc, lexicons)];
  const read = [...doc.dates, ...fresh];
  fresh.push(...yearlessNewsDates(doc, lexicons).filter((d) => !read.some((o) => o.span.start < d.span.end && d.span.start < o.span.end)));
  doc.dates = [...doc.dates, ...fresh].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * The document's own date, the anchor of relative dates ("tahun lalu", "last April") and the
 * bound for access dates. In order of trust: front matter (`date:`, `published:` …), a
 * "Published …" line (rules/lang: documentDateWords), a dateline near the top (a short block
 * that is mostly a full date: "#Fokus Sepekan l 2020-05-21"), else the newest date among the
 * references — only a lower bound, so it is kept at year precision.
 */
import type { DateMention, DocModel, DocumentDate } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { alternation } from '../util/regex.js';
import { findDates } from './dates.js';
import { bySpanStart, itemsWithin } from '../util/sorted-spans.js';

const FRONT_MATTER_KEYS = ['date', 'published', 'pubdate', 'publishDate', 'datePublished', 'issued', 'created'];
/** A dateline is short and sits before the body starts. */
const DATELINE_MAX_CHARS = 80;
const DATELINE_MAX_BLOCK = 12;

type Doc = Pick<DocModel, 'blocks' | 'dates' | 'frontMatter' | 'references' | 'source'>;

function fromMention(date: DateMention, source: DocumentDate['source']): DocumentDate {
  const result: DocumentDate = { year: date.year, precision: date.precision, source, span: date.span };
  if (date.month !== undefined) result.month = date.month;
  if (date.day !== undefined) result.day = date.day;
  return result;
}

const usable = (d: DateMention) => !d.inUrl && !d.relative && !d.invalid && !d.until && d.precision !== 'year';

const sortedCache = new WeakMap<object, DateMention[]>();

function inBlock(doc: Doc, index: number): DateMention[] {
  let sorted = sortedCache.get(doc.dates);
  if (!sorted) {
    sorted = bySpanStart(doc.dates);
    sortedCache.set(doc.dates, sorted);
  }
  return itemsWithin(sorted, doc.blocks[index]!.span).filter(usable);
}

function fromFrontMatter(doc: Doc, lexicons: Lexicon[]): DocumentDate | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  for (const key of FRONT_MATTER_KEYS) {
    const value = fm[key];
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    if (!text) continue;
    const parsed = findDates(text, lexicons).find((d) => !d.invalid && !d.until);
    if (!parsed) continue;
    // The same date as read in the front-matter block gives the span.
    const block = doc.blocks.findIndex((b) => b.kind === 'front-matter');
    const mention = block === -1 ? undefined : inBlock(doc, block).find((d) => d.year === parsed.year && d.month === parsed.month && d.day === parsed.day);
    if (mention) return fromMention(mention, 'front-matter');
    const result: DocumentDate = { year: parsed.year, precision: parsed.precision, source: 'front-matter' };
    // The value as written in the YAML header at the top of the file.
    const header = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(doc.source.text);
    const at = header ? header[0].indexOf(text) : -1;
    if (at !== -1) result.span = { start: at + parsed.start, end: at + parsed.end };
    if (parsed.month !== undefined) result.month = parsed.month;
    if (parsed.day !== undefined) result.day = parsed.day;
    return result;
  }
  return undefined;
}

function fromPublishedLine(doc: Doc, lexicons: Lexicon[]): DocumentDate | undefined {
  const words = lexicons.flatMap((l) => l.documentDateWords);
  if (!words.length) return undefined;
  // The word opens a short block ("Published: 5 May 2019") or a column of one ("School of
  // History      Submitted Monday, 15 May 2023" in PDF text); it is not part of a sentence.
  const lead = new RegExp(`(?:^|\\s{3,})[\\W_]*(?:${alternation(words)})\\s*(?:on|pada|el|le|am|em)?\\s*[:,\\-–—|]?\\s*$`, 'iu');
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.kind === 'code' || block.kind === 'front-matter' || block.text.trim().length > DATELINE_MAX_CHARS * 2) continue;
    for (const date of inBlock(doc, i)) {
      const lineStart = Math.max(block.span.start, doc.source.text.lastIndexOf('\n', date.span.start - 1) + 1);
      const before = doc.source.text.slice(lineStart, date.span.start).replace(/[*_`#>]/g, '');
      if (before.length < 60 && lead.test(before)) return fromMention(date, 'published');
    }
  }
  return undefined;
}

function fromDateline(doc: Doc): DocumentDate | undefined {
  let seen = 0;
  for (let i = 0; i < doc.blocks.length && seen < DATELINE_MAX_BLOCK; i++) {
    const block = doc.blocks[i]!;
    if (block.kind === 'code' || block.kind === 'front-matter' || !block.text.trim()) continue;
    seen++;
    // A title may name a date ("The Events of 11 September 2001"); a heading that is only a date
    // and a time ("Rabu, 8 Maret 2023 14:20 WIB") is the dateline of a news page.
    if (block.kind === 'heading' && !isBareDate(doc, i)) continue;
    const opening = cityDateline(doc, i);
    if (opening) return fromMention(opening, 'dateline');
    if (block.text.trim().length > DATELINE_MAX_CHARS * 4) break; // the body has started
    if (block.text.trim().length > DATELINE_MAX_CHARS) continue;
    const day = inBlock(doc, i).find((d) => d.precision === 'day');
    if (day) return fromMention(day, 'dateline');
  }
  return undefined;
}

/** "WASHINGTON, Thursday, Nov. 10, 2022 — …": a city in capitals and a date open the story. */
function cityDateline(doc: Doc, index: number): DateMention | undefined {
  const block = doc.blocks[index]!;
  const day = inBlock(doc, index).find((d) => d.precision === 'day');
  if (!day) return undefined;
  const before = doc.source.text.slice(block.span.start, day.span.start).replace(/[*_]/g, '');
  const after = doc.source.text.slice(day.span.end, day.span.end + 6).replace(/[*_]/g, '');
  return /^\s*\p{Lu}[\p{Lu} .'’-]{1,40}(?:\([^)]{1,30}\))?,\s*$/u.test(before) && /^\s*[—–-]/u.test(after) ? day : undefined;
}

function isBareDate(doc: Doc, index: number): boolean {
  const block = doc.blocks[index]!;
  const day = inBlock(doc, index).find((d) => d.precision === 'day');
  if (!day) return false;
  const rest = doc.source.text.slice(block.span.start, day.span.start) + doc.source.text.slice(day.span.end, block.span.end);
  return rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length <= 2;
}

/** The newest date among the references (publication or access), as a year. */
function fromReferences(doc: Doc): DocumentDate | undefined {
  let newest: number | undefined;
  for (const entry of doc.references) {
    for (const field of [entry.csl.issued, entry.csl.accessed]) {
      const year = field?.['date-parts']?.[0]?.[0];
      if (typeof year === 'number' && year >= 1500 && (newest === undefined || year > newest)) newest = year;
    }
  }
  return newest === undefined ? undefined : { year: newest, precision: 'year', source: 'references' };
}

/** The newest publication year among the references: the document cannot be older. */
function newestIssued(doc: Doc): number | undefined {
  const years = doc.references.map((r) => r.csl.issued?.['date-parts']?.[0]?.[0]).map(Number).filter((y) => y >= 1500 && y <= 2999);
  return years.length ? Math.max(...years) : undefined;
}

export function detectDocumentDate(doc: Doc, lexicons: Lexicon[]): DocumentDate | undefined {
  const floor = newestIssued(doc);
  // A "date" older than a work it cites is not the document's date (a title, a quoted event).
  const plausible = (date: DocumentDate | undefined) => (date && (floor === undefined || date.year >= floor) ? date : undefined);
  return plausible(fromFrontMatter(doc, lexicons)) ?? plausible(fromPublishedLine(doc, lexicons)) ?? plausible(fromDateline(doc)) ?? fromReferences(doc);
}

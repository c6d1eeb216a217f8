/**
 * Dated events: a date written in the prose together with the sentence it dates. Dates that
 * are not events are left out: dates inside URLs, reference entries (bibliography items and
 * reference footnotes), front matter, headings, and the years of citations ("(Brookings
 * 2022)", "Smith (2019)"). Shared by the timeline and the date/citation checks.
 */
import type { Citation, DateMention, DocModel, ReferenceEntry, Span } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { alternation } from '../util/regex.js';
import { documentSentences, type DocumentSentence } from './sentences.js';
import { blockIndexOf } from './derived-dates.js';

export interface DatedEvent {
  date: DateMention;
  sentence: DocumentSentence;
  /** Where the date sits in its block's visible text. */
  start: number;
  end: number;
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** "(Brookings 2022)", "(Smith et al., 2019: 12)", "(RCTI Plus.com 2022; VOA 2023)": a citation's year. */
const PARENTHETICAL_CITATION = /^[^()]*\p{Lu}[^()]{0,120}?[\s,]$/u;
const AFTER_CITATION_YEAR = /^[a-z]?(?:\s*[:,]\s*(?:\p{L}{1,4}\.\s*)?[\d\-–, ]+)?\s*[;)]/u;

/** Is the year at [start, end) of `text` the year of an author-year citation? */
export function isCitationYear(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  const close = text.lastIndexOf(')', start);
  if (open > close && open >= start - 160) {
    const lastSeparator = Math.max(open, text.lastIndexOf(';', start));
    const before = text.slice(lastSeparator + 1, start);
    if (PARENTHETICAL_CITATION.test(before) && AFTER_CITATION_YEAR.test(text.slice(end))) return true;
    // "Smith (2019)", "Dubé et al. (2013, 2014)": years alone in brackets right after a capitalised name.
    if (/^(?:\d{4}[a-z]?\s*[,;]\s*)*$/.test(text.slice(open + 1, start)) && /^[a-z]?\s*[,;)]/.test(text.slice(end)) && /\p{Lu}[\p{L}.'’-]*(?:\s+(?:et al\.|dkk\.?))?\s*$/u.test(text.slice(Math.max(0, open - 60), open))) return true;
    // "(2015: 422)": a year with a page locator.
    if (open === start - 1 && /^[a-z]?\s*[:,]\s*(?:\p{L}{1,4}\.\s*)?\d/u.test(text.slice(end))) return true;
    // "(see Hermann 2008 for …)": a surname right before the year, inside brackets.
    if (/\p{Lu}\p{Ll}+(?:\s+(?:et al\.|dkk\.?))?,?\s$/u.test(text.slice(Math.max(open, start - 40), start))) return true;
  }
  return false;
}

const prepositionCache = new WeakMap<Lexicon, RegExp | null>();

function prepositionBefore(lexicon: Lexicon): RegExp | null {
  let regex = prepositionCache.get(lexicon);
  if (regex === undefined) {
    const words = [...lexicon.yearPrepositions, ...lexicon.yearWords];
    regex = words.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words)})[\\s(]*$`, 'iu') : null;
    prepositionCache.set(lexicon, regex);
  }
  return regex;
}

/**
 * Is the bare year at [start, end) of `text` a date rather than a count ("1547 compounds",
 * "809 North 1500 West")? It is when a preposition or "tahun" stands before it ("in 2019",
 * "sejak 2019"), when it follows another year ("2001, 2002"), or when it heads its sentence
 * before a dash or colon ("2022 — Korea Utara …").
 */
export function yearInContext(text: string, start: number, end: number, sentenceStart: number, lexicons: Lexicon[]): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 30), start);
  if (lexicons.some((l) => prepositionBefore(l)?.test(before))) return true;
  if (/\d{4}\s*[,–-]\s*$/.test(before)) return true;
  return /^[\s(\[*_]*$/.test(before) && /^\s*[—–:,-]/.test(text.slice(end));
}

const numberedCache = new WeakMap<Lexicon, RegExp | null>();

/** Text that ends just before the year of a numbered document: "Nomor 6 Tahun ", "No. 1718 of ", "No. 6/". */
function numberedDocumentBefore(lexicon: Lexicon): RegExp | null {
  let regex = numberedCache.get(lexicon);
  if (regex === undefined) {
    const joiners = [...lexicon.yearWords, ...lexicon.numberedYearWords];
    regex = lexicon.numberSigns.length
      ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.numberSigns)})\\s*\\d+[\\p{L}\\d.-]*(?:\\s*/\\s*${joiners.length ? `|\\s+(?:${alternation(joiners)})\\s+` : ''})$`, 'iu')
      : null;
    numberedCache.set(lexicon, regex);
  }
  return regex;
}

/** "Undang-Undang Nomor 6 Tahun 2014": the year is part of a law's or resolution's name. */
export function isNumberedDocumentYear(text: string, start: number, lexicons: Lexicon[]): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return lexicons.some((l) => numberedDocumentBefore(l)?.test(before));
}

const cache = new WeakMap<object, DatedEvent[]>();

function ownEntries(doc: Pick<DocModel, 'references' | 'source'>): ReferenceEntry[] {
  return doc.references.filter((r) => r.source === doc.source);
}

export function datedEvents(doc: DocModel): DatedEvent[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const insideEntryOrCitation = containment([...ownEntries(doc).map((r) => r.span), ...doc.citations.map((c) => c.span)]);
  const sentences = documentSentences(doc);
  const lexicons = [doc.lexicon];
  const events: DatedEvent[] = [];
  for (const date of doc.dates) {
    if (date.inUrl || date.invalid || insideEntryOrCitation(date.span)) continue;
    const sentence = sentenceOf(sentences, date.span);
    if (!sentence) continue;
    const block = doc.blocks[sentence.block]!;
    // Headings, table cells and notes carry dates, but not as a sentence that dates an event.
    if (block.kind === 'heading' || block.kind === 'table-row' || block.footnote !== undefined) continue;
    const start = blockIndexOf(block, date.span.start, sentence.start, sentence.end);
    if (start === -1) continue;
    const end = start + (date.span.end - date.span.start);
    if (date.precision === 'year' && !date.relative && isCitationYear(block.text, start, Math.min(end, block.text.length))) continue;
    if (/^\d{4}$/.test(date.text) && !yearInContext(block.text, start, end, sentence.start, lexicons)) continue;
    if (date.precision === 'year' && isNumberedDocumentYear(block.text, start, lexicons)) continue;
    events.push({ date, sentence, start, end });
  }
  cache.set(doc, events);
  return events;
}

/** A test "is this span inside one of `spans`?" in logarithmic time (spans may overlap). */
export function containment(spans: Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  sorted.forEach((s, i) => furthest.push(Math.max(s.end, furthest[i - 1] ?? -Infinity)));
  return (span) => {
    let [low, high] = [0, sorted.length - 1];
    if (high < 0 || sorted[0]!.start > span.start) return false;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (sorted[mid]!.start <= span.start) low = mid;
      else high = mid - 1;
    }
    return furthest[low]! >= span.end;
  };
}

/** The sentence holding `span` (binary search: sentences come in text order). */
function sentenceOf(sentences: DocumentSentence[], span: Span): DocumentSentence | undefined {
  let [low, high] = [0, sentences.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.span.start <= span.start) low = mid;
    else high = mid - 1;
  }
  for (let i = low; i >= 0 && i > low - 3; i--) if (within(span, sentences[i]!.span)) return sentences[i];
  return sentences.find((s) => within(span, s.span));
}

const stopCache = new WeakMap<Lexicon, Map<string, Set<string>>>();

/** Function words, month and weekday names and number words of these languages, folded. */
export function stopWordsOf(lexicons: Lexicon[]): Set<string> {
  const [first, ...rest] = lexicons;
  if (!first) return new Set();
  const byRest = stopCache.get(first) ?? new Map<string, Set<string>>();
  stopCache.set(first, byRest);
  const key = rest.map((l) => `${l.language}:${l.months.flat().length}`).join('|');
  let set = byRest.get(key);
  if (!set) {
    set = new Set(lexicons.flatMap((l) => [...l.stopwords, ...l.months.flat(), ...l.weekdays.flat(), ...l.yearWords, ...Object.keys(l.numberWords)]).map(foldWord));
    byRest.set(key, set);
  }
  return set;
}

export interface ContentWord {
  /** Folded form ("kunjungan"). */
  word: string;
  /** As written ("Kunjungan"). */
  text: string;
  start: number;
}

/** The content words of a sentence, without dates (`skip`), numbers, function words or date words. */
export function contentWords(text: string, skip: { start: number; end: number }[], stop: Set<string>): ContentWord[] {
  const words: ContentWord[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    if (skip.some((s) => m.index! < s.end && m.index! + m[0].length > s.start)) continue;
    const word = foldWord(m[0]).replace(/['’-]+$/, '');
    if (word.length < 3 || stop.has(word)) continue;
    words.push({ word, text: m[0], start: m.index! });
  }
  return words;
}

/** A citation and the entries it points to: doc.citations, plus footnote markers of reference notes. */
export interface CitedSource {
  span: Span;
  text: string;
  entries: ReferenceEntry[];
  kind: Citation['kind'];
}

export function citedSources(doc: DocModel): CitedSource[] {
  const byId = new Map(doc.references.map((r) => [r.id, r]));
  const fromCitations = doc.citations.map((c: Citation) => ({
    span: c.span,
    text: c.text,
    kind: c.kind,
    entries: c.targets.map((id) => byId.get(id)).filter((r): r is ReferenceEntry => r !== undefined),
  }));
  // Until every footnote marker is a citation, a marker cites its note when the note is an entry.
  const fromMarkers = doc.footnoteMarkers
    .filter((m) => !doc.citations.some((c) => m.span.start < c.span.end && m.span.end > c.span.start))
    .map((m) => ({ span: m.span, text: doc.source.text.slice(m.span.start, m.span.end), kind: 'footnote' as const, entries: [byId.get(`note-${m.label}`)].filter((r): r is ReferenceEntry => r !== undefined) }));
  return [...fromCitations, ...fromMarkers].filter((c) => c.entries.length > 0).sort((a, b) => a.span.start - b.span.start);
}

/**
 * When two reference entries describe the same work, and what each says about it. Used by
 * reference/duplicate (within a document) and reference/cross-document-mismatch (across documents).
 *
 * Two entries are the same work when they share a DOI, share a specific URL (ignoring case and
 * escapes), or use the same words: one entry's significant words all appear in the other (a
 * single misspelt word allowed). Word order, punctuation, years, pages and URLs do not count,
 * so "Foyle, Douglas. 1997. Public Opinion…" and "Douglas Foyle. "Public Opinion…". 1997." match.
 */
import { distance } from 'fastest-levenshtein';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import type { CslName, ReferenceEntry } from '../model/types.js';

export interface WorkFacts {
  entry: ReferenceEntry;
  doi?: string;
  /** Host and path, lower case, without scheme, "www.", escapes or a trailing slash. */
  url?: string;
  year?: number;
  /** Every year-like number of the entry outside its URL (a series repeats its year in the title). */
  yearCount: number;
  /** A page range "163-195" as written (digits only). */
  pages?: { first: string; last: string };
  title?: string;
  words: Set<string>;
}

const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>)\]]+/gi;
const YEAR_GLOBAL = /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/g;

const nameText = (name: CslName) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ');

/** The text whose words identify the work: the entry as written, or its CSL names, title and container. */
function identifyingText(entry: ReferenceEntry): string {
  if (entry.origin !== 'companion') return entry.raw.replace(URL_PATTERN, ' ');
  const csl = entry.csl;
  return [...(csl.author ?? []).map(nameText), ...(csl.editor ?? []).map(nameText), csl.title ?? '', csl['container-title'] ?? ''].join(' ');
}

export function comparableUrl(url: string): string {
  let value = url.replace(/\\_/g, '_').replace(/[>.,;)\]]+$/, '');
  try {
    value = decodeURIComponent(value);
  } catch {
    // keep it encoded
  }
  return value.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[#?].*$/, (rest) => (rest.startsWith('?') ? rest : '')).replace(/\/+$/, '');
}

/** A URL that names one resource, not a site's home or index page. */
function isSpecific(url: string): boolean {
  const path = url.replace(/^[^/]*/, '').replace(/\/(?:index\.\w+)?$/, '');
  return path.split('/').some((segment) => segment.length >= 4 && !/^index(?:\.\w+)?$/.test(segment));
}

function skipWords(lexicon: Lexicon): Set<string> {
  return new Set(
    [...lexicon.retrievedFrom, ...lexicon.accessed, ...lexicon.etAl, ...lexicon.and, ...lexicon.pageAbbreviations, ...lexicon.months.flat()]
      .flatMap((w) => foldWord(w).split(/[^\p{L}]+/u)),
  );
}

export function workFacts(entry: ReferenceEntry, lexicon: Lexicon): WorkFacts {
  const csl = entry.csl;
  const skip = skipWords(lexicon);
  const text = identifyingText(entry);
  const words = new Set(
    foldWord(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3 && !/^\d+$/.test(w) && !skip.has(w)),
  );
  const facts: WorkFacts = { entry, words, yearCount: (entry.raw.replace(URL_PATTERN, ' ').match(YEAR_GLOBAL) ?? []).length };
  const doi = csl.DOI ?? /\b10\.\d{4,9}\/[^\s"'<>]+/.exec(entry.raw)?.[0];
  if (doi) facts.doi = doi.replace(/[.,;)\]>]+$/, '').toLowerCase();
  const url = csl.URL ?? entry.raw.match(URL_PATTERN)?.[0];
  if (url && isSpecific(comparableUrl(url))) facts.url = comparableUrl(url);
  const issued = csl.issued?.['date-parts']?.[0]?.[0];
  if (issued !== undefined && Number.isFinite(Number(issued))) facts.year = Number(issued);
  if (csl.title) facts.title = csl.title;
  const pages = pageRange(entry);
  if (pages) facts.pages = pages;
  return facts;
}

/** The entry's page range: CSL `page`, else the last "a-b" range of the text that is not a span of years. */
function pageRange(entry: ReferenceEntry): WorkFacts['pages'] {
  const source = entry.csl.page ?? (entry.origin === 'companion' ? undefined : entry.raw.replace(URL_PATTERN, ' '));
  if (!source) return undefined;
  const ranges = [...source.matchAll(/(?<!\d|\d[.\/-])(\d{1,5})\s*[-–—]{1,2}\s*(\d{1,5})(?!\d|[.\/-]\d)/g)].filter((m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const years = m[1]!.length === 4 && m[2]!.length === 4 && a >= 1500 && b <= 2100;
    return !years;
  });
  const last = ranges.at(-1);
  return last ? { first: last[1]!, last: last[2]! } : undefined;
}

const nearWord = (a: string, b: string) => a.length >= 6 && b.length >= 6 && distance(a, b) <= 2;

/** Every significant word of the shorter entry is in the longer one (one misspelt word allowed). */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 4) return false;
  const missing = [...small].filter((w) => !large.has(w));
  if (missing.length === 0) return true;
  if (missing.length > 1) return false;
  const extra = [...large].filter((w) => !small.has(w));
  return extra.some((w) => nearWord(missing[0]!, w));
}

export type SameWorkReason = 'doi' | 'url' | 'words';

export function sameWork(a: WorkFacts, b: WorkFacts): SameWorkReason | null {
  if (a.doi && b.doi) return a.doi === b.doi ? 'doi' : null;
  if (a.url && b.url && a.url === b.url) return 'url';
  if (!sameWords(a.words, b.words)) return null;
  // A series ("Yearbook 2020", "Yearbook 2021") repeats its year in the title: not one work.
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year && a.yearCount > 1 && b.yearCount > 1) return null;
  // Companion entries of different kinds (a paper and its blog post) are different items.
  if (a.entry.origin === 'companion' && b.entry.origin === 'companion' && a.entry.csl.type !== b.entry.csl.type) return null;
  return 'words';
}

export function yearOf(facts: WorkFacts, noDate: (text: string) => boolean): string {
  if (facts.year !== undefined) return String(facts.year);
  return noDate(facts.entry.raw) ? 'no date' : 'no year';
}

/**
 * Every URL and DOI of a document with its place: the document's own URLs, the url/doi fields
 * of its companion bibliography entries, and DOIs written in the text. `linkTargets` keeps the
 * ones a live check can say something about (not in code, not malformed, not templates).
 */
import type { DocModel, ReferenceEntry, SourceFile, Span, UrlMention } from '../model/types.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { normalizeUrl } from './urls.js';
import { diagnoseUrl, isTemplated, trimUrlEnd } from './url-syntax.js';

export interface PlacedUrl extends UrlMention {
  /** The file the span points into: the document, or a companion .bib/CSL-JSON file. */
  source: SourceFile;
  /** The reference entry the URL belongs to, if any. */
  reference?: ReferenceEntry;
}

export interface LinkTarget {
  kind: 'url' | 'doi';
  /** What the live checker is given: an absolute http(s) URL, or a DOI (bare or as a doi.org URL). */
  target: string;
  /** As written. */
  text: string;
  span: Span;
  source: SourceFile;
  reference?: ReferenceEntry;
}

const DOI = /\b10\.\d{4,9}\/[^\s"'<>]+/g;
const DOI_PREFIX = /\bdoi\s*:?\s*$/i;
const DOI_HOST = /^https?:\/\/(?:dx\.)?doi\.org\/10\.\d{4,9}\//i;

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The end of the line holding `offset`: an entry's span may stop at a link's label, before "](url)". */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset - 1));
  return newline === -1 ? text.length : newline;
}

function referenceAt(doc: DocModel, source: SourceFile, span: Span): ReferenceEntry | undefined {
  return doc.references.find((r) => r.source === source && contains({ start: r.span.start, end: lineEnd(source.text, r.span.end) }, span));
}

/** Where `value` is written inside an entry of a companion file (case-insensitive for DOIs). */
function locateInEntry(entry: ReferenceEntry, value: string, ignoreCase: boolean): Span {
  const text = entry.source.text.slice(entry.span.start, entry.span.end);
  const at = ignoreCase ? text.toLowerCase().indexOf(value.toLowerCase()) : text.indexOf(value);
  return at === -1 ? entry.span : { start: entry.span.start + at, end: entry.span.start + at + value.length };
}

/**
 * Entries whose text the extractors did not read as prose (a companion file, a Manubot tag
 * definition) and that no mention found so far lies in: their URL/DOI fields are read here.
 */
function entriesOutsideText(doc: DocModel, placed: { span: Span; source: SourceFile }[]): ReferenceEntry[] {
  return doc.references.filter(
    (r) =>
      (r.source !== doc.source || !doc.blocks.some((b) => overlaps(b.span, r.span))) &&
      !placed.some((p) => p.source === r.source && overlaps(p.span, r.span)),
  );
}

/** The document's URLs and the URL fields of entries outside its prose (a companion .bib), each with its file and entry. */
export function placedUrls(doc: DocModel): PlacedUrl[] {
  const own = doc.urls.map((u) => {
    const placed: PlacedUrl = { ...u, source: doc.source };
    const reference = referenceAt(doc, doc.source, u.span);
    if (reference) placed.reference = reference;
    return placed;
  });
  const fromEntries = entriesOutsideText(doc, own).flatMap((entry): PlacedUrl[] => {
    const url = typeof entry.csl.URL === 'string' ? entry.csl.URL.trim() : '';
    if (!/^(?:https?:\/\/|www\.)/i.test(url)) return [];
    const span = locateInEntry(entry, url, false);
    return [{ url, normalized: normalizeUrl(url), span, inCode: false, source: entry.source, reference: entry }];
  });
  return [...own, ...fromEntries];
}

interface DoiMention {
  text: string;
  span: Span;
  source: SourceFile;
  reference?: ReferenceEntry;
}

/** DOIs written as such ("doi:10.…", "DOI 10.…", or bare inside a reference entry), outside URLs. */
export function doiMentions(doc: DocModel): DoiMention[] {
  const urlSpans = doc.urls.map((u) => u.span);
  const found: DoiMention[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const match of block.text.matchAll(DOI)) {
      const doi = trimUrlEnd(match[0]).url;
      const span = toSourceSpan(block, match.index!, match.index! + doi.length);
      if (span.end <= span.start || urlSpans.some((u) => overlaps(u, span))) continue;
      const reference = referenceAt(doc, doc.source, span);
      if (!reference && !DOI_PREFIX.test(block.text.slice(Math.max(0, match.index! - 8), match.index!))) continue;
      found.push({ text: doc.source.text.slice(span.start, span.end), span, source: doc.source, ...(reference ? { reference } : {}) });
    }
  }
  for (const entry of entriesOutsideText(doc, [...found, ...doc.urls.map((u) => ({ span: u.span, source: doc.source }))])) {
    const doi = typeof entry.csl.DOI === 'string' ? entry.csl.DOI.trim() : '';
    if (!/^10\.\d{4,9}\/\S+$/.test(doi)) continue;
    found.push({ text: doi, span: locateInEntry(entry, doi, true), source: entry.source, reference: entry });
  }
  return found;
}

/** An http(s) URL a live check can judge: written in prose, well-formed, no placeholder. */
export function isCheckable(url: PlacedUrl): boolean {
  if (url.inCode || isTemplated(url.url) || diagnoseUrl(url.url) !== null) return false;
  return /^https?:\/\/|^www\./i.test(url.url);
}

/** Everything of this document that the live phase checks, each with the place to report. */
export function linkTargets(doc: DocModel): LinkTarget[] {
  const targets: LinkTarget[] = [];
  for (const url of placedUrls(doc)) {
    if (!isCheckable(url)) continue;
    const absolute = /^www\./i.test(url.url) ? `http://${url.url}` : url.url;
    const kind = DOI_HOST.test(absolute) ? 'doi' : 'url';
    targets.push({ kind, target: absolute, text: url.url, span: url.span, source: url.source, ...(url.reference ? { reference: url.reference } : {}) });
  }
  for (const doi of doiMentions(doc)) {
    targets.push({ kind: 'doi', target: doi.text, text: doi.text, span: doi.span, source: doi.source, ...(doi.reference ? { reference: doi.reference } : {}) });
  }
  return targets;
}

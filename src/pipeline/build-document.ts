/** Reader output → language → extractors → the DocModel the checks read. */
import type { DateMention, DocModel, SourceFile } from '../model/types.js';
import type { ReadResult } from '../readers/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { mergeLexicons } from '../lang/lexicon.js';
import type { Lexicons } from '../lang/load.js';
import { detectLanguage } from '../lang/detect.js';
import { extractFootnotes } from '../extract/footnotes.js';
import { extractReferences, type ReferenceParser } from '../extract/references.js';
import { extractUrls } from '../extract/urls.js';
import { extractCitations, resolveOwnCitations } from '../extract/citations.js';
import { findDates } from '../extract/dates.js';
import { addDerivedDates } from '../extract/derived-dates.js';
import { toSourceSpan } from '../readers/block-builder.js';
import type { CompanionLoader } from '../companions/load.js';
import { extractEntities } from '../extract/entities.js';
import type { FactBase } from '../facts/base.js';

export interface BuildEnvironment {
  lexicons: Lexicons;
  defaultLanguage: string;
  parseReference: ReferenceParser;
  /** Skip detection and use this language (tests, or a user who knows). */
  forceLanguage?: string;
  /** Reads the companion bibliography files a document names (.bib, CSL-JSON, RIS); none without it. */
  loadCompanions?: CompanionLoader;
  /** rules/facts.yaml: its country names keep "Presiden Rusia" out of the name "Vladimir Putin". */
  facts?: FactBase;
}

/** The document's language first, then English (common in references), never all at once. */
export function dateLexicons(language: string, lexicons: Lexicons): Lexicon[] {
  const order = [language, 'en'].filter((code, i, all) => all.indexOf(code) === i);
  return order.map((code) => lexicons.get(code)).filter((l): l is Lexicon => l !== undefined);
}

export function buildDocument(source: SourceFile, read: ReadResult, env: BuildEnvironment): DocModel {
  return completeDocument(startDocument(source, read, env), read, env);
}

/**
 * The first half of a build: blocks, footnotes, URLs, dates, reference lists and companion files.
 * Manuscript detection runs between the halves, so that a chapter knows the shared bibliography
 * before its citations are read (a bare @key only counts as a citation in a document with keys).
 */
export function startDocument(source: SourceFile, read: ReadResult, env: BuildEnvironment): DocModel {
  const prose = read.blocks.filter((b) => b.kind !== 'code').map((b) => b.text).join('\n');
  const language = env.forceLanguage ?? detectLanguage(prose, env.lexicons.keys(), env.defaultLanguage);
  const primary = env.lexicons.get(language) ?? env.lexicons.get('en')!;
  // Headings and note words of every language apply (an Indonesian thesis may say "References").
  const lexicon = mergeLexicons(primary, [...env.lexicons.values()].filter((l) => l !== primary));

  const doc: DocModel = {
    source,
    format: read.format,
    language,
    lexicon,
    blocks: read.blocks,
    footnoteMarkers: read.footnoteMarkers,
    footnoteDefinitions: read.footnoteDefinitions,
    links: read.links,
    bibliographyHeadings: [],
    references: [],
    citations: [],
    dates: [],
    urls: [],
    companions: [],
    frontMatter: read.frontMatter,
  };
  const footnotes = extractFootnotes(doc);
  doc.footnoteMarkers = footnotes.markers;
  doc.footnoteDefinitions = footnotes.definitions;
  doc.urls = extractUrls(doc);
  doc.dates = extractDocumentDates(doc, dateLexicons(language, env.lexicons));
  const references = extractReferences(doc, env.parseReference);
  doc.bibliographyHeadings = references.headings;
  doc.references = references.references;
  doc.referenceFragments = references.fragments;
  if (env.loadCompanions) {
    const companions = env.loadCompanions(source, read);
    doc.companions = companions.companions;
    doc.references.push(...companions.references);
    doc.companionProblems = companions.problems;
  }
  return doc;
}

/** The second half: in-text citations, derived dates and names (needs every reference entry). */
export function completeDocument(doc: DocModel, read: ReadResult, env: BuildEnvironment): DocModel {
  const language = doc.language;
  // In-text citations, after every reference entry (companions included) is known.
  doc.citations = extractCitations(doc, read.keyCitations);
  resolveOwnCitations(doc);
  // The document's date, relative dates and dates inside URLs (needs the references).
  addDerivedDates(doc, dateLexicons(language, env.lexicons));
  doc.entities = extractEntities(doc, { places: env.facts?.placeWords() ?? [], givenNames: env.facts?.givenNameWords() ?? [] });
  return doc;
}

function extractDocumentDates(doc: DocModel, lexicons: Lexicon[]): DateMention[] {
  const dates: DateMention[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    // Dates inside URLs are read by the URL-date checks, not here.
    const urlSpans = [...block.text.matchAll(/(?:https?:\/\/|www\.)\S+/gi)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    for (const match of findDates(block.text, lexicons, urlSpans)) {
      const mention: DateMention = {
        text: '',
        span: toSourceSpan(block, match.start, match.end),
        year: match.year,
        precision: match.precision,
        relative: false,
        inUrl: false,
        lang: match.lang,
      };
      mention.text = doc.source.text.slice(mention.span.start, mention.span.end);
      if (match.month !== undefined) mention.month = match.month;
      if (match.day !== undefined) mention.day = match.day;
      if (match.invalid) mention.invalid = true;
      if (match.until) mention.until = match.until;
      if (match.approximate) mention.approximate = true;
      if (match.weekday) mention.weekday = { index: match.weekday.index, text: match.weekday.text, span: toSourceSpan(block, match.weekday.start, match.weekday.end) };
      dates.push(mention);
    }
  }
  return dates;
}

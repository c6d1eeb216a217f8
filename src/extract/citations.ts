/**
 * In-text citations of every common style, with exact source spans: author-year (parenthetical
 * and narrative), numeric "[12]" / "[3–5]" / "[1, 4]" (only with a numbered reference list, and
 * never where "[n]" marks a footnote), pandoc/Manubot/LaTeX keys, Distill <d-cite>, links to
 * entry anchors, footnote-style citations and Ibid. Run after the references are extracted.
 */
import type { Block, Citation, DocModel, Span } from '../model/types.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { anchorIndex, fragmentLinks, overlaps, visibleText, type FragmentLink } from './anchors.js';
import { authorYearCitations, isNameText, splitNames, type FoundCitation } from './author-year.js';
import { citationContext, cuePattern, isEntryBlock, isListEntry, type CitationContext } from './citation-context.js';
import { hasBracketKeys, keyCitations } from './citation-keys.js';
import { noteCitations } from './citation-notes.js';
import { entryKeys, YEAR_SOURCE } from './names.js';
import { referencePool, resolveCitations, type Resolution } from './resolve-citations.js';

export interface KeyCitationMarkup {
  keys: string[];
  span: Span;
}

const NUMERIC = /\[(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*)\]/g;

function expandNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const part of text.split(/[,;]/)) {
    const [from, to] = part.split(/[-–—]/).map((n) => Number(n.trim()));
    if (to === undefined || to < from! || to - from! > 50) numbers.push(from!);
    else for (let n = from!; n <= to; n++) numbers.push(n);
  }
  return numbers;
}

function numericCitations(block: Block, numbered: boolean, links: FragmentLink[]): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const match of block.text.matchAll(NUMERIC)) {
    const span = toSourceSpan(block, match.index!, match.index! + match[0].length);
    const linked = links.some((l) => overlaps(l.span, span));
    if (!numbered && !linked) continue;
    found.push({ kind: 'numeric', start: match.index!, end: match.index! + match[0].length, numbers: expandNumbers(match[1]!) });
  }
  return found;
}

function toCitation(doc: DocModel, block: Block, found: FoundCitation): Citation {
  const span = toSourceSpan(block, found.start, found.end);
  const citation: Citation = { kind: found.kind, text: doc.source.text.slice(span.start, span.end), span, targets: [] };
  if (found.names) citation.names = found.names;
  if (found.keys) citation.keys = found.keys;
  if (found.numbers) citation.numbers = found.numbers;
  if (found.year) citation.year = found.year;
  if (found.locator) citation.locator = found.locator;
  if (found.original) citation.original = found.original;
  return citation;
}

/** A link to a reference entry's anchor that no other citation covers ("[Drucker](#Drucker)"). */
function anchorCitations(doc: DocModel, links: FragmentLink[], found: Citation[], ctx: CitationContext): Citation[] {
  const citations: Citation[] = [];
  for (const link of links) {
    if (link.status !== 'entry' && link.status !== 'case-mismatch') continue;
    if (found.some((c) => overlaps(c.span, link.span))) continue;
    const block = doc.blocks.find((b) => b.kind !== 'code' && overlaps(b.span, link.span));
    const visible = block && visibleText(block, link.span);
    if (!block || !visible) continue;
    const year = new RegExp(`\\(?(${YEAR_SOURCE}[a-z]?)\\)?`).exec(visible.text);
    const name = visible.text.replace(/[(),]|\b\d{4}[a-z]?\b/g, ' ').replace(/['’]s\b/, '').trim();
    const citation: Citation = {
      kind: 'narrative',
      text: doc.source.text.slice(link.span.start, link.span.end),
      span: link.span,
      names: name && isNameText(name, ctx, { allowCommon: true }) ? splitNames(name, ctx) : [name || link.fragment],
      targets: [],
    };
    if (year) citation.year = year[1]!;
    citations.push(citation);
  }
  return citations;
}

/**
 * Citations that two extractors found at once: keep the wider one. "Jensen (2018) [@doi:…]" is one
 * citation, by key; the name before it only says it aloud.
 */
function dedupe(doc: DocModel, citations: Citation[]): Citation[] {
  const sorted = [...citations].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Citation[] = [];
  sorted.forEach((citation, i) => {
    const covering = kept.find((k) => k.span.start <= citation.span.start && citation.span.end <= k.span.end && k.kind !== 'key' && citation.kind !== 'key');
    const next = sorted[i + 1];
    const spokenKey = citation.kind === 'narrative' && next?.kind === 'key' && /^\s{0,2}$/.test(doc.source.text.slice(citation.span.end, next.span.start));
    if (!covering && !spokenKey) kept.push(citation);
  });
  return kept;
}

/** Whether a document cites by key (pandoc, Manubot, Distill, a .bib companion). */
function citesByKey(doc: DocModel, markup: KeyCitationMarkup[]): boolean {
  if (markup.length > 0 || doc.companions.length > 0 || doc.frontMatter?.['bibliography'] !== undefined) return true;
  if (doc.references.some((e) => isListEntry(e) && entryKeys(e).length > 0)) return true;
  return doc.blocks.some((b) => b.kind !== 'code' && b.kind !== 'front-matter' && hasBracketKeys(b.text));
}

export function extractCitations(doc: DocModel, markup: KeyCitationMarkup[] = []): Citation[] {
  const ctx = citationContext(doc);
  const cue = cuePattern(doc.lexicon);
  const links = fragmentLinks(doc, anchorIndex(doc));
  const otherLinks = doc.links.filter((l) => !l.url.startsWith('#')).map((l) => l.span);
  const narrativeKeys = citesByKey(doc, markup);
  const bracketNotes = doc.footnoteDefinitions.some((d) => d.style === 'bracket');
  const numbered = !bracketNotes && ctx.listProfiles.filter((p) => /^\d{1,4}$/.test(p.entry.label ?? '')).length >= 2;
  const citations: Citation[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'front-matter' || block.kind === 'heading') continue;
    // Pieces split off an entry are reference text too ("(ICAD 2008)" inside a title).
    if ((doc.referenceFragments ?? []).some((f) => block.span.start < f.span.end && f.span.start < block.span.end)) continue;
    const inEntry = isEntryBlock(block, ctx);
    const inListEntry = inEntry && doc.references.some((e) => isListEntry(e) && e.source === doc.source && block.span.start < e.span.end && e.span.start < block.span.end);
    if (inListEntry) continue;
    const found = keyCitations(block, { linkSpans: otherLinks, narrative: narrativeKeys });
    // A note that is itself a reference holds no author-year citations, only its own words.
    if (!inEntry) found.push(...authorYearCitations(block, ctx, cue), ...numericCitations(block, numbered && !bracketNotes, links));
    citations.push(...found.map((f) => toCitation(doc, block, f)));
  }
  citations.push(...noteCitations(doc, ctx));
  for (const cite of markup) {
    citations.push({ kind: 'key', text: doc.source.text.slice(cite.span.start, cite.span.end), span: cite.span, keys: cite.keys, targets: [] });
  }
  citations.push(...anchorCitations(doc, links, citations, ctx));
  return dedupe(doc, citations);
}

/** Resolve citations against the document's own entries and record the targets' ids. */
export function resolveOwnCitations(doc: DocModel): Resolution[] {
  const ctx = citationContext(doc);
  const pool = referencePool([...ctx.listProfiles, ...ctx.noteProfiles]);
  const results = resolveCitations(doc, doc.citations, pool, fragmentLinks(doc, anchorIndex(doc)), ctx.words);
  for (const result of results) result.citation.targets = [...new Set(result.targets.map((e) => e.id))];
  return results;
}

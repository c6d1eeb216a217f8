/**
 * Reference entries with their positions: the entries of bibliography sections (joined across
 * lines and page breaks), footnotes whose text is a reference (a note that is only "Ibid." refers
 * back, a note of comment is no entry), and Manubot citation-tag definitions ("[@tag:X]: doi:…").
 */
import type { Block, CslItem, DocModel, FootnoteDefinition, Format, ReferenceEntry, ReferenceFragment, SourceFile, Span } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { findBibliography, type EntryPiece } from './bibliography.js';
import { ENTRY_LABEL, hasDateEvidence, isProse, shapeWords, URL_OR_DOI } from './entry-shape.js';
import { extractTagDefinitions } from './tag-definitions.js';
import { escapeRegExp } from '../util/regex.js';

export type ReferenceParser = (raw: string) => CslItem;

export function isIbidNote(text: string, lexicon: Lexicon): boolean {
  const start = foldWord(text.trim().replace(/^[*_\s]+/, '')).slice(0, 12);
  return [...lexicon.ibid, ...lexicon.opCit].some((word) => start.startsWith(foldWord(word).replace(/\.$/, '')));
}

/** A note that cites something: an address, a date, a page locator, or "Author: Title". */
export function noteIsReference(text: string, lexicon: Lexicon): boolean {
  const t = text.trim();
  if (t.length < 8 || isIbidNote(t, lexicon)) return false;
  const words = shapeWords(lexicon);
  if (URL_OR_DOI.test(t)) return true;
  if (isProse(t, words)) return false;
  const abbreviations = [...lexicon.pageAbbreviations, 'p.', 'pp.', 'vol.'].flatMap((a) => [a, a[0]!.toUpperCase() + a.slice(1)]);
  const locator = new RegExp(`(?:^|[\\s(,])(?:${abbreviations.map(escapeRegExp).join('|')})\\s*(?:\\d|[IVXLC]+(?!\\p{L}))`, 'u');
  return hasDateEvidence(t, words) || locator.test(t) || /^\p{Lu}[^:.]{1,60}:\s*["“]?\p{Lu}/u.test(t);
}

interface JoinedText {
  text: string;
  offsets: Int32Array;
  span: Span;
}

/** The pieces' text joined with single spaces, with each character's source offset. */
function joinPieces(blocks: Block[], pieces: EntryPiece[]): JoinedText {
  let text = '';
  const offsets: number[] = [];
  for (const piece of pieces) {
    const block = blocks[piece.block]!;
    if (text.length > 0) {
      text += ' ';
      offsets.push(block.offsets[piece.start]!);
    }
    text += block.text.slice(piece.start, piece.end);
    for (let i = piece.start; i < piece.end; i++) offsets.push(block.offsets[i]!);
  }
  const last = pieces[pieces.length - 1]!;
  const end = blocks[last.block]!.offsets[last.end - 1]! + 1;
  return { text, offsets: Int32Array.from(offsets), span: { start: offsets[0]!, end } };
}

function entryFromPieces(blocks: Block[], pieces: EntryPiece[], source: SourceFile, id: string, parse: ReferenceParser, section?: string, format?: Format): ReferenceEntry {
  const joined = joinPieces(blocks, pieces);
  const first = blocks[pieces[0]!.block]!;
  // An HTML <li> may wrap its text in a <p>: the paragraph carries the item's number.
  let label = pieces[0]!.start === 0 && (first.kind === 'list-item' || first.ordinal !== undefined) ? listNumber(first, source.text, format) : undefined;
  // "[12] ", "12. " or "- " written in the text: the label is kept, the marker is not the entry.
  const marker = ENTRY_LABEL.exec(joined.text) ?? /^\s*[-•*–]\s+/.exec(joined.text);
  if (marker && label === undefined) label = marker[1] ?? marker[2];
  const cut = marker ? marker[0].length : 0;
  const raw = joined.text.slice(cut);
  const entry: ReferenceEntry = {
    id,
    origin: 'bibliography',
    raw,
    span: joined.span,
    source,
    csl: { ...parse(raw), id },
    offsets: joined.offsets.slice(cut),
  };
  if (label !== undefined) entry.label = label;
  if (section) entry.section = section;
  return entry;
}

/**
 * The number written before a list item ("18." even when the list runs 17, 18, 18), not a year;
 * an HTML <ol> writes no number, so its item's place in the list is its number.
 */
function listNumber(block: Block, text: string, format?: Format): string | undefined {
  if (format === 'html') return block.ordinal === undefined ? undefined : String(block.ordinal);
  const lineStart = text.lastIndexOf('\n', block.span.start - 1) + 1;
  const marker = /^[\s>]*(\d{1,3})[.)]\s+$/.exec(text.slice(lineStart, block.span.start));
  return marker ? String(Number(marker[1])) : undefined;
}

function entryFromNote(note: FootnoteDefinition, source: SourceFile, id: string, parse: ReferenceParser): ReferenceEntry {
  return { id, origin: 'footnote', raw: note.text, span: note.span, source, label: note.label, csl: { ...parse(note.text), id } };
}

export interface ReferenceExtraction {
  headings: DocModel['bibliographyHeadings'];
  references: ReferenceEntry[];
  fragments: ReferenceFragment[];
}

export function extractReferences(
  doc: Pick<DocModel, 'blocks' | 'source' | 'footnoteDefinitions' | 'lexicon' | 'format'>,
  parse: ReferenceParser,
): ReferenceExtraction {
  // Notes written as text ("[3] …", "³ …") may form a bibliography; notes the markup declares never do.
  const textNotes = new Set(doc.footnoteDefinitions.filter((d) => d.style === 'bracket' || d.style === 'superscript').map((d) => d.block));
  const layout = findBibliography({
    blocks: doc.blocks,
    lexicon: doc.lexicon,
    format: doc.format,
    text: doc.source.text,
    isMarkupNote: (index) => doc.blocks[index]!.footnote !== undefined && !textNotes.has(index),
  });
  let counter = 0;
  const references = layout.entries.map(({ pieces, section }) => entryFromPieces(doc.blocks, pieces, doc.source, `ref-${++counter}`, parse, section, doc.format));
  const inBibliography = new Set(layout.entries.flatMap((e) => e.pieces.map((p) => p.block)));
  for (const note of doc.footnoteDefinitions) {
    if (inBibliography.has(note.block) || !noteIsReference(note.text, doc.lexicon)) continue;
    references.push(entryFromNote(note, doc.source, `note-${note.label}`, parse));
  }
  references.push(...extractTagDefinitions(doc.source, doc.blocks));
  const fragments = layout.fragments.map((piece): ReferenceFragment => {
    const joined = joinPieces(doc.blocks, [piece]);
    const fragment: ReferenceFragment = { raw: joined.text, span: withListMarker(joined.span, doc.source.text) };
    const owner = likelyOwner(joined.text, references);
    if (owner) fragment.belongsTo = owner.id;
    return fragment;
  });
  return { headings: layout.headings, references, fragments };
}

/** A Markdown reader drops "2024. " at the start of a line as a list number; the fragment keeps it. */
function withListMarker(span: Span, text: string): Span {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return /^\s*\d{1,9}[.)]\s+[<[]?$/.test(text.slice(lineStart, span.start)) ? { start: lineStart + text.slice(lineStart).search(/\S/), end: span.end } : span;
}

const slugWords = (url: string) => foldWord(url.replace(/^\w+:\/\/[^/]+/, '')).split(/[^\p{L}]+/u).filter((w) => w.length > 2);

/** The entry without an address whose words the fragment's URL spells out (its title as a slug). */
function likelyOwner(fragment: string, entries: ReferenceEntry[]): ReferenceEntry | undefined {
  const url = /(?:https?:\/\/|www\.)[^\s<>]+/.exec(fragment);
  if (!url) return undefined;
  const slug = new Set(slugWords(url[0]));
  if (slug.size < 3) return undefined;
  let best: { entry: ReferenceEntry; score: number } | undefined;
  for (const entry of entries) {
    if (entry.origin !== 'bibliography' || URL_OR_DOI.test(entry.raw)) continue;
    const words = new Set(foldWord(entry.raw).split(/[^\p{L}]+/u));
    const score = [...slug].filter((w) => words.has(w)).length / slug.size;
    if (score >= 0.6 && (!best || score > best.score)) best = { entry, score };
  }
  return best?.entry;
}

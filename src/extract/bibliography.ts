/**
 * Bibliography sections: a heading from the lexicon ("Daftar Pustaka", "References",
 * "Bibliografía", "Literaturverzeichnis"; or an endnote heading such as "Notes") and the entries
 * under it, through sub-sections ("Buku", "Internet"), until a heading of the same or a higher
 * level that is not a sub-section, or running prose.
 *
 * Entries are pieces of blocks: a block holding several entries line by line is split at the
 * lines that open an entry; a piece that is only the end of an entry (its URL after a page
 * break, a lower-case run-on) joins the entry before it when that entry lacks it, and is a
 * fragment (reference/malformed) when it does not.
 */
import type { Block, Format, Span } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { toSourceSpan } from '../readers/block-builder.js';
import {
  classifyPiece,
  ENTRY_LABEL,
  hasDateEvidence,
  isOpenEnded,
  shapeWords,
  startsLikeEntry,
  startsWithRetrieval,
  URL_OR_DOI,
  type ShapeWords,
} from './entry-shape.js';

/** "Smith, J. …", "Anthony Seldon, Truss at 10 …": a note that opens with its author. */
const NAME_FIRST = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3},\s/u;

/** A range of one block's visible text. */
export interface EntryPiece {
  block: number;
  start: number;
  end: number;
}

export interface BibliographyEntryLayout {
  pieces: EntryPiece[];
  section?: string;
  /** Under an endnote heading ("Notes"), not a bibliography heading. */
  notes?: true;
}

export interface BibliographyLayout {
  headings: Span[];
  entries: BibliographyEntryLayout[];
  fragments: EntryPiece[];
}

/** Heading text without markup, numbering ("V.", "7."), pandoc attributes or a trailing colon, folded. */
export function headingKey(text: string): string {
  const bare = text
    .replace(/\s*\{[^}]*\}\s*$/, '')
    .replace(/^[#\s*_]+|[*_\s:.]+$/g, '')
    .replace(/^(?:[IVXLC]+|\d+|[A-Z])[.)]\s+/, '');
  return foldWord(bare).replace(/\s+/g, ' ').trim();
}

const sectionName = (text: string) => text.replace(/\s*\{[^}]*\}\s*$/, '').replace(/^[#\s*_]+|[*_\s:]+$/g, '');
const looksLikeEntry = (text: string) => /\b(1[5-9]\d\d|20\d\d)\b|https?:\/\/|www\./.test(text);

export interface BibliographyInput {
  blocks: Block[];
  lexicon: Lexicon;
  format: Format;
  /** The document's text, to see line breaks and indentation inside blocks. */
  text: string;
  /** Blocks that belong to a footnote the markup declared (never bibliography entries). */
  isMarkupNote?: (index: number) => boolean;
}

interface OpenSection {
  depth: number;
  notes: boolean;
  section?: string;
  headingAt: number; // index in layout.headings
  entriesAtOpen: number;
}

export function findBibliography(input: BibliographyInput): BibliographyLayout {
  const { blocks, lexicon } = input;
  const words = shapeWords(lexicon);
  const headingWords = new Set(lexicon.bibliographyHeadings.map(headingKey));
  const notesWords = new Set(lexicon.notesHeadings.map(headingKey));
  const subheadingWords = new Set(lexicon.bibliographySubheadings.map(headingKey));
  const layout: BibliographyLayout = { headings: [], entries: [], fragments: [] };
  let open: OpenSection | null = null;
  let previous: BibliographyEntryLayout | null = null;

  const readable = (block: Block, index: number) =>
    block.kind !== 'code' && block.kind !== 'front-matter' && !(input.isMarkupNote?.(index) ?? false);
  const close = (byProse = false) => {
    // A "Literature" chapter of running text is no bibliography: forget its heading.
    if (byProse && open && layout.entries.length === open.entriesAtOpen) layout.headings.splice(open.headingAt, 1);
    open = null;
    previous = null;
  };
  const nextContentIsEntry = (from: number) => {
    for (let i = from + 1; i < blocks.length; i++) {
      const next = blocks[i]!;
      if (!readable(next, i) || next.text.trim().length === 0) continue;
      return next.kind !== 'heading' && classifyPiece(next.text, words) === 'entry';
    }
    return false;
  };

  const allKeys = [...headingWords, ...notesWords, ...subheadingWords];
  const openAt = (span: Span, key: string, depth: number) => {
    close();
    layout.headings.push(span);
    open = { depth, notes: !headingWords.has(key), headingAt: layout.headings.length - 1, entriesAtOpen: layout.entries.length };
  };

  blocks.forEach((block, index) => {
    if (!readable(block, index)) return;
    const key = headingKey(block.text);
    const known = headingWords.has(key) || notesWords.has(key) || subheadingWords.has(key);
    const isHeading = (block.kind === 'heading' && !looksLikeEntry(block.text)) || (block.text.trim().length <= 60 && !looksLikeEntry(block.text) && known);
    if (isHeading && (headingWords.has(key) || notesWords.has(key))) {
      openAt(block.span, key, block.depth ?? 2);
      return;
    }
    // Plain text may glue a heading line ("DAFTAR PUSTAKA", "Buku") to the first entry under it.
    const lead = isHeading ? undefined : leadingHeadingLine(block, input.text, allKeys);
    if (lead && (headingWords.has(lead.key) || notesWords.has(lead.key))) openAt(toSourceSpan(block, 0, lead.end), lead.key, 2);
    if (!open) return;
    const section: OpenSection = open;
    if (lead && subheadingWords.has(lead.key)) {
      section.section = sectionName(block.text.slice(0, lead.end));
      previous = null;
    }
    if (isHeading) {
      const depth = block.depth ?? 2;
      // Known sub-sections, deeper headings, and (in plain text, where every heading looks alike)
      // a short line followed by entries all name a part of the bibliography.
      const subsection = subheadingWords.has(key) || ((depth > section.depth || input.format === 'text') && nextContentIsEntry(index));
      if (subsection) {
        section.section = sectionName(block.text);
        previous = null;
      } else if (depth <= section.depth) close();
      return;
    }
    for (const whole of splitIntoPieces(block, index, input.text, input.format === 'text')) {
      if (lead && whole.end <= lead.end) continue;
      const piece = lead && whole.start < lead.end ? trimPiece(block, { ...whole, start: lead.end }) : whole;
      const text = block.text.slice(piece.start, piece.end);
      // Plain text glues a sub-section line to the entries under it ("Buku" + newline + entries).
      if (subheadingWords.has(headingKey(text)) && text.length <= 60) {
        section.section = sectionName(text);
        previous = null;
        continue;
      }
      const continuesItem = input.format === 'markdown' && piece.start === 0 && isListContinuation(block, input.text);
      const shape = classifyPiece(text, words, piece.start === 0 && block.kind === 'list-item' && !continuesItem);
      if (shape === 'prose') {
        if (section.notes || continuesItem) continue;
        close(true);
        return;
      }
      const joins = shape !== 'entry' || startsWithRetrieval(text, words) || continuesItem || (!startsLikeEntry(text) && runsOn(previous, text, blocks, words));
      if (previous && joins && canTake(previous, text, blocks, words, continuesItem)) {
        previous.pieces.push(piece);
        continue;
      }
      if (shape === 'other') continue;
      if (shape === 'entry') {
        if (section.notes && !(hasDateEvidence(text, words) || URL_OR_DOI.test(text))) continue;
        // A note is a list item, starts with its number, or reads like a reference; prose under a
        // heading "Notes" (a title, an essay) is no note.
        if (section.notes && block.kind !== 'list-item' && !ENTRY_LABEL.test(text) && !/^[\p{No}^]/u.test(text) && !NAME_FIRST.test(text)) continue;
        previous = { pieces: [piece], ...(section.section ? { section: section.section } : {}), ...(section.notes ? { notes: true as const } : {}) };
        layout.entries.push(previous);
      } else if (shape === 'tail' && !section.notes) {
        layout.fragments.push(piece);
      }
    }
  });
  close();
  return layout;
}

/** The block's first line when it is a heading of the lexicon and more lines follow it. */
function leadingHeadingLine(block: Block, text: string, keys: string[]): { end: number; key: string } | undefined {
  const start = foldWord(block.text.slice(0, 80)).replace(/^[#\s*_]+/, '');
  if (!keys.some((k) => start.startsWith(k))) return undefined;
  const lines = linesOf(block, text);
  if (lines.length < 2) return undefined;
  const key = headingKey(block.text.slice(lines[0]!.start, lines[0]!.end));
  return keys.includes(key) ? { end: lines[0]!.end, key } : undefined;
}

const pieceText = (blocks: Block[], piece: EntryPiece) => blocks[piece.block]!.text.slice(piece.start, piece.end);

/** The entry before can take this piece: it stops open, or lacks the address the piece brings. */
function canTake(entry: BibliographyEntryLayout, text: string, blocks: Block[], words: ShapeWords, continuesItem: boolean): boolean {
  if (continuesItem) return true;
  const sofar = entry.pieces.map((p) => pieceText(blocks, p)).join(' ');
  if (isOpenEnded(sofar, words)) return true;
  return !URL_OR_DOI.test(sofar) && URL_OR_DOI.test(text);
}

/**
 * The entry so far stops mid-sentence and this piece goes on with it: after ":", "," or "-"
 * ("Jakarta:" before a page break), or after a line with no closing punctuation when the piece
 * brings no date of its own (a title wrapped onto the next line of a one-line-per-paragraph text).
 */
function runsOn(entry: BibliographyEntryLayout | null, text: string, blocks: Block[], words: ShapeWords): boolean {
  if (!entry) return false;
  const sofar = pieceText(blocks, entry.pieces[entry.pieces.length - 1]!).trimEnd();
  if (/[:,;–-]$/.test(sofar)) return true;
  return !/[.?!>)\]"”'’*_]$/.test(sofar) && !(words.danglingRetrieval?.test(sofar) ?? false) && !hasDateEvidence(text, words);
}

/** A second paragraph inside a Markdown list item: its line does not start with a list marker. */
function isListContinuation(block: Block, text: string): boolean {
  if (block.kind !== 'list-item' || block.ordinal !== undefined) return false;
  const lineStart = text.lastIndexOf('\n', block.span.start - 1) + 1;
  return !/^[\s>]*(?:[-*+]|\d{1,9}[.)])\s+$/.test(text.slice(lineStart, block.span.start));
}

interface Line {
  start: number;
  end: number;
  indent: number;
}

/** The block's lines (ranges of its visible text) with the source indentation of each. */
function linesOf(block: Block, text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 1; i <= block.text.length; i++) {
    const atEnd = i === block.text.length;
    const newline = !atEnd && (block.text[i - 1] === '\n' || text.slice(block.offsets[i - 1]! + 1, block.offsets[i]! + 1).includes('\n'));
    if (atEnd || newline) {
      lines.push({ start, end: i, indent: 0 });
      start = i;
    }
  }
  for (const line of lines) {
    let first = line.start;
    while (first < line.end && /\s/.test(block.text[first]!)) first++;
    const offset = block.offsets[Math.min(first, block.text.length - 1)] ?? 0;
    line.indent = offset - (text.lastIndexOf('\n', offset - 1) + 1);
    line.start = first;
  }
  return lines.filter((l) => l.end > l.start);
}

const endsWithUrl = (line: string) => /(?:https?:\/\/|www\.)\S+$/.test(line.trim());
const endsClosed = (line: string) => /[.>)\]"”'’*_]$/.test(line.trim()) || endsWithUrl(line);
/** A short capitalised line without punctuation or year: a (sub-)heading such as "Jurnal". */
const isHeadingLine = (line: string) => {
  const t = line.trim();
  return t.length <= 40 && /^\p{Lu}/u.test(t) && !/[.,;:!?)\]"”]$/.test(t) && !/\d{4}/.test(t) && t.split(/\s+/).length <= 5;
};
const isAddressLine = (line: string) => /^\(?(?:1[5-9]\d\d|20\d\d)?\)?[.,]?\s*<?(?:https?:\/\/|www\.)\S+$/.test(line.trim());

/**
 * Splits a block where a new entry starts: with hanging indentation (plain text), at the lines
 * that are not indented; otherwise at a line that opens an entry after a line that closed one,
 * or at a bare address after a line that already ended with one.
 */
export function splitIntoPieces(block: Block, index: number, text: string, plainText: boolean): EntryPiece[] {
  const lines = linesOf(block, text);
  if (lines.length === 0) return [];
  const firstIndent = lines[0]!.indent;
  // Only plain text lays entries out by indentation; markup indents for its own reasons.
  const hanging = plainText && lines.some((l) => l.indent > firstIndent);
  const pieces: EntryPiece[] = [];
  let current: EntryPiece = { block: index, start: lines[0]!.start, end: lines[0]!.end };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const lineText = block.text.slice(line.start, line.end);
    const before = block.text.slice(lines[i - 1]!.start, lines[i - 1]!.end);
    const opens = hanging
      ? line.indent <= firstIndent
      : (startsLikeEntry(lineText) && (endsClosed(before) || isHeadingLine(before))) ||
        (isHeadingLine(lineText) && endsClosed(before)) ||
        (isAddressLine(lineText) && endsWithUrl(before.replace(/[>.,;]+$/, '')));
    if (opens) {
      pieces.push(current);
      current = { block: index, start: line.start, end: line.end };
    } else {
      current.end = line.end;
    }
  }
  pieces.push(current);
  return pieces.map((p) => trimPiece(block, p)).filter((p) => p.end > p.start);
}

function trimPiece(block: Block, piece: EntryPiece): EntryPiece {
  let { start, end } = piece;
  while (start < end && /\s/.test(block.text[start]!)) start++;
  while (end > start && /\s/.test(block.text[end - 1]!)) end--;
  return { ...piece, start, end };
}

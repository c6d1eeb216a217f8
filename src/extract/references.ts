/**
 * Reference entries with their positions: each block of a bibliography section, and each
 * footnote whose text is a reference (a note that is only "Ibid." refers back, it is no entry).
 */
import type { Block, CslItem, DocModel, FootnoteDefinition, ReferenceEntry, SourceFile } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { findBibliography } from './bibliography.js';

export type ReferenceParser = (raw: string) => CslItem;

/** "[12]", "12." or "- " in front of an entry: the label is kept, the marker is not the entry. */
const ENTRY_LABEL = /^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+/;

export function isIbidNote(text: string, lexicon: Lexicon): boolean {
  const start = foldWord(text.trim().replace(/^[*_\s]+/, '')).slice(0, 12);
  return [...lexicon.ibid, ...lexicon.opCit].some((word) => start.startsWith(foldWord(word).replace(/\.$/, '')));
}

function entryFromBlock(block: Block, source: SourceFile, id: string, parse: ReferenceParser, section?: string): ReferenceEntry {
  const raw = block.text.trim();
  const label = ENTRY_LABEL.exec(raw);
  const text = label ? raw.slice(label[0].length) : raw;
  const entry: ReferenceEntry = {
    id,
    origin: 'bibliography',
    raw: text,
    span: block.span,
    source,
    csl: { ...parse(text), id },
  };
  if (label) entry.label = label[1] ?? label[2];
  if (section) entry.section = section;
  return entry;
}

function entryFromNote(note: FootnoteDefinition, source: SourceFile, id: string, parse: ReferenceParser): ReferenceEntry {
  return { id, origin: 'footnote', raw: note.text, span: note.span, source, label: note.label, csl: { ...parse(note.text), id } };
}

export function extractReferences(
  doc: Pick<DocModel, 'blocks' | 'source' | 'footnoteDefinitions' | 'lexicon'>,
  parse: ReferenceParser,
): { headings: DocModel['bibliographyHeadings']; references: ReferenceEntry[] } {
  const layout = findBibliography(doc.blocks, doc.lexicon);
  let counter = 0;
  const references = layout.entries.map(({ index, section }) =>
    entryFromBlock(doc.blocks[index]!, doc.source, `ref-${++counter}`, parse, section),
  );
  for (const note of doc.footnoteDefinitions) {
    if (note.text.length < 8 || isIbidNote(note.text, doc.lexicon)) continue;
    references.push(entryFromNote(note, doc.source, `note-${note.label}`, parse));
  }
  return { headings: layout.headings, references };
}

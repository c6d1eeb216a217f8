/**
 * Footnotes written as text conventions, on top of what the markup declared:
 * - superscript digits (PDF text): "…kepentingan.¹" marks, a paragraph "¹ Author…" defines;
 * - bracket numbers: "[3]" marks, a line "[3] Author…" or "[Footnote 3: …]" defines
 *   (only when the document has such definitions; otherwise "[3]" is a numeric citation);
 *   "[3] Author…" lines under a bibliography heading ("References") are numbered reference
 *   entries, not notes (a heading of notes, "Notes", keeps them notes);
 * - GFM labels that the Markdown parser left as text because nothing defines them: "[^typo]".
 */
import type { Block, DocModel, FootnoteDefinition, FootnoteMarker } from '../model/types.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { findBibliography } from './bibliography.js';

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const superscriptToNumber = (s: string) => String(Number([...s].map((c) => SUPERSCRIPT_DIGITS[c]).join('')));

const SUPERSCRIPT_DEFINITION = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?=\S)/u;
const SUPERSCRIPT_MARKER = /(?<=[\p{L}\p{P}\d])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu;
/** "262.197 km²", "5 m³": a square or cube after a unit of length is an exponent, not a note. */
const isExponent = (text: string, at: number, digits: string) => (digits === '²' || digits === '³') && /(?:^|[^\p{L}])(?:[kcdm]?m|mi|ft|in|yd)$/u.test(text.slice(Math.max(0, at - 4), at));
const BRACKET_DEFINITION = /^\[(?:Footnote\s+)?(\d{1,4})(?:\]|:)\s*/;
const BRACKET_MARKER = /\[(\d{1,4})\](?!\s*[:(])/g;
const UNPARSED_GFM_MARKER = /\[\^([^\]\s]+)\](?!:)/g;

export interface FootnoteExtraction {
  markers: FootnoteMarker[];
  definitions: FootnoteDefinition[];
}

function definitionFromBlock(block: Block, index: number, labelText: string, labelLength: number, style: FootnoteDefinition['style']): FootnoteDefinition {
  return {
    label: labelText,
    labelSpan: toSourceSpan(block, 0, labelLength),
    span: block.span,
    text: block.text.slice(labelLength).replace(/\]\s*$/, '').trim(),
    style,
    block: index,
  };
}

type FootnoteInput = Pick<DocModel, 'blocks' | 'footnoteMarkers' | 'footnoteDefinitions' | 'lexicon' | 'format' | 'source'>;

/** Blocks that hold entries of a reference list under a bibliography heading (not a notes heading). */
function referenceListBlocks(doc: FootnoteInput): Set<number> {
  const layout = findBibliography({
    blocks: doc.blocks,
    lexicon: doc.lexicon,
    format: doc.format,
    text: doc.source.text,
    isMarkupNote: (index) => doc.blocks[index]!.footnote !== undefined,
  });
  return new Set(layout.entries.filter((e) => !e.notes).flatMap((e) => e.pieces.map((p) => p.block)));
}

export function extractFootnotes(doc: FootnoteInput): FootnoteExtraction {
  const markers = [...doc.footnoteMarkers];
  const definitions = [...doc.footnoteDefinitions];
  const prose = doc.blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind !== 'code' && block.kind !== 'front-matter');

  // Definitions first: they decide whether bracket numbers are notes or citations.
  const definitionBlocks = new Set<number>();
  const referenceList = prose.some(({ block }) => BRACKET_DEFINITION.test(block.text)) ? referenceListBlocks(doc) : new Set<number>();
  for (const { block, index } of prose) {
    const sup = SUPERSCRIPT_DEFINITION.exec(block.text);
    if (sup) {
      definitions.push(definitionFromBlock(block, index, superscriptToNumber(sup[1]!), sup[1]!.length, 'superscript'));
      definitionBlocks.add(index);
      block.footnote ??= superscriptToNumber(sup[1]!);
      continue;
    }
    const bracket = BRACKET_DEFINITION.exec(block.text);
    if (bracket && block.kind !== 'heading' && !referenceList.has(index)) {
      definitions.push(definitionFromBlock(block, index, String(Number(bracket[1])), bracket[0].length, 'bracket'));
      definitionBlocks.add(index);
      block.footnote ??= String(Number(bracket[1]));
    }
  }
  const bracketNotes = definitions.filter((d) => d.style === 'bracket').length >= 2;

  for (const { block, index } of prose) {
    const labelEnd = definitionBlocks.has(index) ? (SUPERSCRIPT_DEFINITION.exec(block.text) ?? BRACKET_DEFINITION.exec(block.text))![0].length : 0;
    for (const match of block.text.matchAll(SUPERSCRIPT_MARKER)) {
      if (match.index! < labelEnd || isExponent(block.text, match.index!, match[1]!)) continue;
      markers.push({ label: superscriptToNumber(match[1]!), span: toSourceSpan(block, match.index!, match.index! + match[0].length), style: 'superscript' });
    }
    if (bracketNotes && !definitionBlocks.has(index)) {
      for (const match of block.text.matchAll(BRACKET_MARKER)) {
        markers.push({ label: String(Number(match[1])), span: toSourceSpan(block, match.index!, match.index! + match[0].length), style: 'bracket' });
      }
    }
    for (const match of block.text.matchAll(UNPARSED_GFM_MARKER)) {
      markers.push({ label: match[1]!, span: toSourceSpan(block, match.index!, match.index! + match[0].length), style: 'gfm' });
    }
  }
  markers.sort((a, b) => a.span.start - b.span.start);
  definitions.sort((a, b) => a.span.start - b.span.start);
  return { markers, definitions };
}

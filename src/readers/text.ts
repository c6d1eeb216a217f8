/**
 * Plain text, typically extracted from PDFs: paragraphs separated by blank lines (or one per
 * line when lines are long), end-of-line hyphenation undone, page numbers dropped, headings
 * recognised by shape. Markers such as ¹ or [3] are found later by the footnote extractor.
 */
import type { Block, SourceFile } from '../model/types.js';
import { BlockBuilder } from './block-builder.js';
import { emptyResult, type ReadResult, type Reader } from './types.js';

interface Line {
  start: number;
  end: number; // excluding "\r\n"
  text: string;
}

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:(?:page|halaman|hal\.?|p\.)\s*)?\d{1,4}(?:\s*[-–—])?\s*$/i;
/**
 * A running head of PDF text: a short title in capitals and a page number, far apart
 * ("VACCINE HESITANCY            2", "12     JURNAL HUBUNGAN INTERNASIONAL").
 */
const RUNNING_HEAD = /^\s*(?:\d{1,4}\s{3,}[\p{Lu}\d][\p{Lu}\d\s.,:;'’&()-]{2,80}|[\p{Lu}\d][\p{Lu}\d\s.,:;'’&()-]{2,80}?\s{3,}\d{1,4})\s*$/u;
/** The same in mixed case ("Skripsi – Universitas Padjadjaran            33"): only with a wide gap. */
const RUNNING_FOOT = /^\s*(?:\d{1,4}\s{8,}\p{Lu}[^.!?]{2,60}|\p{Lu}[^.!?]{2,60}?\s{8,}\d{1,4})\s*$/u;
/** A short line in capitals ("DAFTAR PUSTAKA", "BAB II", "REFERENCES"): a heading even without blank lines around it. */
const CAPS_HEADING = /^\s*(?=[^\p{Ll}]*\p{Lu}{3})[\p{Lu}\d][\p{Lu}\d .:&'’-]{2,60}$/u;
/** A line that starts an item of its own even without a blank line before it. */
const ITEM_START = /^\s*(?:\[\d{1,4}\]|\[Footnote|\d{1,3}[.)]\s|[-•*]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?\S|#{1,6}\s)/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let newline = text.indexOf('\n', start);
    if (newline === -1) newline = text.length;
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    start = newline + 1;
  }
  return lines;
}

function looksLikeHeading(line: string): boolean {
  // A trailing note mark ("…internasional.¹", "…tahun 2000.[3]") does not hide the sentence end.
  const trimmed = line.trim().replace(/(?:[\p{No}]+|\[\d{1,4}\])+$/u, '');
  if (/^#{1,6}\s/.test(trimmed)) return true;
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  if (/[.,;:!?)\]"”]$/.test(trimmed) && !/^[\p{Lu}\d\s.:]+$/u.test(trimmed)) return false;
  if (!/^[\p{Lu}\d]/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  return words.length <= 14;
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  read(source: SourceFile): ReadResult {
    const result = emptyResult('text');
    const lines = splitLines(source.text);
    const nonEmpty = lines.filter((l) => l.text.trim().length > 0).map((l) => l.text.length).sort((a, b) => a - b);
    const median = nonEmpty.length ? nonEmpty[nonEmpty.length >> 1]! : 0;
    // Long lines mean the text was not hard-wrapped: every line is a paragraph of its own.
    const linePerParagraph = median > 150;

    let group: Line[] = [];
    const flush = () => {
      if (group.length > 0) result.blocks.push(buildBlock(group, source.text));
      group = [];
    };
    for (const line of lines) {
      if (line.text.trim().length === 0) {
        flush();
        continue;
      }
      // A page number or running head between two halves of a paragraph (or before a heading).
      if (PAGE_NUMBER.test(line.text) || RUNNING_HEAD.test(line.text) || RUNNING_FOOT.test(line.text)) continue;
      if (!linePerParagraph && CAPS_HEADING.test(line.text) && line.text.trim().split(/\s+/).length <= 6) {
        flush();
        group.push(line);
        flush();
        continue;
      }
      if (linePerParagraph || ITEM_START.test(line.text) || (group.length > 0 && looksLikeHeading(group[0]!.text) && group.length === 1 && line.text.length > 90)) {
        flush();
      }
      group.push(line);
    }
    flush();
    return result;
  },
};

function buildBlock(lines: Line[], text: string): Block {
  const builder = new BlockBuilder();
  lines.forEach((line, index) => {
    let content = line.text;
    let start = line.start;
    if (index === 0) {
      const indent = content.length - content.trimStart().length;
      content = content.slice(indent);
      start += indent;
    }
    const next = lines[index + 1];
    // "Kim Jong-⏎un", "Moon Jae-⏎in": a capitalised part and a short syllable keep their hyphen.
    const nameSyllable = /(?:^|[^\p{L}])\p{Lu}\p{Ll}*-$/u.test(content) && /^\s*\p{Ll}{1,3}(?![\p{L}-])/u.test(next?.text ?? '');
    const hyphenated = next && /\p{Ll}-$/u.test(content) && /^\s*\p{Ll}/u.test(next.text) && !nameSyllable;
    if (hyphenated) content = content.slice(0, -1); // "kebi-" + "jakan" → "kebijakan"
    if (index > 0 && !builder.endsWithSpace() && !lines[index - 1]!.text.endsWith('-')) {
      builder.pushSynthetic(' ', line.start);
    }
    const leading = index > 0 ? content.length - content.trimStart().length : 0;
    builder.pushVerbatim(content.slice(leading).trimEnd(), start + leading);
  });
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const span = { start: first.start + (first.text.length - first.text.trimStart().length), end: last.end };
  const block = builder.build('paragraph', span);
  if (lines.length === 1 && looksLikeHeading(first.text)) {
    const hashes = /^\s*(#{1,6})\s/.exec(first.text);
    return { ...block, kind: 'heading', depth: hashes ? hashes[1]!.length : 2 };
  }
  const ordinal = /^(\d{1,3})[.)]\s/.exec(block.text);
  if (ordinal) return { ...block, kind: 'list-item', ordinal: Number(ordinal[1]) };
  if (/^[-•*]\s/.test(block.text)) return { ...block, kind: 'list-item' };
  return block;
}

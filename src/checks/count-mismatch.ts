/**
 * consistency/count-mismatch: a sentence announces a number of items ("8 prioritas nasional,
 * seperti:", "three reasons:", "Ada empat faktor. Pertama, …") and the list that follows has a
 * different count. Conservative: the list must follow the announcement at once — a numbered or
 * bulleted list right after a sentence that ends open (":", ";", "yaitu", "as follows"), items
 * marked "(1) … (2) …" in the sentence itself, or an enumeration whose first sentence opens
 * with "Pertama,"/"First,". Nested or interrupted lists,
 * amounts ("5 tahun", "10 percent") and lists that restart are left alone.
 */
import type { CheckContext, DocumentCheck, RawFinding } from './types.js';
import type { Block, DocModel, Span } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { splitSentences, type SentenceSpan as Bounds } from '../extract/sentences.js';
import { alternation, WORD_END, WORD_START } from '../util/regex.js';
import { foldName } from '../util/names.js';

export const countMismatch: DocumentCheck = {
  id: 'consistency/count-mismatch',
  severity: 'warning',
  scope: 'document',
  description: 'An announced number of items ("8 prioritas nasional", "three reasons") that the list after it does not have.',
  run(doc, ctx) {
    const words = countWords(doc, ctx);
    const findings: RawFinding[] = [];
    doc.blocks.forEach((block, index) => {
      if (block.kind !== 'paragraph' && block.kind !== 'blockquote') return;
      const all = splitSentences(block.text, doc.lexicon);
      const last = all[all.length - 1];
      const next = doc.blocks[index + 1];
      const lettered = next ? letteredItems(doc, index + 1) : null;
      if (last && (next?.kind === 'list-item' || lettered)) {
        const announced = announcement(block.text, last, words, true);
        const items = announced ? (lettered ?? countListItems(doc, index + 1)) : null;
        if (announced && items && items.count !== announced.count) {
          findings.push(report(doc, block, announced, items.count, items.last));
        }
        return;
      }
      // "… empat indikator, yaitu (1) …, (2) …, dan (3) …": the items are marked inside the sentence.
      for (const sentence of all) {
        const inline = inlineItems(block.text, sentence) ?? commaItems(block.text, sentence, words);
        if (!inline) continue;
        const announced = announcement(block.text, { start: sentence.start, end: inline.first }, words, true);
        // The number must name the list itself: only the introducer between them.
        const adjacent = announced && (inline.marked || /^[\s,:]*\p{L}*[\s\p{L}.:,'’-]{0,25}$/u.test(block.text.slice(announced.end, inline.first)));
        if (announced && adjacent && inline.count !== announced.count) findings.push(report(doc, block, announced, inline.count, toSourceSpan(block, inline.lastStart, inline.lastEnd)));
      }
      // "Ada tiga alasan. Pertama, … Kedua, …": the enumeration starts with the next sentence.
      all.forEach((sentence, i) => {
        // Cheap test first: the next sentence must open with "Pertama"/"First".
        const next = all[i + 1] ? { text: block.text, bounds: all[i + 1]! } : firstSentence(doc.blocks[index + 1], doc.lexicon);
        if (!next || ordinalAt(next.text.slice(next.bounds.start, next.bounds.end), words) !== 1) return;
        const announced = announcement(block.text, sentence, words, false);
        if (!announced) return;
        const counted = countOrdinals(doc, index, all.slice(i + 1), words);
        if (counted && counted.count >= 2 && counted.count !== announced.count) {
          findings.push(report(doc, block, announced, counted.count, counted.last));
        }
      });
    });
    return findings;
  },
};

interface CountWords {
  numbers: Map<string, number>;
  ordinals: Map<string, number>;
  lastItem: Set<string>;
  units: Set<string>;
  introducers: RegExp | null;
  /** Where a list written in the sentence begins: ", yaitu", ", namely", or a colon. */
  listOpener: RegExp;
  /** "dan", "and", "serta" before the last item of a list written in a sentence. */
  and: RegExp | null;
  /** What may follow the counted noun to end the sentence: ", yaitu :", " as follows:", ";". */
  closing: RegExp;
}

function countWords(doc: DocModel, ctx: CheckContext): CountWords {
  const lexicons: Lexicon[] = [...new Set([ctx.lexicon(doc.language), ctx.lexicon('en')])];
  const entries = (pick: (l: Lexicon) => Record<string, number>) => new Map(lexicons.flatMap((l) => Object.entries(pick(l))).map(([w, n]) => [foldName(w), n] as const));
  const introducers = lexicons.flatMap((l) => l.listIntroducers);
  const andWords = lexicons.flatMap((l) => l.and).filter((w) => /\p{L}/u.test(w));
  const inline = lexicons.flatMap((l) => l.inlineListIntroducers);
  return {
    numbers: entries((l) => l.numberWords),
    ordinals: entries((l) => l.ordinalWords),
    lastItem: new Set(lexicons.flatMap((l) => l.lastItemWords).map(foldName)),
    units: new Set(lexicons.flatMap((l) => [...l.unitWords, ...l.months.flat(), ...l.intervalUnits.year, ...l.intervalUnits.decade]).map(foldName)),
    introducers: introducers.length > 0 ? new RegExp(`${WORD_START}(?:${alternation(introducers)})${WORD_END}`, 'iu') : null,
    listOpener: new RegExp(`,?\\s*(?:${inline.length > 0 ? `${WORD_START}(?:${alternation(inline)})${WORD_END}\\s*:?|` : ''}:)\\s+`, 'iu'),
    and: andWords.length > 0 ? new RegExp(`(?:^|\\s)(?:${alternation(andWords)})\\s+`, 'iu') : null,
    closing: new RegExp(`^\\s*,?\\s*(${introducers.length > 0 ? `${WORD_START}(?:${alternation(introducers)})${WORD_END}` : '(?!)'})?\\s*([:;.,]?)\\s*$`, 'iu'),
  };
}

interface Announcement {
  count: number;
  /** Offsets in the block text of "8 prioritas nasional". */
  start: number;
  end: number;
}

/**
 * The number and the few words after it, when they end the sentence: "… 8 prioritas nasional,
 * seperti ;" or "… three reasons:". `open`: the sentence must end with ":" / ";" / an introducer
 * (a list follows); otherwise an enumeration must follow, and the noun phrase may be longer.
 */
function announcement(text: string, sentence: Bounds, words: CountWords, open: boolean): Announcement | null {
  const body = text.slice(sentence.start, sentence.end);
  const closing = words.closing;
  const maxNouns = open ? 6 : 8;
  let found: Announcement | null = null;
  for (const match of body.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,2}|\p{L}+)(?=( \p{L}+)?[\s,:;])/gu)) {
    // A number in digits or words, one word or two ("dua belas").
    const two = match[2] ? words.numbers.get(foldName(match[1]! + match[2])) : undefined;
    const written = two !== undefined ? match[1]! + match[2]! : match[1]!;
    const count = two ?? (/^\d+$/.test(written) ? Number(written) : words.numbers.get(foldName(written)));
    if (count === undefined || count < 2 || count > 30) continue;
    const after = match.index! + written.length;
    // The number may close the phrase itself: "Faktornya ada empat, yaitu:".
    const bare = closing.exec(body.slice(after));
    if (open && bare && (bare[1] !== undefined || /[:;]/.test(bare[2] ?? ''))) {
      found = { count, start: sentence.start + match.index!, end: sentence.start + after };
      continue;
    }
    const nouns = [...body.slice(after).matchAll(/\S+/gu)].slice(0, maxNouns);
    if (nouns.length === 0 || words.units.has(foldName(nouns[0]![0].replace(/[^\p{L}]/gu, '')))) continue;
    for (let k = 1; k <= nouns.length; k++) {
      const noun = nouns[k - 1]!;
      if (!/^[\p{L}][\p{L}'’-]*[,:;.]?$/u.test(noun[0]) || words.numbers.has(foldName(noun[0].replace(/[,:;.]$/, '')))) break;
      const nounEnd = after + noun.index! + noun[0].replace(/[,:;.]$/, '').length;
      const closes = closing.exec(body.slice(nounEnd));
      if (!closes) continue;
      const endsOpen = closes[1] !== undefined || /[:;]/.test(closes[2] ?? '');
      if (open && !endsOpen) break;
      found = { count, start: sentence.start + match.index!, end: sentence.start + nounEnd };
      break;
    }
  }
  return found;
}

/** Items of the list that starts at block `first`: top-level items only, numbered 1… if numbered. */
function countListItems(doc: DocModel, first: number): { count: number; last: Block } | null {
  const items: { block: Block; indent: number; marker: 'number' | 'bullet' | 'none' }[] = [];
  for (let j = first; j < doc.blocks.length && doc.blocks[j]!.kind === 'list-item'; j++) {
    const block = doc.blocks[j]!;
    if (doc.format === 'html' && j > first && /<(?:ul|ol)\b/i.test(doc.source.text.slice(doc.blocks[first]!.span.start, block.span.start))) return null; // nested
    items.push({ block, ...itemMarker(doc, block) });
  }
  if (doc.format === 'html') return items.length > 0 ? { count: items.length, last: items[items.length - 1]!.block } : null;
  const marked = items.filter((i) => i.marker !== 'none');
  if (marked.length === 0) return null;
  const top = Math.min(...marked.map((i) => i.indent));
  const topItems = marked.filter((i) => i.indent === top);
  if (new Set(topItems.map((i) => i.marker)).size > 1) return null; // two lists back to back
  const ordinals = topItems.map((i) => i.block.ordinal ?? Number(/^(\d{1,3})[.)]\s/.exec(i.block.text)?.[1] ?? NaN));
  if (topItems[0]!.marker === 'number' && ordinals.some((n, k) => !Number.isNaN(n) && n !== k + 1)) return null;
  return { count: topItems.length, last: topItems[topItems.length - 1]!.block };
}

/** Paragraphs "a. …", "b. …" (or "a) …") in alphabetical order, as plain text gives letter lists. */
function letteredItems(doc: DocModel, first: number): { count: number; last: Block } | null {
  let count = 0;
  for (let j = first; j < doc.blocks.length; j++) {
    const block = doc.blocks[j]!;
    const letter = block.kind === 'paragraph' ? /^([a-z])[.)]\s/.exec(block.text)?.[1] : undefined;
    if (letter !== String.fromCharCode(97 + count)) break;
    count++;
  }
  return count >= 2 ? { count, last: doc.blocks[first + count - 1]! } : null;
}

/** The marker on the item's first line ("1.", "-", "*") and how far it is indented. */
function itemMarker(doc: DocModel, block: Block): { indent: number; marker: 'number' | 'bullet' | 'none' } {
  const text = doc.source.text;
  const lineStart = text.lastIndexOf('\n', block.span.start - 1) + 1;
  const head = text.slice(lineStart, block.span.start) + block.text.slice(0, 8);
  const match = /^([ \t]*)(?:>[ \t]*)*(?:(\d{1,3}[.)])|([-*+•]))[ \t]/u.exec(head);
  if (!match) return { indent: 0, marker: 'none' };
  return { indent: match[1]!.replace(/\t/g, '    ').length, marker: match[2] ? 'number' : 'bullet' };
}

/** "Pertama, … Kedua, … Terakhir, …" right after the announcement: how many items it counts. */
function countOrdinals(doc: DocModel, index: number, rest: Bounds[], words: CountWords): { count: number; last: Block } | null {
  const openers: { block: Block; bounds: Bounds }[] = rest.map((bounds) => ({ block: doc.blocks[index]!, bounds }));
  for (let j = index + 1; j < doc.blocks.length && j <= index + 8; j++) {
    const block = doc.blocks[j]!;
    if (block.kind === 'heading' || block.kind === 'code') break;
    for (const bounds of splitSentences(block.text, doc.lexicon)) openers.push({ block, bounds });
  }
  let count = 0;
  let last: Block | null = null;
  for (const [k, { block, bounds }] of openers.entries()) {
    const value = ordinalAt(block.text.slice(bounds.start, bounds.end), words);
    if (k === 0 && value !== 1) return null; // the enumeration must start at once
    if (value === count + 1 || (value === 'last' && count > 0)) {
      count += 1;
      last = block;
      if (value === 'last') break;
    } else if (value === 1 && count > 0) break; // a new enumeration
  }
  return last ? { count, last } : null;
}

function firstSentence(block: Block | undefined, lexicon: Lexicon): { text: string; bounds: Bounds } | null {
  if (!block || block.kind === 'heading' || block.kind === 'code') return null;
  const first = splitSentences(block.text, lexicon)[0];
  return first ? { text: block.text, bounds: first } : null;
}

/** "Pertama," / "First:" / "Kedua adalah" → 1 / 2; "Terakhir," → 'last'; "Kedua negara" → undefined. */
function ordinalAt(sentence: string, words: CountWords): number | 'last' | undefined {
  const match = /^[\s"“(]*([\p{L}]+(?: [\p{L}]+)?)([,:]|\s+(?:adalah|ialah|yaitu|is|was|es|est)\b)/u.exec(sentence);
  if (!match) return undefined;
  const word = foldName(match[1]!);
  const first = word.split(' ')[0]!;
  if (words.lastItem.has(word) || words.lastItem.has(first)) return 'last';
  return words.ordinals.get(word) ?? words.ordinals.get(first);
}

/** Items listed inside one sentence; `marked`: numbered "(1) … (2)", else separated by commas. */
interface InlineList {
  count: number;
  first: number;
  lastStart: number;
  lastEnd: number;
  marked: boolean;
}

/**
 * Items marked "(1) … (2) … (3)" or "(a) … (b)" inside one sentence, numbered from the first
 * without a gap: how many, where the first starts and where the last marker is.
 */
function inlineItems(text: string, sentence: Bounds): InlineList | null {
  const body = text.slice(sentence.start, sentence.end);
  const markers = [...body.matchAll(/(?<![\p{L}\p{N}])\((\d{1,2}|[a-z])\)(?=\s)/gu)];
  const value = (m: RegExpMatchArray) => (/\d/.test(m[1]!) ? Number(m[1]) : m[1]!.charCodeAt(0) - 96);
  const start = markers.findIndex((m) => value(m) === 1);
  if (start === -1) return null;
  let count = 0;
  let last = markers[start]!;
  for (const m of markers.slice(start)) {
    if (value(m) !== count + 1 || /\d/.test(m[1]!) !== /\d/.test(markers[start]![1]!)) break;
    count += 1;
    last = m;
  }
  if (count < 2) return null;
  return { count, first: sentence.start + markers[start]!.index!, lastStart: sentence.start + last.index!, lastEnd: sentence.start + last.index! + last[0].length, marked: true };
}

/**
 * "… tiga negara, yaitu Indonesia, Malaysia, dan Thailand.": short items after an introducer,
 * separated by commas, the last joined by "dan"/"and". Strict on purpose (every item at most
 * five words, no brackets, quotes or numbers), since an item may hold a comma of its own.
 */
function commaItems(text: string, sentence: Bounds, words: CountWords): InlineList | null {
  if (!words.and) return null;
  const body = text.slice(sentence.start, sentence.end);
  // "…, yaitu A, B dan C" or "… three regions: A, B and C"; never "such as" (examples only).
  const intro = words.listOpener.exec(body);
  if (!intro) return null;
  const listStart = intro.index + intro[0].length;
  const list = body.slice(listStart).replace(/[.;!?]+$/u, '');
  if (/[()[\]"“”'‘’\d]/u.test(list)) return null;
  const pieces = list.split(/\s*,\s*/u);
  const last = pieces.pop()!;
  const joined = words.and.exec(last);
  if (!joined || pieces.length < 1) return null;
  const items = [...pieces, last.slice(0, joined.index), last.slice(joined.index + joined[0].length)].map((p) => p.trim()).filter(Boolean);
  if (items.length < 2 || items.some((item) => item.split(/\s+/).length > 5)) return null;
  const lastAt = sentence.start + listStart + list.lastIndexOf(items.at(-1)!);
  return { count: items.length, first: sentence.start + listStart, lastStart: lastAt, lastEnd: lastAt + items.at(-1)!.length, marked: false };
}

/** `lastItem`: the block of the last item (its first line is shown), or the last item's own span. */
function report(doc: DocModel, block: Block, announced: Announcement, found: number, lastItem: Block | Span): RawFinding {
  const span = toSourceSpan(block, announced.start, announced.end);
  const excerpt = doc.source.text.slice(span.start, span.end);
  const related = { source: doc.source, span: 'text' in lastItem ? toSourceSpan(lastItem, 0, Math.max(1, lastItem.text.split('\n')[0]!.trimEnd().length)) : lastItem };
  return {
    span,
    message: `${quote(excerpt)} announces ${announced.count} items, but ${found} follow.`,
    related: [related],
  };
}

const quote = (text: string) => `“${text}”`;

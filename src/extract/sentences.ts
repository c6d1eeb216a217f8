/**
 * Sentence boundaries in a block's visible text, reusable by any extractor or check.
 *
 * Intl.Segmenter (ICU, built into Node) does the splitting: it already keeps decimals ("3.5"),
 * "U.S." and closing quotes right. It does not know abbreviations, so a boundary is undone when
 * the text before it ends with one of the lexicon's abbreviations (rules/lang: abbreviations,
 * month abbreviations, et al., page and Ibid. forms), with an initial ("J."), inside open
 * brackets, or when the next sentence starts in lower case. A sentence that is only a
 * parenthesised citation ("(RCTI Plus.com 2022).") belongs to the sentence before it.
 */
import type { DocModel, Span } from '../model/types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { toSourceSpan } from '../readers/block-builder.js';

export interface SentenceSpan {
  /** Offsets into the text that was split; `end` excludes trailing white space. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

const abbreviationCache = new WeakMap<Lexicon, Set<string>>();

/** Folded abbreviations without their final period ("dr", "e.g", "et al", "jan"). */
function abbreviationsOf(lexicon: Lexicon): Set<string> {
  let set = abbreviationCache.get(lexicon);
  if (set) return set;
  // Short forms of months and weekdays ("Jan", "Sept.") are abbreviations; full names are not.
  const shortForms = [...lexicon.months, ...lexicon.weekdays].flatMap((forms) => forms.slice(1).filter((f) => f.length < forms[0]!.length));
  const withPeriod = [
    ...lexicon.abbreviations,
    ...lexicon.etAl,
    ...lexicon.ibid,
    ...lexicon.opCit,
    ...lexicon.pageAbbreviations,
    ...lexicon.honorifics, // "Dr.", "Prof."
  ].filter((word) => word.endsWith('.'));
  // "z. B.", "p. ex.": the first part ends with a period of its own.
  const parts = withPeriod.flatMap((word) => word.split(/(?<=\.)\s+/).slice(0, -1));
  set = new Set([...withPeriod, ...parts, ...shortForms].map((word) => foldWord(word.replace(/\.$/, ''))));
  abbreviationCache.set(lexicon, set);
  return set;
}

/** Does `before` (text up to a period that the segmenter took as an end) end with an abbreviation? */
function endsWithAbbreviation(before: string, abbreviations: Set<string>): boolean {
  const trimmed = before.replace(/\s+$/, '');
  if (!trimmed.endsWith('.')) return false;
  const body = trimmed.slice(0, -1);
  if (/(?:^|[\s(\[])\p{Lu}$/u.test(body)) return true; // an initial: "J. Smith"
  // The last one to three words before the period ("et al", "p. ex", "z. B").
  const words = body.split(/\s+/).slice(-3);
  for (let take = 1; take <= words.length; take++) {
    const candidate = foldWord(words.slice(-take).join(' ').replace(/^[(\["'“‘]+/, ''));
    if (abbreviations.has(candidate)) return true;
  }
  return false;
}

function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth;
}

/** A sentence that is only a bracketed reference, "(Smith 2020)." or "[12]". */
const CITATION_ONLY = /^[([][^()[\]]{1,120}[)\]][.,;]?$/u;

export function splitSentences(text: string, lexicon: Lexicon, language = lexicon.language): SentenceSpan[] {
  const abbreviations = abbreviationsOf(lexicon);
  const raw: SentenceSpan[] = [];
  for (const segment of segmenter(language).segment(text)) {
    const start = segment.index;
    const end = start + segment.segment.replace(/\s+$/, '').length;
    if (end <= start) continue;
    const previous = raw.at(-1);
    if (previous) {
      const before = text.slice(previous.start, previous.end);
      const next = text.slice(start, end);
      const join =
        endsWithAbbreviation(before, abbreviations) ||
        openBrackets(before) > 0 ||
        /^\p{Ll}/u.test(next) ||
        CITATION_ONLY.test(next);
      if (join) {
        previous.end = end;
        continue;
      }
    }
    raw.push({ start, end });
  }
  return raw;
}

export interface DocumentSentence {
  /** Index of the block in doc.blocks. */
  block: number;
  /** Offsets into the block's visible text. */
  start: number;
  end: number;
  /** The same sentence in the source file. */
  span: Span;
  text: string;
}

const documentCache = new WeakMap<object, DocumentSentence[]>();

/** Every sentence of the document's prose blocks (not code, not front matter), cached per model. */
export function documentSentences(doc: Pick<DocModel, 'blocks' | 'lexicon' | 'language'>): DocumentSentence[] {
  const cached = documentCache.get(doc);
  if (cached) return cached;
  const sentences: DocumentSentence[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'code' || block.kind === 'front-matter') return;
    for (const s of splitSentences(block.text, doc.lexicon, doc.language)) {
      sentences.push({ block: index, start: s.start, end: s.end, span: toSourceSpan(block, s.start, s.end), text: block.text.slice(s.start, s.end) });
    }
  });
  documentCache.set(doc, sentences);
  return sentences;
}

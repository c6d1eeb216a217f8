/**
 * Feature extraction for the token tagger. Every token gets a list of string
 * features describing itself, its neighbours, where it sits in the reference
 * and what came before it (quotes, years, sentence breaks). The tagger learns
 * one weight per (feature, label) pair.
 */
import { LEXICON, LEXICON_NAMES } from './lexicon.js';

const LEADING_PUNCT = /^[\p{P}\p{S}]+/u;
const TRAILING_PUNCT = /[\p{P}\p{S}]+$/u;
const YEAR = /^(1[5-9]\d\d|20\d\d)[a-z]?$/u;
const URL_LIKE = /^(https?:|www\.|ftp:)|\.(com|org|net|edu|gov|html?|pdf|php|aspx?)(\/|$)|^<?http/iu;
const DOI_LIKE = /(^doi|10\.\d{4,}\/)/iu;
const ISBN_LIKE = /^(isbn|issn)/iu;
const OPEN_QUOTES = /^[“"«‘'„‚]/u;
const CLOSE_QUOTES = /[”"»’'‟“][.,:;!?)\]]*$/u;
/** Tokens like "A.", "J.-P.", "Th." that end a name rather than a sentence. */
const INITIALS = /^(\p{Lu}[\p{Ll}]?\.)+(-\p{Lu}\.)?$/u;

/** The word without surrounding punctuation, lower-cased. */
export function coreWord(token: string): string {
  return token.replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '').toLowerCase();
}

/** "Smith," → "Xx,", "(2011)." → "(d).", "pp." → "x." */
export function shapeOf(token: string): string {
  return token
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1');
}

/** Shape without collapsing, truncated: distinguishes "A." from "Ab." and "12" from "1234". */
function longShape(token: string): string {
  const shape = token
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd');
  return shape.length > 8 ? shape.slice(0, 4) + '~' + shape.slice(-3) : shape;
}

function trailingPunct(token: string): string {
  return TRAILING_PUNCT.exec(token)?.[0] ?? '';
}

function leadingPunct(token: string): string {
  return LEADING_PUNCT.exec(token)?.[0] ?? '';
}

/** Ends a sentence-like segment: a period not belonging to an initial. */
export function endsSegment(token: string): boolean {
  return /[.!?]["”’»)\]]*$/u.test(token) && !INITIALS.test(token) && !isAbbreviation(token);
}

/** "Dir.", "eds.", "Vol.", "pp.", "trans.", "al.": a label word whose period marks the abbreviation, not a sentence end. */
function isAbbreviation(token: string): boolean {
  if (!/^[\p{L}.]+\.$/u.test(token)) return false;
  const word = coreWord(token);
  return ABBREVIATION_LISTS.some((list) => LEXICON[list]!.has(word)) || word === 'al';
}
const ABBREVIATION_LISTS = ['editorRole', 'translatorRole', 'pagesLabel', 'volumeLabel', 'editionLabel'];

/** Opening minus closing round and square brackets in a token: "(2011)." → 0, "(Eds.," → 1. */
export function bracketBalance(token: string): number {
  return (token.match(/[([]/gu)?.length ?? 0) - (token.match(/[)\]]/gu)?.length ?? 0);
}

/** Does the token open a quotation ("“Images", "«")? */
export function opensQuote(token: string): boolean {
  return OPEN_QUOTES.test(token);
}

/** Does the token close a quotation ("Migration.”", "»,")? */
export function closesQuote(token: string): boolean {
  return CLOSE_QUOTES.test(token) && !(OPEN_QUOTES.test(token) && token.length === 1);
}

/** The lexicon and shape kinds of a token ("year", "initials", "publisherWord", …). */
export function tokenKinds(token: string): string[] {
  return traitsOf(token).kinds;
}

function lexiconHits(core: string): string[] {
  const hits: string[] = [];
  for (const name of LEXICON_NAMES) if (LEXICON[name]!.has(core)) hits.push(name);
  return hits;
}

/** Coarse description of a token, shared by the token's own and its neighbours' features. */
interface TokenTraits {
  word: string;
  shape: string;
  end: string;
  kinds: string[];
}

function traitsOf(token: string): TokenTraits {
  const word = coreWord(token);
  const kinds = lexiconHits(word);
  if (YEAR.test(word)) kinds.push('year');
  if (/^\d+$/u.test(word)) kinds.push(word.length <= 2 ? 'num-small' : word.length <= 4 ? 'num-mid' : 'num-long');
  if (/^\d+\s*[-–—]\s*\d+$/u.test(word)) kinds.push('range');
  if (/^\d+\(\d+([-–/]\d+)?\)/u.test(word)) kinds.push('vol-issue');
  if (URL_LIKE.test(token)) kinds.push('url');
  if (DOI_LIKE.test(token)) kinds.push('doi');
  if (ISBN_LIKE.test(token)) kinds.push('isbn');
  if (INITIALS.test(token.replace(/[,;:]$/u, ''))) kinds.push('initials');
  if (/^\p{Lu}{1,3}[,.]?$/u.test(token)) kinds.push('caps-short');
  if (/^\p{Lu}\p{Ll}+/u.test(token)) kinds.push('capitalised');
  if (/^\p{Ll}/u.test(token)) kinds.push('lower');
  if (/^\p{Lu}{2,}$/u.test(word.toUpperCase()) && token === token.toUpperCase() && /\p{Lu}{2}/u.test(token)) kinds.push('all-caps');
  if (/^[-–—_]{2,}/u.test(token)) kinds.push('dash-repeat');
  const displayWord = /^\d+$/u.test(word) ? `#${word.length}` : word;
  return { word: displayWord, shape: shapeOf(token), end: trailingPunct(token), kinds };
}

/** What the tagger sees of one reference: per-token features and the kind of gap before each token. */
export interface FeaturisedSequence {
  tokens: readonly string[];
  features: string[][];
  /** BOUNDARY_CLASSES index of the gap before each token (0 for the first). */
  boundaries: number[];
}

/**
 * Kinds of gap between two tokens. Transition weights are learned per kind,
 * so the tagger can learn that fields rarely change label between two plain
 * words but often do after a period or before a bracket.
 */
export const BOUNDARY_CLASSES = ['plain', 'comma', 'period', 'initial', 'colon', 'close', 'open'] as const;

export function boundaryClass(previous: string, current: string): number {
  if (/^[(\[“"«‘„<]/u.test(current)) return 6;
  if (/[)\]”"’»>]\W*$/u.test(previous)) return 5;
  if (/[:;]$/u.test(previous)) return 4;
  if (/[.?!]$/u.test(previous)) return INITIALS.test(previous) ? 3 : 2;
  if (/,$/u.test(previous)) return 1;
  return 0;
}

export function featurise(tokens: readonly string[]): FeaturisedSequence {
  return {
    tokens,
    features: extractFeatures(tokens),
    boundaries: tokens.map((token, i) => (i === 0 ? 0 : boundaryClass(tokens[i - 1]!, token))),
  };
}

/** Computes the feature strings for every token of one reference. */
export function extractFeatures(tokens: readonly string[]): string[][] {
  const traits = tokens.map(traitsOf);
  const count = tokens.length;
  const style = referenceStyle(tokens);
  const chunks = spanFeatures(tokens, traits, 'chunk', closesChunk);
  const segments = spanFeatures(tokens, traits, 'segment', closesSegment);
  const segmentsAfter = countFromRight(tokens, endsSegment);
  const yearsAfter = countFromRight(tokens, (_, i) => traits[i]!.kinds.includes('year'));
  const result: string[][] = [];

  // Running state left to right.
  let insideQuotes = false;
  /** 'none' before any quote, 'inside', or 'after' a quoted stretch closed. */
  let quoteState = 'none';
  let parenDepth = 0;
  let segmentsBefore = 0;
  let commasInSegment = 0;
  let yearsBefore = 0;
  let sawContainerIntro = false;
  let sawUrl = false;
  // The last role word ("edited", "trans.", "In", "Dir.") in the current segment, and the segment's first word.
  let roleInSegment = 'none';
  let segmentFirstWord = traits[0]?.word ?? '';

  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    const own = traits[i]!;
    const f: string[] = ['bias', `w=${own.word}`, `sh=${own.shape}`, `ls=${longShape(token)}`, `end=${own.end}`];
    f.push(`lead=${leadingPunct(token)}`);
    for (const kind of own.kinds) f.push(`k=${kind}`);
    const word = own.word;
    if (word.length >= 3) f.push(`pre3=${word.slice(0, 3)}`, `suf3=${word.slice(-3)}`);
    if (word.length >= 2) f.push(`suf2=${word.slice(-2)}`);

    // Position within the reference.
    f.push(`pos=${i < 4 ? i : 'n'}`, `rel=${Math.floor((10 * i) / count)}`);
    if (i === count - 1) f.push('last');
    if (count - 1 - i < 3) f.push(`fromEnd=${count - 1 - i}`);

    // State carried from the tokens before this one.
    if (opensQuote(token)) {
      insideQuotes = true;
      quoteState = 'inside';
    }
    f.push(`q=${quoteState}`, `q=${quoteState}|sh=${own.shape}`, `inQuote=${insideQuotes}`, `paren=${Math.min(parenDepth, 1)}`);
    f.push(`seg=${Math.min(segmentsBefore, 5)}`, `commas=${Math.min(commasInSegment, 3)}`);
    f.push(`years=${Math.min(yearsBefore, 2)}`, `in=${sawContainerIntro}`, `sawUrl=${sawUrl}`);
    f.push(`seg=${Math.min(segmentsBefore, 5)}|sh=${own.shape}`, `years=${Math.min(yearsBefore, 1)}|seg=${Math.min(segmentsBefore, 4)}`);
    f.push(`style=${style}`, `style=${style}|seg=${Math.min(segmentsBefore, 4)}`, `style=${style}|sh=${own.shape}`);
    f.push(`role=${roleInSegment}`, `segFirst=${segmentFirstWord}`, `role=${roleInSegment}|sh=${own.shape}`);

    // Neighbours: two on each side.
    for (const offset of [-2, -1, 1, 2]) {
      const other = traits[i + offset];
      if (other === undefined) {
        f.push(`${offset}:none`);
        continue;
      }
      f.push(`${offset}:w=${other.word}`, `${offset}:sh=${other.shape}`);
      if (Math.abs(offset) === 1) {
        f.push(`${offset}:end=${other.end}`);
        for (const kind of other.kinds) f.push(`${offset}:k=${kind}`);
      }
    }
    const previous = traits[i - 1];
    const next = traits[i + 1];
    f.push(`-1:end|sh=${previous?.end ?? '^'}|${own.shape}`, `sh|+1:sh=${own.shape}|${next?.shape ?? '$'}`);
    f.push(`-1:w|w=${previous?.word ?? '^'}|${own.word}`, `w|+1:w=${own.word}|${next?.word ?? '$'}`);

    f.push(...chunks[i]!, ...segments[i]!);
    f.push(`segAfter=${Math.min(segmentsAfter[i]!, 4)}`, `yearsAfter=${Math.min(yearsAfter[i]!, 2)}`);
    result.push(f);

    // Update state with this token (it affects the following tokens only).
    if (insideQuotes && closesQuote(token)) {
      insideQuotes = false;
      quoteState = 'after';
    }
    parenDepth += bracketBalance(token);
    if (parenDepth < 0) parenDepth = 0;
    const role = roleOf(own);
    if (role !== undefined) roleInSegment = role;
    if (endsSegment(token)) {
      segmentsBefore++;
      commasInSegment = 0;
      roleInSegment = 'none';
      segmentFirstWord = traits[i + 1]?.word ?? '';
    } else if (/,$/u.test(token)) commasInSegment++;
    if (own.kinds.includes('year')) yearsBefore++;
    if (LEXICON.containerIntro!.has(own.word)) sawContainerIntro = true;
    if (own.kinds.includes('url')) sawUrl = true;
  }
  return result;
}

/**
 * A coarse guess at the citation style from the whole reference, so that the
 * tagger can weigh position features differently for, e.g., APA ("(2011).")
 * and numbered styles ("[13]").
 */
function referenceStyle(tokens: readonly string[]): string {
  const head = tokens.slice(0, 12).join(' ');
  const numbered = /^(\[\d+\]|\d+\.|\(\d+\))$/u.test(tokens[0] ?? '');
  const parenYear = /\((1[5-9]\d\d|20\d\d)[a-z]?\)/u.test(head);
  const bareYearEarly = tokens.slice(0, 8).some((t) => /^(1[5-9]\d\d|20\d\d)[a-z]?[.,:]?$/u.test(t));
  return `${numbered ? 'num' : 'plain'}-${parenYear ? 'paren' : bareYearEarly ? 'bare' : 'late'}`;
}

/** Which kind of contributor or container a role word announces, if any. */
function roleOf(traits: TokenTraits): string | undefined {
  if (traits.kinds.includes('translatorRole')) return 'translator';
  if (traits.kinds.includes('editorRole')) return 'editor';
  if (traits.kinds.includes('containerIntro')) return 'in';
  if (/^(directed|director|dir|producer|produced|perf|performer)$/u.test(traits.word)) return 'film';
  if (traits.kinds.includes('access')) return 'access';
  return undefined;
}

/** For each token, how many tokens after it satisfy `test`. */
function countFromRight(tokens: readonly string[], test: (token: string, index: number) => boolean): number[] {
  const counts = new Array<number>(tokens.length).fill(0);
  for (let i = tokens.length - 2; i >= 0; i--) counts[i] = counts[i + 1]! + (test(tokens[i + 1]!, i + 1) ? 1 : 0);
  return counts;
}

/** A chunk ends after a token with trailing , . : ; or a closing bracket, or before an opening one. */
function closesChunk(token: string, next: string | undefined): boolean {
  return /[.,:;)\]”"’»]$/u.test(token) || (next !== undefined && /^[(\[“"«‘]/u.test(next));
}

/** A segment is a sentence-like stretch: it ends after a period that does not end an initial. */
function closesSegment(token: string): boolean {
  return endsSegment(token);
}

/** Summary features shared by all tokens of one span (chunk or segment). */
function spanSummary(members: readonly TokenTraits[], last: TokenTraits): string[] {
  const capitalised = members.filter((t) => t.kinds.includes('capitalised')).length;
  const capitalRatio = capitalised === members.length ? 'all' : capitalised === 0 ? 'none' : capitalised * 2 >= members.length ? 'most' : 'some';
  const length = members.length;
  return [
    `len=${length <= 3 ? length : length <= 6 ? 'mid' : 'long'}`,
    `caps=${capitalRatio}`,
    `end=${last.end}`,
    ...[...new Set(members.flatMap((t) => t.kinds))].map((kind) => `has=${kind}`),
  ];
}

/**
 * Features describing the span a token sits in, for spans cut by `closes`:
 * its place in the span, the span's ordinal and length, and what kinds of
 * words it contains; `prefix` names the kind of span. Most labelled fields
 * start and end at chunk edges (chunks are cut at , . : ; and brackets) and
 * many fill a whole segment (cut at sentence periods).
 */
function spanFeatures(
  tokens: readonly string[],
  traits: readonly TokenTraits[],
  prefix: string,
  closes: (token: string, next: string | undefined) => boolean,
): string[][] {
  const spans: { start: number; end: number; summary: string[] }[] = [];
  let spanStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!closes(tokens[i]!, tokens[i + 1]) && i < tokens.length - 1) continue;
    spans.push({ start: spanStart, end: i, summary: spanSummary(traits.slice(spanStart, i + 1), traits[i]!) });
    spanStart = i + 1;
  }
  const result: string[][] = [];
  spans.forEach((span, index) => {
    const shared = [
      `${prefix}=${Math.min(index, 6)}`,
      `${prefix}sLeft=${Math.min(spans.length - 1 - index, 3)}`,
      ...span.summary.map((f) => `${prefix[0]}:${f}`),
    ];
    for (let j = span.start; j <= span.end; j++) {
      const place = j === span.start ? (j === span.end ? 'only' : 'first') : j === span.end ? 'last' : 'inner';
      result.push([...shared, `in${prefix}=${place}`]);
    }
  });
  return result;
}

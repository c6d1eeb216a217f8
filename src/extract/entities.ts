/**
 * Person and organisation names: runs of capitalised words ("Vladimir Putin", "Kim Jong-Un",
 * "Muhammad bin Salman", "Vostok Intur") with exact spans. Titles before a name ("Presiden
 * Rusia", "Dr.", "menteri luar negeri") are kept apart; the words come from rules/lang (honorifics,
 * nameParticles, organisationWords, stopwords) and, for country names, from rules/facts.yaml.
 */
import type { Block, DocModel, EntityMention, Span } from '../model/types.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { foldName, isAcronym, isNumeral } from '../util/names.js';
import { phraseIndex, type PhraseIndex } from './phrases.js';

export interface EntityWords {
  /** Country names and adjectives in every language ("Rusia", "Korea Utara", "American"). */
  places?: readonly string[];
  /** Given names known to be names even where they are also common words ("Bill", "Mark"). */
  givenNames?: readonly string[];
}

interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
  cap: boolean;
  /** The run cannot go on after this token (sentence end, possessive "’s"). */
  closes: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{Nd}]+(?:[-'’][\p{L}\p{M}\p{Nd}]+|\.\p{L}+)*\.?/gu;
/** Things that look like words but are not prose: URLs, e-mail addresses, citation keys. */
const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|@[\w:./-]+|\b[\w-]+\.(?:com|org|net|id|ru|go\.id|co\.id)\b\S*/giu;

/** The block's text with URLs, e-mail addresses and citation keys blanked out (same length). */
function proseOf(block: Block): string {
  return /[@/]|\.(?:com|org|net|id|ru)\b/i.test(block.text) ? block.text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : block.text;
}
const SKIPPED_BLOCKS = new Set<Block['kind']>(['code', 'front-matter', 'heading']);

export function extractEntities(doc: DocModel, words: EntityWords = {}): EntityMention[] {
  const lex = doc.lexicon;
  const prose = doc.blocks.map((b) => (b.kind === 'code' ? '' : proseOf(b)));
  const ctx: RunContext = {
    honorifics: phraseIndex(lex.honorifics),
    places: phraseIndex(words.places ?? []),
    particles: new Set(lex.nameParticles.filter((p) => !p.endsWith('-')).map(foldName)),
    prefixes: lex.nameParticles.filter((p) => p.endsWith('-')).map(foldName),
    organisationWords: new Set(lex.organisationWords.map(foldName)),
    stopwords: new Set(lex.stopwords.map(foldName)),
    abbreviations: new Set([...lex.abbreviations, ...lex.honorifics.filter((h) => h.endsWith('.'))].map(foldName)),
    lowercase: lowercaseVocabulary(prose),
    midCapitals: midSentenceCapitals(prose),
    calendar: new Set([...lex.months, ...lex.weekdays].flat().map(foldName)),
    givenNames: new Set((words.givenNames ?? []).map(foldName)),
    commonNouns: lex.commonNounPatterns.map((p) => new RegExp(p, 'u')),
  };
  const referenceSpans = doc.references.filter((r) => r.source === doc.source).map((r) => r.span);
  const mentions: EntityMention[] = [];
  doc.blocks.forEach((block, index) => {
    if (SKIPPED_BLOCKS.has(block.kind)) return;
    const masked = prose[index]!;
    const tokens = tokenize(masked, ctx);
    const quotes = quotedRanges(block.text);
    const inNote = block.kind === 'footnote-definition' || block.footnote !== undefined;
    for (const run of runsOf(tokens, masked, ctx)) {
      const name = nameOf(run.tokens, run.before, masked, ctx);
      if (!name) continue;
      const first = name.tokens[0]!;
      const last = name.tokens[name.tokens.length - 1]!;
      const span = toSourceSpan(block, first.start, last.end);
      const mention: EntityMention = {
        text: doc.source.text.slice(span.start, span.end),
        span,
        tokens: name.tokens.map((t) => t.text),
        kind: name.kind,
        block: index,
        blockStart: first.start,
        blockEnd: last.end,
        quoted: quotes.some(([open, close]) => first.start > open && last.end <= close),
        inReference: inNote || referenceSpans.some((r) => span.start >= r.start && span.end <= r.end),
      };
      if (name.title) {
        const titleSpan = toSourceSpan(block, name.title.start, name.title.end);
        mention.title = { text: doc.source.text.slice(titleSpan.start, titleSpan.end), span: titleSpan };
      }
      mentions.push(mention);
    }
  });
  return mentions;
}

interface RunContext {
  honorifics: PhraseIndex;
  places: PhraseIndex;
  particles: Set<string>;
  prefixes: string[];
  organisationWords: Set<string>;
  stopwords: Set<string>;
  abbreviations: Set<string>;
  lowercase: Set<string>;
  /** Capitalised words the document also writes in mid-sentence: names, not sentence openers. */
  midCapitals: Set<string>;
  /** Month and weekday names: capitalised, never part of a name. */
  calendar: Set<string>;
  givenNames: Set<string>;
  commonNouns: RegExp[];
}

/** Words the document writes in lower case somewhere: "Setelah" at a sentence start is not a name. */
function lowercaseVocabulary(texts: string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const prose of texts) {
    for (const match of prose.matchAll(/(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu)) vocabulary.add(foldName(match[0]));
  }
  return vocabulary;
}

function midSentenceCapitals(texts: string[]): Set<string> {
  const capitals = new Set<string>();
  for (const prose of texts) {
    for (const match of prose.matchAll(/[\p{Ll}\p{Lu}][\p{L}\p{M}]*,? (\p{Lu}[\p{L}\p{M}]*)/gu)) capitals.add(foldName(match[1]!));
  }
  return capitals;
}

function tokenize(text: string, ctx: RunContext): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    let closes = false;
    if (word.endsWith('.')) {
      const keep = /^\p{Lu}\.$/u.test(word) || ctx.abbreviations.has(foldName(word)) || /\.\p{L}\.$/u.test(word);
      if (!keep) {
        word = word.slice(0, -1);
        closes = true;
      }
    }
    if (/\p{L}['’]s$/u.test(word)) {
      word = word.slice(0, -2); // "Korea’s" → "Korea", and the name ends there
      closes = true;
    }
    if (word.length === 0) continue;
    const folded = foldName(word);
    const prefixed = ctx.prefixes.find((p) => folded.startsWith(p) && /\p{Lu}/u.test(word[p.length] ?? ''));
    const cap = (/^\p{Lu}/u.test(word) || prefixed !== undefined) && !ctx.calendar.has(folded.replace(/\.$/, ''));
    tokens.push({ text: word, folded, start: match.index!, end: match.index! + word.length, cap, closes });
  }
  return tokens;
}

const joins = (text: string, a: Token, b: Token) => !a.closes && /^[ \u00a0]$/.test(text.slice(a.end, b.start));

/** Maximal runs of capitalised words (with particles between them), and the words just before. */
function* runsOf(tokens: Token[], text: string, ctx: RunContext): Generator<{ tokens: Token[]; before: Token[] }> {
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    const run = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length && joins(text, tokens[j - 1]!, tokens[j]!)) {
      const next = tokens[j]!;
      if (next.cap) run.push(next);
      else if (ctx.particles.has(next.folded) && tokens[j + 1]?.cap && joins(text, next, tokens[j + 1]!)) run.push(next);
      else break;
      j++;
    }
    const before: Token[] = [];
    for (let k = i - 1; k >= 0 && before.length < 4 && joins(text, tokens[k]!, before[0] ?? tokens[i]!); k--) before.unshift(tokens[k]!);
    yield { tokens: run, before };
    i = j;
  }
}

interface Name {
  tokens: Token[];
  kind: EntityMention['kind'];
  title?: Span;
}

function nameOf(run: Token[], before: Token[], text: string, ctx: RunContext): Name | null {
  let tokens = run;
  let title: Span | undefined;
  const folded = () => tokens.map((t) => t.folded);
  // A lower-case title just before the name ("presiden Putin", "menteri luar negeri Lavrov").
  const lowerTitle = ctx.honorifics.longestSuffix(before.map((t) => t.folded));
  if (lowerTitle > 0) title = { start: before[before.length - lowerTitle]!.start, end: before[before.length - 1]!.end };
  const sentenceStart = startsSentence(text, run[0]!.start);
  for (let changed = true; changed && tokens.length > 1; ) {
    changed = false;
    // A title, then the country it belongs to ("Presiden Rusia Vladimir Putin").
    const honorific = ctx.honorifics.longestPrefix(folded());
    if (honorific > 0 && honorific < tokens.length) {
      title = { start: title?.start ?? tokens[0]!.start, end: tokens[honorific - 1]!.end };
      tokens = tokens.slice(honorific);
      const place = ctx.places.longestPrefix(folded());
      if (place === tokens.length) return { tokens, kind: 'name' }; // "Presiden Korea Utara": no name
      if (place > 0) {
        title.end = tokens[place - 1]!.end;
        tokens = tokens.slice(place);
      }
      changed = true;
      continue;
    }
    // Leading words that are not part of the name: function words, common words ("Hubungan
    // Internasional Georgy Toloraya"), an acronym or a country before a name ("AS Donald Trump").
    const head = tokens[0]!;
    if (ctx.organisationWords.has(head.folded)) break;
    const known = ctx.givenNames.has(head.folded);
    const opener = sentenceStart && tokens === run && ctx.places.longestPrefix(folded()) === 0;
    // A sentence opener that the document never capitalises elsewhere ("Lalu", "Menurut").
    const commonWord = !known && ((ctx.lowercase.has(head.folded) && (tokens.length > 2 || opener)) || (opener && !ctx.midCapitals.has(head.folded)));
    const leadingPlace = ctx.places.longestPrefix(folded());
    if (ctx.stopwords.has(head.folded) || commonWord || ctx.commonNouns.some((re) => re.test(head.text))) tokens = tokens.slice(1);
    else if (leadingPlace > 0 && tokens.length - leadingPlace >= 2) tokens = tokens.slice(leadingPlace);
    else if (isAcronym(head.text) && tokens.length >= 3 && !isAcronym(tokens[1]!.text)) tokens = tokens.slice(1);
    else break;
    changed = true;
  }
  while (tokens.length > 0 && ctx.particles.has(tokens[0]!.folded)) tokens = tokens.slice(1);
  if (tokens.length === 0 || tokens.every((t) => isNumeral(t.text))) return null;
  if (title && ctx.places.longestPrefix(folded()) === tokens.length) return { tokens, kind: 'name' }; // "menteri luar negeri Rusia,"
  if (tokens.length === 1) {
    const only = tokens[0]!;
    if (ctx.lowercase.has(only.folded) || ctx.stopwords.has(only.folded) || ctx.honorifics.longestPrefix([only.folded]) === 1) return null;
    if (ctx.commonNouns.some((re) => re.test(only.text))) return null;
  }
  const organisation = tokens.some((t) => ctx.organisationWords.has(t.folded)) || (tokens.length === 1 && isAcronym(tokens[0]!.text));
  const kind = organisation ? 'organisation' : title ? 'person' : 'name';
  return title ? { tokens, kind, title } : { tokens, kind };
}

/** The word at `at` opens a sentence (or a list item, a heading, a quotation). */
function startsSentence(text: string, at: number): boolean {
  // Quotes and brackets may open the sentence; a note marker may close the one before ("Serikat.⁵ Kunjungan").
  const before = text.slice(Math.max(0, at - 40), at).replace(/["“‘(\[\s]+$/u, '').replace(/(?<=[.!?])(?:\p{No}+|\[\d{1,3}\])$/u, '');
  return before.length === 0 || /(?:[.!?:;•–—-]|^\d{1,3}[.)]|^[-*+])$/u.test(before);
}

/** [open, close] offsets of text in “double”, «guillemet», "straight" quotes or [brackets]. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Square brackets hold editorial text ("[McNeil]" in a transcriber's note, "[sic]").
  const pairs: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“', '[': ']' };
  let open: { at: number; close: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open && ch === open.close) {
      ranges.push([open.at, i]);
      open = null;
    } else if (!open && pairs[ch]) open = { at: i, close: pairs[ch]! };
  }
  return ranges;
}

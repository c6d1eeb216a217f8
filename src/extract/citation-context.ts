/**
 * What the citation extractors share about one document: its word lists turned into patterns,
 * the profiles of its reference entries, and word statistics that tell a cited name from an
 * ordinary capitalised word ("Since", "Badan") or from the subject of the text ("Putin").
 */
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import type { Block, DocModel, ReferenceEntry, Span } from '../model/types.js';
import { alternation, escapeRegExp, WORD_END, WORD_START } from '../util/regex.js';
import { citedName, entryProfile, foldName, matchTier, nameWords, Tier, type EntryProfile, type NameWords } from './names.js';

export interface CitationContext {
  doc: DocModel;
  lexicon: Lexicon;
  words: NameWords;
  /** A "no date" mark (n.d., t.t., s.f.) anywhere. */
  noDate: RegExp;
  /** The same as a regex source, to embed in larger patterns. */
  noDateSource: string;
  /** "see", "but see", "lihat", "cf." at the start of a citation item (one or more of them). */
  prefix: RegExp;
  /** "et al.", "dkk." at the end of a cited name, and the words they are made of. */
  etAlEnd: RegExp;
  etAlWords: Set<string>;
  /** "dalam", "as cited in" between the cited and the listed author (a secondary citation). */
  citedIn: RegExp | null;
  /** Ibid., op. cit., loc. cit. at the start of a text. */
  ibidStart: RegExp;
  /** Page abbreviations and other locator words (p., hlm., chap.). */
  locator: RegExp;
  /** Month and weekday names, folded: never an author. */
  calendarWords: Set<string>;
  /** Words the document writes in lower case somewhere: ordinary words, not names. */
  lowercaseWords: Set<string>;
  /** How often each capitalised word occurs: the subject of a text is no cited author. */
  capitalizedCounts: Map<string, number>;
  /** Titles before a name ("dr", "prof", "prime minister"), folded, without a final period. */
  honorifics: Set<string>;
  /** "(interview, 2022)", "wawancara": a personal communication, which no reference list holds. */
  personalCommunication: RegExp | null;
  /** Abbreviations a citation defines for a listed group author: "WHO" for "(World Health Organization [WHO], 2019)". */
  aliases: Map<string, string>;
  /** Entries of the reference list (bibliography or companion), and footnote entries. */
  listProfiles: EntryProfile[];
  noteProfiles: EntryProfile[];
  /** Spans of reference entries, where no in-text citation is looked for. */
  entrySpans: Span[];
}

export function noDatePattern(lexicon: Lexicon): string {
  const marks = lexicon.noDateMarks.length ? lexicon.noDateMarks : ['n.d.'];
  return `(?<![\\p{L}\\p{N}])(?:${marks.map((m) => alternation([m])).join('|')})(?![\\p{L}\\p{N}])`;
}

/** Ibid./op. cit. forms; a short one keeps its period ("Id." is Ibid., "ID" is not). */
export function ibidAlternation(lexicon: Lexicon): string {
  return [...new Set([...lexicon.ibid, ...lexicon.opCit])]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.replace(/\.$/, '').length <= 3 ? escapeRegExp(w) : alternation([w])))
    .join('|');
}

export const isListEntry = (entry: ReferenceEntry) => entry.origin !== 'footnote';

const contexts = new WeakMap<DocModel, { references: DocModel['references']; count: number; ctx: CitationContext }>();

/** The context of a document, computed once while its references stay the same. */
export function citationContext(doc: DocModel): CitationContext {
  const cached = contexts.get(doc);
  if (cached && cached.references === doc.references && cached.count === doc.references.length) return cached.ctx;
  const ctx = buildContext(doc);
  contexts.set(doc, { references: doc.references, count: doc.references.length, ctx });
  return ctx;
}

function buildContext(doc: DocModel): CitationContext {
  const lexicon = doc.lexicon;
  const words = nameWords(lexicon);
  const noDateSource = noDatePattern(lexicon);
  const noDate = new RegExp(noDateSource, 'iu');
  const pageWords = [...lexicon.pageAbbreviations, 'p.', 'pp.', 'chap.', 'ch.', 'para.', 'fig.', 'vol.', 'bab', 'no.'];
  const entrySpans = doc.references.filter((e) => e.source === doc.source).map((e) => e.span);
  // Word statistics of the prose only: URLs and reference entries ("brookings.edu") say nothing.
  const prose = doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'front-matter' && !entrySpans.some((s) => b.span.start < s.end && s.start < b.span.end));
  const lowercaseWords = new Set<string>();
  const capitalizedCounts = new Map<string, number>();
  const foldedWords = new Map<string, string>();
  for (const block of prose) {
    for (const match of block.text.replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+/g, ' ').matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
      const word = match[0];
      let folded = foldedWords.get(word);
      if (folded === undefined) foldedWords.set(word, (folded = foldWord(word)));
      if (!/\p{Lu}/u.test(word)) lowercaseWords.add(folded); // "al-Farabi" is a name, "since" a word
      else capitalizedCounts.set(folded, (capitalizedCounts.get(folded) ?? 0) + 1);
    }
  }
  const profile = (e: ReferenceEntry) => entryProfile(e, words, noDate);
  const ctx: CitationContext = {
    doc,
    lexicon,
    words,
    noDate,
    noDateSource,
    prefix: new RegExp(`^(?:(?:${alternation(lexicon.citationPrefixes.length ? lexicon.citationPrefixes : ['see'])})${WORD_END}\\s*,?\\s*)+`, 'iu'),
    etAlEnd: new RegExp(`\\s+(?:${alternation(lexicon.etAl.length ? lexicon.etAl : ['et al.'])})$`, 'iu'),
    etAlWords: new Set(lexicon.etAl.flatMap((w) => w.split(/\s+/)).map((w) => foldWord(w).replace(/\.$/, ''))),
    citedIn: lexicon.citedIn.length ? new RegExp(`(?:^|\\s)(?:${alternation(lexicon.citedIn)})\\s+(?=\\S)`, 'giu') : null,
    ibidStart: new RegExp(`^[\\s*_]*(?:${ibidAlternation(lexicon)})(?![\\p{L}])`, 'iu'),
    locator: new RegExp(`^(?:\\d|[ivxlc]+(?![\\p{L}])|§|(?:${alternation(pageWords)})(?![\\p{L}]))`, 'iu'),
    calendarWords: new Set([...lexicon.months.flat(), ...lexicon.weekdays.flat()].map(foldName)),
    lowercaseWords,
    capitalizedCounts,
    honorifics: new Set(lexicon.honorifics.map(honorificKey).filter((h) => h.replace(/[^\p{L}]/gu, '').length >= 2)),
    personalCommunication: lexicon.personalCommunications.length ? new RegExp(`${WORD_START}(?:${alternation(lexicon.personalCommunications)})${WORD_END}`, 'iu') : null,
    aliases: new Map(),
    listProfiles: doc.references.filter(isListEntry).map(profile),
    noteProfiles: doc.references.filter((e) => !isListEntry(e)).map(profile),
    entrySpans,
  };
  for (const block of prose) addAliases(block.text, ctx);
  return ctx;
}

/** An honorific or a word of a name, compared folded and without a final period ("Dr." = "dr"). */
export const honorificKey = (text: string) => foldWord(text).replace(/\.$/, '');

/** "[WHO]", or "(WHO" opening a parenthesis: an abbreviation defined for the words before it. */
const ALIAS_DEFINITION = /\[(\p{Lu}[\p{Lu}\p{N}&]{1,11})\]|\((\p{Lu}[\p{Lu}\p{N}&]{1,11})(?=[,;)])/gu;

/**
 * "(World Health Organization [WHO], 2019)", "the World Health Organization (WHO, 2019)": the
 * abbreviation names the same group author from then on. Kept only when the words before it are
 * exactly a listed first author (the longest such run: "by the World Health Organization [WHO]"
 * names the organisation).
 */
function addAliases(text: string, ctx: CitationContext): void {
  for (const match of text.matchAll(ALIAS_DEFINITION)) {
    const key = foldName(match[1] ?? match[2]!);
    if (ctx.aliases.has(key)) continue;
    const words = text.slice(Math.max(0, match.index! - 100), match.index!).split(/[\s(;]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const name = words.slice(i).join(' ');
      if (!/^\p{Lu}/u.test(name)) continue;
      const cited = [citedName(name, ctx.words)];
      if (ctx.listProfiles.some((p) => matchTier(cited, p) === Tier.Exact)) {
        ctx.aliases.set(key, name);
        break;
      }
    }
  }
}

/** True when a block lies inside a reference entry (its text is the reference, not a citation). */
export function isEntryBlock(block: Block, ctx: CitationContext): boolean {
  // Overlap, not containment: a Markdown entry's block starts at its anchor (<a name="x">), the entry after it.
  return ctx.entrySpans.some((span) => block.span.start < span.end && span.start < block.span.end);
}

/** Cue words before a yearless narrative citation ("menurut", "according to"). */
export function cuePattern(lexicon: Lexicon): RegExp | null {
  if (lexicon.citationCues.length === 0) return null;
  return new RegExp(`${WORD_START}(?:${alternation(lexicon.citationCues)})\\s+`, 'giu');
}

/**
 * Author names as cited and as listed: folding (case, diacritics, punctuation), the leading name
 * part of a reference entry, and the tiers by which a cited name matches an entry's authors —
 * exact, first author, co-author, spelling variant (Kompas.com / Kompas, BBCNews / BBC News),
 * and near miss (Brookngs / Brookings).
 */
import { distance } from 'fastest-levenshtein';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import type { CslName, ReferenceEntry } from '../model/types.js';

/** A year as cited or listed: 1500–2099, optionally with a disambiguating letter (2023a). */
export const YEAR_SOURCE = '(?:1[5-9]\\d\\d|20\\d\\d)';

export function foldName(text: string): string {
  return foldWord(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}.'&\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,'\-]+|[\s.,'\-]+$/g, '');
}

/** Letters and digits only: "BBC News" and "BBCNews" compare equal. */
export const compactName = (text: string) => foldWord(text).replace(/[^\p{L}\p{N}]/gu, '');

/** "Kompas.com" → "kompas", "Berkas DPR.go" → "berkas dpr": a web outlet named by its site. */
export const withoutDomain = (folded: string) => folded.replace(/(?<=\p{L}{2})(?:\.[a-z]{2,4})+$/u, '');

const isInitial = (token: string) => /^\p{L}\.?$/u.test(token) || /^(?:\p{L}\.){2,}$/u.test(token);

function tokensOf(text: string): string[] {
  return foldName(text)
    .split(' ')
    .map((t) => t.replace(/^[.'\-&]+|[.'\-,]+$/g, ''))
    .filter((t) => t.length > 0 && t !== '&');
}

/** The words that belong to names but are not names: "and", "et al.", particles. */
export interface NameWords {
  connectors: Set<string>;
  etAl: string[];
  /** Lower-case words inside names ("van", "de", "bin"). */
  particles: Set<string>;
  /** Particles written joined to the name ("al-Farabi"), without their hyphen. */
  prefixes: Set<string>;
}

export function nameWords(lexicon: Lexicon): NameWords {
  const etAl = lexicon.etAl.map((w) => foldName(w)).sort((a, b) => b.length - a.length);
  return {
    connectors: new Set(lexicon.and.map((w) => foldName(w)).filter(Boolean)),
    etAl,
    particles: new Set(lexicon.nameParticles.filter((w) => !w.endsWith('-')).map((w) => foldName(w))),
    prefixes: new Set(lexicon.nameParticles.filter((w) => w.endsWith('-')).map((w) => foldWord(w).slice(0, -1))),
  };
}

/** A name as cited, ready to compare: "Wang et al." → tokens ["wang"]. */
export interface CitedName {
  folded: string;
  tokens: string[];
  /** Tokens without initials, connectors and particles. */
  core: string[];
  /** Letters and digits only, with and without a web domain. */
  compact: string;
  siteless: string;
}

export function citedName(text: string, words: NameWords): CitedName {
  let folded = foldName(text).replace(/'s$/, '');
  for (const etAl of words.etAl) {
    if (etAl && folded.endsWith(` ${etAl}`)) folded = folded.slice(0, -etAl.length - 1).trim();
  }
  const tokens = tokensOf(folded).filter((t) => !words.connectors.has(t));
  const core = tokens.map((t) => stripParticlePrefix(t, words)).filter((t) => !isInitial(t) && !words.particles.has(t));
  return { folded, tokens, core: core.length ? core : tokens, compact: compactName(folded), siteless: compactName(withoutDomain(folded)) };
}

function stripParticlePrefix(token: string, words: NameWords): string {
  const dash = token.indexOf('-');
  if (dash > 0 && words.prefixes.has(token.slice(0, dash))) return token.slice(dash + 1); // al-Farabi
  return token;
}

/** What an entry offers for matching: its author names, year, keys and words. */
export interface EntryProfile {
  entry: ReferenceEntry;
  /** The leading name part as written ("Foyle, Douglas"), for messages. */
  lead: string;
  /** The first author as a citation would name them ("Foyle", "Brookings", "Kompas.com"). */
  display: string;
  /** Folded forms of the first author as a whole: "foyle", "douglas foyle", "kompas.com". */
  firstAuthor: Set<string>;
  /** Family names the first author may be cited by: "foyle" for "Douglas Foyle". */
  family: Set<string>;
  /** Compact and site-less forms of the first author (spelling variants). */
  variants: Set<string>;
  /** Compact forms of the first author's names, for near misses. */
  compactFirst: string[];
  /** Every name token of every author. */
  tokens: Set<string>;
  /** The year of publication (several when the parsed date and the written year disagree). */
  years: number[];
  year?: number;
  suffix?: string;
  noDate: boolean;
  keys: string[];
}

const QUOTE_OR_LINK = /["“”«»‘]|(?:^|\s)'|https?:\/\/|www\./u;

/** The text before the year or the title: "Foyle, Douglas. 1997. Public…" → "Foyle, Douglas". */
export function leadOf(raw: string, noDate: RegExp): string {
  const text = raw.replace(/^\s*[-•*]\s+/, '');
  const cuts = [
    new RegExp(`\\(?\\b${YEAR_SOURCE}[a-z]?\\b`).exec(text)?.index,
    QUOTE_OR_LINK.exec(text)?.index,
    noDate.exec(text)?.index,
  ].filter((i): i is number => i !== undefined);
  const end = cuts.length ? Math.min(...cuts) : Math.min(text.length, 120);
  return text.slice(0, end).replace(/[\s.,;:(\[]+$/, '').trim();
}

/** Name segments of a lead: split at commas, semicolons, "and", and periods after whole words. */
function leadSegments(lead: string, words: NameWords): string[] {
  const parts = lead.split(/\s*[,;]\s*|(?<=\p{L}{2,})\.\s+/u).map((p) => p.trim()).filter(Boolean);
  const segments: string[] = [];
  for (const part of parts) {
    for (const piece of part.split(/\s+(?:&)\s+/)) {
      const tokens = piece.split(/\s+/);
      // Split on a connector word ("Last and Usyskin", "Plano dan Olton").
      let current: string[] = [];
      for (const token of tokens) {
        if (words.connectors.has(foldName(token)) && current.length) {
          segments.push(current.join(' '));
          current = [];
        } else if (!words.connectors.has(foldName(token))) current.push(token);
      }
      if (current.length) segments.push(current.join(' '));
    }
  }
  // A segment with ordinary lower-case words is a title, not a name: stop there.
  const names: string[] = [];
  for (const segment of segments) {
    const count = segment.split(/\s+/).length;
    const lowerWords = segment.split(/\s+/).filter((w) => /^\p{Ll}{4,}/u.test(w) && !words.particles.has(foldName(w)));
    // The first segment may be a group author with a lower-case word ("Wikipedia contributors").
    const groupAuthor = names.length === 0 && count <= 3 && /^\p{Lu}/u.test(segment);
    if ((lowerWords.length > 0 && !groupAuthor) || count > 12) break;
    names.push(segment);
    if (names.length >= 8) break;
  }
  return names;
}

const personLike = (segment: string) => {
  const tokens = segment.split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 4 && !/\./.test(segment.replace(/\b\p{Lu}\./gu, '')) && !tokens.some((t) => /^\p{Lu}{2,}$/u.test(t));
};

function cslNames(names: CslName[] | undefined): string[] {
  return (names ?? []).map((n) => n.family ?? n.literal ?? '').filter(Boolean);
}

export function entryProfile(entry: ReferenceEntry, words: NameWords, noDate: RegExp): EntryProfile {
  // A companion entry's raw text is BibTeX/RIS source, a Manubot tag definition is "[@tag:X]: doi:…":
  // their names and year come from the CSL only. A free-text entry's names are read from its
  // lead as written: the parser's split of a corporate name ("Internasional Kompas" → family
  // "Kompas") would make a citation of "Kompas" fit it.
  const structured = entry.origin === 'companion' || entry.raw.startsWith('[@');
  const families = structured ? cslNames(entry.csl.author ?? entry.csl.editor) : [];
  const lead = structured ? families.join(', ') : leadOf(entry.raw, noDate);
  const segments = structured ? families : leadSegments(lead, words);
  const firstAuthor = new Set<string>();
  const family = new Set<string>();
  const tokens = new Set<string>();
  const add = (set: Set<string>, text: string) => {
    const folded = foldName(text);
    if (!folded) return;
    set.add(folded);
    const cited = citedName(text, words);
    if (cited.core.length) set.add(cited.core.join(' '));
  };
  const first = segments[0] ?? '';
  if (first) {
    add(firstAuthor, first);
    add(family, first);
    if (personLike(first)) add(family, first.split(/\s+/).at(-1)!); // "Douglas Foyle" → "foyle"
  }
  if (segments.length > 1 && lead.length <= 80) add(firstAuthor, lead); // "Last and Usyskin"
  if (families[0]) {
    add(firstAuthor, families[0]);
    add(family, families[0]);
  }
  for (const text of [...segments, ...families]) {
    for (const token of tokensOf(text)) {
      tokens.add(token);
      tokens.add(stripParticlePrefix(token, words));
    }
  }
  const variants = new Set<string>();
  for (const form of firstAuthor) {
    variants.add(compactName(form));
    variants.add(compactName(withoutDomain(form)));
  }
  // As written in the list (a parser may split "Pusat Analisis … DPR RI" into odd names).
  const display = (first || families[0] || '').replace(/[.,;:]+$/, '');
  const compactFirst = [...new Set([...firstAuthor].map(compactName))];
  const profile: EntryProfile = { entry, lead: segments.length ? lead : '', display, firstAuthor, family, variants, compactFirst, tokens, years: [], noDate: false, keys: entryKeys(entry) };
  const issued = entry.csl.issued?.['date-parts']?.[0]?.[0];
  const written = structured ? null : new RegExp(`\\b(${YEAR_SOURCE})([a-z])?\\b`).exec(entry.raw.replace(/(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length)));
  // The year written right after the names is what an author-year citation repeats.
  const afterLead = written && written.index <= lead.length + 12 ? Number(written[1]) : undefined;
  const issuedYear = typeof issued === 'number' && Number.isFinite(issued) ? issued : undefined;
  const year = afterLead ?? issuedYear ?? (written ? Number(written[1]) : undefined);
  if (year !== undefined) profile.year = year;
  profile.years = [...new Set([year, issuedYear].filter((y): y is number => y !== undefined))];
  if (written?.[2] && profile.years.includes(Number(written[1]))) profile.suffix = written[2];
  profile.noDate = profile.years.length === 0 && noDate.test(entry.raw);
  return profile;
}

/** Citation keys an entry answers to: a companion's key, a CSL id, a citation-key field. */
export function entryKeys(entry: ReferenceEntry): string[] {
  const keys = new Set<string>();
  if (entry.origin === 'companion' || !/^(?:ref|note)-/.test(entry.id)) keys.add(entry.id);
  const cslId = entry.csl.id;
  if (typeof cslId === 'string' && !/^(?:ref|note)-\d/.test(cslId)) keys.add(cslId);
  const citationKey = entry.csl['citation-key'];
  if (typeof citationKey === 'string') keys.add(citationKey);
  return [...keys];
}

/** How closely a cited name matches an entry: lower is better; undefined is no match. */
export enum Tier {
  Exact = 0,
  FirstAuthor = 1,
  CoAuthor = 2,
  Variant = 3,
  NearMiss = 4,
}

/** Edits a near miss may have: none for short names, one from 4 letters, two from 9. */
const allowedEdits = (length: number) => (length >= 9 ? 2 : length >= 4 ? 1 : 0);

export function matchTier(names: CitedName[], profile: EntryProfile): Tier | undefined {
  const [first, ...others] = names;
  if (!first || first.tokens.length === 0) return undefined;
  const othersListed = others.every((n) => n.core.every((t) => profile.tokens.has(t)));
  let tier: Tier | undefined;
  const coreText = first.core.join(' ');
  if (profile.firstAuthor.has(first.folded) || profile.firstAuthor.has(coreText)) tier = Tier.Exact;
  else if (first.core.length <= 3 && profile.family.has(first.core.at(-1)!) && first.core.slice(0, -1).every((t) => givenNameFits(t, profile))) tier = Tier.FirstAuthor;
  else if (first.core.every((t) => profile.tokens.has(t))) tier = Tier.CoAuthor;
  else {
    if (profile.variants.has(first.compact) || profile.variants.has(first.siteless)) tier = Tier.Variant;
    else if (isNearMiss(first.compact, profile.variants) || first.core.some((t) => t.length >= 4 && isNearMiss(t, profile.compactFirst))) tier = Tier.NearMiss;
  }
  if (tier === undefined) return undefined;
  if (!othersListed) return tier === Tier.NearMiss ? tier : Math.max(tier, Tier.NearMiss);
  return tier;
}

/** A given name written before the family name must be the entry's, or its initial ("Howard" ~ "H."). */
const givenNameFits = (token: string, profile: EntryProfile) => profile.tokens.has(token) || profile.tokens.has(token[0]!);

function isNearMiss(form: string, candidates: Iterable<string>): boolean {
  const edits = allowedEdits(form.length);
  if (edits === 0) return false;
  for (const compact of candidates) {
    if (Math.abs(compact.length - form.length) > edits || compact.length < 4) continue;
    if (distance(form, compact) <= edits || isTransposition(form, compact)) return true;
  }
  return false;
}

/** "Foyel" for "Foyle": two neighbouring letters swapped (one slip of the hand, two Levenshtein edits). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Words of an entry, for telling "the same work listed twice" from "two works". */
export function workWords(entry: ReferenceEntry): Set<string> {
  const text = foldWord(`${entry.csl.title ?? ''} ${entry.raw}`).replace(/(?:https?:\/\/|www\.)\S+/g, ' ');
  return new Set(text.split(/[^\p{L}]+/u).filter((w) => w.length >= 3));
}

export function sameWork(a: ReferenceEntry, b: ReferenceEntry): boolean {
  if (a.csl.DOI && b.csl.DOI) return a.csl.DOI.toLowerCase() === b.csl.DOI.toLowerCase();
  const [wa, wb] = [workWords(a), workWords(b)];
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, new Set([...wa, ...wb]).size) >= 0.6;
}

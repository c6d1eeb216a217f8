/**
 * Which reference entries a citation points to, and how sure that is: resolved, ambiguous
 * (several different works), year mismatch (the author is listed, the year is not), near miss
 * (a misspelt author), missing, or an Ibid. with nothing before it. Used to fill
 * Citation.targets and, with the same logic, by the citation/* checks.
 */
import { distance } from 'fastest-levenshtein';
import type { Citation, DocModel, ReferenceEntry } from '../model/types.js';
import { overlaps, type FragmentLink } from './anchors.js';
import { isListEntry } from './citation-context.js';
import { inNote, previousNote } from './citation-notes.js';
import { isPersistentKey } from './citation-keys.js';
import { citedName, matchTier, sameWork, Tier, type EntryProfile, type NameWords } from './names.js';
import { foldWord } from '../lang/lexicon.js';
import { escapeRegExp } from '../util/regex.js';
import { pushTo } from '../util/multimap.js';

export type ResolutionStatus =
  | 'resolved'
  | 'self' // a persistent identifier (Manubot @doi:…): it is its own reference
  | 'ambiguous'
  | 'year-mismatch'
  | 'near-miss'
  | 'missing'
  | 'no-year'
  | 'broken-link' // resolved by name, but its in-document link reaches no anchor
  | 'ibid'
  | 'orphan'; // Ibid./op. cit. with nothing before it

export interface Resolution {
  citation: Citation;
  status: ResolutionStatus;
  targets: ReferenceEntry[];
  /** Entries a near miss most likely meant. */
  near: ReferenceEntry[];
  tier?: Tier;
  missingKeys?: string[];
  missingNumbers?: number[];
  /** In-document links (#fragment) inside the citation. */
  fragments: FragmentLink[];
}

export interface ReferencePool {
  /** Entries of reference lists and companion files (cited by name, number or key). */
  list: EntryProfile[];
  /** Entries that are footnotes. */
  notes: EntryProfile[];
  byKey: Map<string, ReferenceEntry[]>;
  byNumber: Map<number, ReferenceEntry[]>;
  /** Numbered entries in list order (the 19th may be labelled "18." by mistake). */
  numbered: ReferenceEntry[];
  byId: Map<string, ReferenceEntry>;
  /** True when the entries come from other files of the same folder (a multi-file manuscript). */
  borrowed: boolean;
}

export function referencePool(profiles: EntryProfile[], borrowed = false): ReferencePool {
  const pool: ReferencePool = { list: [], notes: [], byKey: new Map(), byNumber: new Map(), numbered: [], byId: new Map(), borrowed };
  const add = <K>(map: Map<K, ReferenceEntry[]>, key: K, entry: ReferenceEntry) => pushTo(map, key, entry);
  for (const profile of profiles) {
    const entry = profile.entry;
    pool.byId.set(entry.id, entry);
    if (!isListEntry(entry)) {
      pool.notes.push(profile);
      continue;
    }
    pool.list.push(profile);
    for (const key of profile.keys) add(pool.byKey, key, entry);
    if (entry.label !== undefined && /^\d{1,4}$/.test(entry.label)) {
      add(pool.byNumber, Number(entry.label), entry);
      pool.numbered.push(entry);
    }
  }
  return pool;
}

interface CitedYear {
  year?: number;
  suffix?: string;
  noDate: boolean;
}

function citedYear(text: string | undefined): CitedYear {
  const match = text ? /^(\d{4})([a-z])?$/i.exec(text.trim()) : null;
  if (match) return { year: Number(match[1]), ...(match[2] ? { suffix: match[2].toLowerCase() } : {}), noDate: false };
  return { noDate: text !== undefined };
}

function yearFits(cited: CitedYear, profile: EntryProfile): boolean {
  if (cited.noDate) return profile.noDate || profile.year === undefined;
  if (profile.year === undefined) return !profile.noDate; // an entry without a year cannot contradict
  if (!profile.years.includes(cited.year!)) return false;
  return !(cited.suffix && profile.suffix && cited.suffix !== profile.suffix);
}

/** Entries grouped into distinct works (the same work listed twice is one work). */
export function distinctWorks(entries: ReferenceEntry[]): ReferenceEntry[][] {
  const groups: ReferenceEntry[][] = [];
  for (const entry of entries) {
    const group = groups.find((g) => sameWork(g[0]!, entry));
    if (group) group.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

type Outcome = Pick<Resolution, 'status' | 'targets' | 'near' | 'tier'>;

type NameMatch = { p: EntryProfile; tier: Tier };
/** Theses cite the same authors again and again: match each distinct name list once per pool. */
const matchCache = new WeakMap<ReferencePool, Map<string, NameMatch[]>>();

function nameMatches(cited: ReturnType<typeof citedName>[], profiles: EntryProfile[], pool: ReferencePool): NameMatch[] {
  let cache = matchCache.get(pool);
  if (!cache) matchCache.set(pool, (cache = new Map()));
  const key = JSON.stringify(cited);
  let matches = cache.get(key);
  if (!matches) {
    matches = profiles.map((p) => ({ p, tier: matchTier(cited, p) })).filter((m): m is NameMatch => m.tier !== undefined);
    cache.set(key, matches);
  }
  return matches;
}

function resolveByName(citation: Citation, pool: ReferencePool, words: NameWords): Outcome {
  const profiles = pool.list.length ? pool.list : pool.notes;
  const cited = (citation.names ?? []).map((n) => citedName(n, words));
  const matches = nameMatches(cited, profiles, pool);
  const year = citedYear(citation.year);
  const none: Outcome = { status: 'missing', targets: [], near: [] };
  const bestTier = Math.min(...matches.map((m) => m.tier));
  if (citation.year === undefined) {
    const named = matches.filter((m) => m.tier === bestTier && m.tier <= Tier.CoAuthor).map((m) => m.p.entry);
    if (named.length === 0) return { ...none, near: matches.filter((m) => m.tier === Tier.NearMiss).map((m) => m.p.entry) };
    return { status: citation.kind === 'author-year' ? 'no-year' : 'resolved', targets: named, near: [], tier: bestTier };
  }
  for (const tier of [Tier.Exact, Tier.FirstAuthor, Tier.CoAuthor, Tier.Variant]) {
    let group = matches.filter((m) => m.tier === tier && yearFits(year, m.p));
    if (group.length === 0) continue;
    const bySuffix = group.filter((m) => year.suffix !== undefined && m.p.suffix === year.suffix);
    if (bySuffix.length) group = bySuffix;
    const targets = group.map((m) => m.p.entry);
    return { status: distinctWorks(targets).length > 1 ? 'ambiguous' : 'resolved', targets, near: [], tier };
  }
  if (bestTier <= Tier.Variant) {
    return { status: 'year-mismatch', targets: matches.filter((m) => m.tier === bestTier).map((m) => m.p.entry), near: [], tier: bestTier };
  }
  const near = matches.filter((m) => m.tier === Tier.NearMiss);
  const nearSameYear = near.filter((m) => yearFits(year, m.p)).map((m) => m.p.entry);
  if (nearSameYear.length) return { status: 'near-miss', targets: [], near: nearSameYear, tier: Tier.NearMiss };
  // Last resort: an entry that names the author and the year somewhere (two entries the list
  // extraction ran together, an editor): not provably missing, so not reported.
  const mentioned = profiles.filter((p) => cited[0]?.core.every((t) => wordIn(p.entry.raw, t)) && year.year !== undefined && p.entry.raw.includes(String(year.year)));
  if (mentioned.length) return { status: 'resolved', targets: mentioned.map((p) => p.entry), near: [], tier: Tier.NearMiss };
  return { ...none, near: near.map((m) => m.p.entry) };
}

const wordIn = (text: string, folded: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded)}(?![\\p{L}\\p{N}])`, 'u').test(foldWord(text));

function resolveKeys(citation: Citation, pool: ReferencePool): Outcome & { missingKeys: string[] } {
  const targets: ReferenceEntry[] = [];
  const near: ReferenceEntry[] = [];
  const missingKeys: string[] = [];
  let self = 0;
  for (const key of citation.keys ?? []) {
    const found = pool.byKey.get(key);
    if (found) targets.push(...found);
    else if (isPersistentKey(key)) self++;
    else {
      missingKeys.push(key);
      const similar = [...pool.byKey.keys()].find((k) => k.toLowerCase() === key.toLowerCase() || (key.length >= 6 && distance(k.toLowerCase(), key.toLowerCase()) <= 2));
      if (similar) near.push(...pool.byKey.get(similar)!);
    }
  }
  const status = missingKeys.length ? (near.length ? 'near-miss' : 'missing') : targets.length === 0 && self > 0 ? 'self' : 'resolved';
  return { status, targets, near, missingKeys };
}

function resolveNumbers(citation: Citation, pool: ReferencePool): Outcome & { missingNumbers: number[] } {
  const targets: ReferenceEntry[] = [];
  const missingNumbers: number[] = [];
  for (const n of citation.numbers ?? []) {
    const found = pool.byNumber.get(n);
    if (found) targets.push(...found);
    else missingNumbers.push(n);
  }
  return { status: missingNumbers.length ? 'missing' : 'resolved', targets, near: [], missingNumbers };
}

/**
 * What earlier chapters of a manuscript leave for an Ibid. at the start of the next one: the
 * last in-text citation, the entries of the last note, and the last note by a named author.
 */
export interface EarlierChapters {
  previous?: Resolution;
  lastNote?: ReferenceEntry[];
  noteBy?: (name: string) => ReferenceEntry[] | undefined;
}

/** Resolve a document's citations in reading order (an inline Ibid. takes the one before it). */
export function resolveCitations(doc: DocModel, citations: Citation[], pool: ReferencePool, links: FragmentLink[], words: NameWords, earlier: EarlierChapters = {}): Resolution[] {
  const results: Resolution[] = [];
  let previous: Resolution | undefined = earlier.previous;
  for (const citation of citations) {
    const fragments = links.filter((l) => overlaps(l.span, citation.span) && l.status !== 'anchor');
    let outcome: Outcome & Partial<Pick<Resolution, 'missingKeys' | 'missingNumbers'>>;
    if (citation.kind === 'ibid') {
      const note = inNote(doc, citation.span);
      const hasAntecedent = note ? (citation.names ? citation.targets.length > 0 : previousNote(doc, note) !== undefined) : previous !== undefined;
      const ids = note ? citation.targets : (previous?.targets ?? []).map((e) => e.id);
      let targets = ids.map((id) => pool.byId.get(id) ?? doc.references.find((e) => e.id === id)).filter((e): e is ReferenceEntry => e !== undefined);
      // The first notes of a chapter may refer to the last notes of the chapter before.
      const carried = note && !hasAntecedent ? (citation.names ? earlier.noteBy?.(citation.names[0]!) : earlier.lastNote) : undefined;
      if (carried) targets = carried;
      outcome = { status: hasAntecedent || carried ? 'ibid' : 'orphan', targets, near: [] };
    } else if (citation.kind === 'footnote') {
      const targets = citation.targets.map((id) => pool.byId.get(id) ?? doc.references.find((e) => e.id === id)).filter((e): e is ReferenceEntry => e !== undefined);
      outcome = { status: targets.length ? 'resolved' : 'missing', targets, near: [] };
    } else if (citation.kind === 'key') outcome = resolveKeys(citation, pool);
    else if (citation.kind === 'numeric') outcome = fragments.length ? { status: 'resolved', targets: [], near: [] } : resolveNumbers(citation, pool);
    else outcome = resolveByName(citation, pool, words);

    // An in-document link says which entry is meant; a link that reaches nothing is broken.
    if (fragments.length && citation.kind !== 'key') {
      const reached = fragments.filter((f) => f.status === 'entry').map((f) => f.entry!);
      const broken = fragments.filter((f) => f.status === 'none' || f.status === 'case-mismatch');
      if (reached.length && !broken.length) outcome = { status: 'resolved', targets: reached, near: [] };
      else if (broken.length) {
        const meant = broken.filter((f) => f.entry).map((f) => f.entry!);
        // "[19](#r19)" with no anchor r19: the 19th entry of a numbered list is probably meant.
        const positional = (citation.numbers ?? []).flatMap((n) => pool.byNumber.get(n) ?? (pool.numbered[n - 1] ? [pool.numbered[n - 1]!] : []));
        outcome = broken.every((f) => f.status === 'case-mismatch') ? { status: 'broken-link', targets: meant, near: meant } : { status: 'missing', targets: reached, near: [...meant, ...positional] };
      }
    }
    const result: Resolution = { citation, fragments, ...outcome };
    results.push(result);
    if (citation.kind !== 'ibid' && !inNote(doc, citation.span)) previous = result;
  }
  return results;
}

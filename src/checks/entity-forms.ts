/**
 * The names of a run, gathered across all its documents: each distinct written form with its
 * places, and the evidence for it (how often, in how many documents, in URLs, in the facts file).
 */
import type { DocModel, EntityMention, SourceFile, Span } from '../model/types.js';
import type { FactBase } from '../facts/base.js';
import { compactKey, foldName, isAcronym, isNumeral } from '../util/names.js';

export interface Place {
  doc: DocModel;
  mention: EntityMention;
  /** Inside an in-text citation ("(Brookngs 2022)"): the citation/* rules speak for it. */
  inCitation: boolean;
}

export interface NameForm {
  text: string;
  tokens: string[];
  /** Folded, without spaces or hyphens: "kimjongun". */
  compact: string;
  /** The compact key with transliteration differences removed ("sergei" for Sergey/Sergei). */
  key: string;
  places: Place[];
  docs: Set<DocModel>;
  /** URLs whose letters contain the name ("aljazeera.com", ".../kim-jong-un-meets-...") */
  urlSupport: number;
  /** The facts file knows this spelling (name or alias). */
  known: boolean;
}

export interface Corpus {
  forms: NameForm[];
  /** Two documents about the same things: they share several names (chapters of one thesis). */
  related(a: DocModel, b: DocModel): boolean;
  /** URLs of a document, letters and digits only. */
  urlsOf(doc: DocModel): readonly string[];
  /** Words the run writes in lower case somewhere (common words, not names). */
  lowercase: Set<string>;
  facts?: FactBase;
  places: Set<string>;
}

const MAX_TOKENS = 4;

export function gatherForms(docs: readonly DocModel[], facts?: FactBase): Corpus {
  const byText = new Map<string, NameForm>();
  const lowercase = new Set<string>();
  const urls = new Map<DocModel, string[]>();
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.kind === 'code') continue;
      const prose = block.text.replace(/(?:https?:\/\/|www\.)\S+/g, ' ');
      for (const match of prose.matchAll(/(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu)) lowercase.add(foldName(match[0]));
    }
    urls.set(doc, [...new Set([...doc.urls.map((u) => u.url), ...doc.links.map((l) => l.url)].map((url) => url.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')))]);
    for (const mention of doc.entities ?? []) {
      if (!eligible(mention)) continue;
      const text = mention.tokens.join(' ');
      let form = byText.get(text);
      if (!form) {
        const compact = compactKey(text);
        form = { text, tokens: mention.tokens, compact, key: facts ? facts.spellingKey(text) : compact, places: [], docs: new Set(), urlSupport: 0, known: facts?.knownPerson(text) !== undefined };
        byText.set(text, form);
      }
      const inCitation = doc.citations.some((c) => mention.span.start >= c.span.start && mention.span.end <= c.span.end);
      form.places.push({ doc, mention, inCitation });
      form.docs.add(doc);
    }
  }
  const uniqueUrls = [...new Set([...urls.values()].flat())];
  for (const form of byText.values()) {
    if (form.compact.length >= 6) form.urlSupport = uniqueUrls.filter((u) => u.includes(form.compact)).length;
  }
  const places = new Set((facts?.placeWords() ?? []).map(compactKey));
  const forms = [...byText.values()];
  const shared = sharedNames(forms, lowercase);
  return {
    forms,
    lowercase,
    places,
    related: (a, b) => a === b || (shared.get(a)?.get(b) ?? 0) >= RELATED_DOCUMENTS,
    urlsOf: (doc) => urls.get(doc) ?? [],
    ...(facts ? { facts } : {}),
  };
}

/** Shared multi-word names that make two documents related (a run may mix unrelated papers). */
const RELATED_DOCUMENTS = 3;

function sharedNames(forms: NameForm[], lowercase: Set<string>): Map<DocModel, Map<DocModel, number>> {
  const counts = new Map<DocModel, Map<DocModel, number>>();
  for (const form of forms) {
    if (form.tokens.length < 2 || form.docs.size < 2 || form.tokens.every((t) => lowercase.has(foldName(t)))) continue;
    for (const a of form.docs) {
      const row = counts.get(a) ?? new Map<DocModel, number>();
      counts.set(a, row);
      for (const b of form.docs) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return counts;
}

/** Evidence for `major` reaches the documents of `minor`: same document, one of its URLs, or a related document. */
export function evidenceReaches(corpus: Corpus, major: readonly NameForm[], minor: readonly NameForm[]): boolean {
  const minorDocs = new Set(minor.flatMap((f) => [...f.docs]));
  for (const doc of minorDocs) {
    if (major.some((f) => [...f.docs].some((d) => corpus.related(doc, d)))) return true;
    if (major.some((f) => f.compact.length >= 6 && corpus.urlsOf(doc).some((u) => u.includes(f.compact)))) return true;
  }
  return false;
}

function eligible(mention: EntityMention): boolean {
  const tokens = mention.tokens;
  if (tokens.length > MAX_TOKENS) return false;
  if (tokens.some((t) => /\p{N}/u.test(t) || isNumeral(t))) return false;
  return !(tokens.length === 1 && isAcronym(tokens[0]!));
}

/** How strongly the run attests a spelling. */
export function support(form: NameForm): number {
  return form.places.length + form.urlSupport + (form.known ? 5 : 0);
}

export function describeSupport(form: NameForm): string {
  const times = form.places.length === 1 ? 'once' : `${form.places.length} times`;
  const docs = form.docs.size > 1 ? ` in ${form.docs.size} documents` : '';
  const urls = form.urlSupport > 0 ? `, and in ${form.urlSupport === 1 ? 'a URL' : `${form.urlSupport} URLs`}` : '';
  return `${times}${docs}${urls}`;
}

/** The first place of a form in document order, then the other places worth showing. */
export function firstPlace(form: NameForm): Place {
  return form.places[0]!;
}

export interface RelatedSpan {
  source: SourceFile;
  span: Span;
}

/** The first place of each form in each document (what a reader needs to see the other spellings). */
export function relatedPlaces(forms: readonly NameForm[], limit = 8): RelatedSpan[] {
  const out: RelatedSpan[] = [];
  for (const form of forms) {
    const seen = new Set<DocModel>();
    for (const place of form.places) {
      if (seen.has(place.doc)) continue;
      seen.add(place.doc);
      out.push({ source: place.doc.source, span: place.mention.span });
    }
  }
  return out.slice(0, limit);
}

/** A word that cannot carry a name on its own: a common word or a country ("Moskow-Pyongyang"). */
export function isCommonWord(corpus: Corpus, token: string): boolean {
  return token.split(/[-‐‑]/).every((part) => corpus.lowercase.has(foldName(part)) || corpus.places.has(compactKey(part)));
}

/** The two words before a mention, folded: "agen perjalanan rusia" marks the same slot twice. */
export function contextWords(place: Place): string {
  const block = place.doc.blocks[place.mention.block]!;
  const before = block.text.slice(Math.max(0, place.mention.blockStart - 40), place.mention.blockStart);
  return foldName(before).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-2).join(' ');
}

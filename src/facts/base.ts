/**
 * Questions the checks ask of rules/facts.yaml: who has this family name, is this a known spelling,
 * which offices and countries does a sentence name, which terms fit them.
 */
import { alternation, escapeRegExp, WORD_END, WORD_START } from '../util/regex.js';
import { compactKey, isInitial } from '../util/names.js';
import type { FactPerson, FactTerm, Facts } from './schema.js';
import { pushTo } from '../util/multimap.js';

export interface PersonName {
  family: string;
  /** The given-name words, initials left out. */
  given: string[];
}

/** The words a sentence holds that name an office, a country, or leadership. */
export interface SentenceContext {
  offices: Set<string>;
  countries: Set<string>;
  leads: boolean;
}

export class FactBase {
  private readonly byFamily = new Map<string, FactPerson[]>();
  private readonly knownNames = new Map<string, FactPerson>();
  private readonly equivalents: [RegExp, string][];
  private readonly officePatterns: [string, RegExp][];
  private readonly countryPatterns: [string, RegExp][];
  private readonly leadPattern: RegExp | null;

  constructor(readonly facts: Facts) {
    this.equivalents = facts.spellingEquivalents.map(([from, to]) => {
      const atEnd = from.endsWith('$');
      const body = escapeRegExp(atEnd ? from.slice(0, -1) : from);
      return [new RegExp(atEnd ? `${body}$` : body, atEnd ? 'u' : 'gu'), to];
    });
    for (const person of facts.people) {
      const key = this.wordKey(person.family);
      pushTo(this.byFamily, key, person);
      for (const name of [person.name, ...person.aliases]) this.knownNames.set(this.nameKey(name), person);
    }
    this.officePatterns = Object.entries(facts.offices).map(([id, office]) => [id, wordsPattern(Object.values(office.words).flat(), 'iu')]);
    this.countryPatterns = Object.entries(facts.countries).map(([id, country]) => [id, wordsPattern(country.words, 'u')]);
    const leadWords = Object.values(facts.leadWords).flat();
    this.leadPattern = leadWords.length > 0 ? wordsPattern(leadWords, 'iu') : null;
  }

  get isEmpty(): boolean {
    return this.facts.people.length === 0;
  }

  /** True when `a` and `b` differ in one letter that languages swap ("pacific"/"pasifik"). */
  isExonymSwap(a: string, b: string): boolean {
    if (a.length !== b.length) return false;
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length !== 1) return false;
    const [x, y] = [a[diff[0]!]!, b[diff[0]!]!];
    return this.facts.exonymLetters.some((set) => set.includes(x) && set.includes(y));
  }

  /** Every country word of every language (the entity extractor keeps them out of names). */
  placeWords(): string[] {
    return Object.values(this.facts.countries).flatMap((c) => c.words);
  }

  /** The words of every known given name ("Bill", "Jong", "Dmitry"). */
  givenNameWords(): string[] {
    return this.facts.people.flatMap((p) => [p.given ?? '', ...p.aliases].join(' ').split(/[\s-]+/)).filter((w) => w.length > 1 && !isInitial(w));
  }

  /** One name word, folded and transliteration-normalised: "Sergey" = "Sergei", "Dmitriy" = "Dmitri". */
  wordKey(word: string): string {
    let key = compactKey(word);
    for (const [pattern, replacement] of this.equivalents) key = key.replace(pattern, replacement);
    return key;
  }

  /** A whole name, word by word: "Kim Jong-Un" and "Kim Jong Un" give the same key. */
  nameKey(name: string): string {
    return name.split(/[\s\u00a0-]+/).filter((w) => !isInitial(w)).map((w) => this.wordKey(w)).join('');
  }

  /** A whole name as spelt, initials included: "Kim Jong-un" = "Kim Jong Un", "A. L. Pinart" ≠ "Pinart". */
  spellingKey(name: string): string {
    return name.split(/[\s\u00a0-]+/).filter(Boolean).map((w) => this.wordKey(w)).join('');
  }

  /** The person whose name or alias this is, spelled any accepted way. */
  knownPerson(name: string): FactPerson | undefined {
    return this.knownNames.get(this.nameKey(name));
  }

  peopleWithFamily(word: string): FactPerson[] {
    return this.byFamily.get(this.wordKey(word)) ?? [];
  }

  /**
   * Reads a written name as a fact person's name would be read: "Vladimir Medvedev" → family
   * Medvedev, given [Vladimir]; "Kim Hong Un" → family Kim, given [Hong Un] (Kim is family-first).
   */
  splitName(tokens: readonly string[]): { name: PersonName; people: FactPerson[] } | null {
    if (tokens.length === 0) return null;
    const last = tokens[tokens.length - 1]!;
    const lastPeople = this.peopleWithFamily(last).filter((p) => p.order === 'given-first');
    if (lastPeople.length > 0) return { name: { family: last, given: tokens.slice(0, -1).filter((t) => !isInitial(t)) }, people: lastPeople };
    const first = tokens[0]!;
    const firstPeople = this.peopleWithFamily(first).filter((p) => p.order === 'family-first');
    if (firstPeople.length > 0 && tokens.length > 1) return { name: { family: first, given: [tokens.slice(1).join(' ')] }, people: firstPeople };
    return null;
  }

  /** True when one of the given words is a given name of one of `people` (or of their aliases). */
  givenFits(given: readonly string[], people: readonly FactPerson[]): boolean {
    const accepted = new Set<string>();
    for (const person of people) {
      for (const name of [person.name, ...person.aliases]) {
        const words = name.split(/\s+/).filter((w) => this.wordKey(w) !== this.wordKey(person.family) && !isInitial(w));
        if (person.order === 'family-first') accepted.add(this.nameKey(words.join(' ')));
        else for (const w of words) accepted.add(this.wordKey(w));
      }
      if (person.given) accepted.add(this.nameKey(person.given));
    }
    return given.some((g) => accepted.has(this.nameKey(g)));
  }

  /** Offices, countries and leadership words in a piece of text. */
  contextOf(text: string): SentenceContext {
    return {
      offices: new Set(this.officePatterns.filter(([, re]) => matchesAt(re, text)).map(([id]) => id)),
      countries: new Set(this.countryPatterns.filter(([, re]) => matchesAt(re, text)).map(([id]) => id)),
      leads: this.leadPattern !== null && matchesAt(this.leadPattern, text),
    };
  }

  /**
   * The terms of `person` a sentence speaks about: the country must be named, and the office
   * named by its words, or by a leadership word when the office leads the country.
   */
  termsInContext(person: FactPerson, context: SentenceContext): FactTerm[] {
    const inCountry = person.terms.filter((t) => context.countries.has(t.country));
    const named = inCountry.filter((t) => context.offices.has(t.office));
    if (named.length > 0) return named;
    if (!context.leads) return [];
    return inCountry.filter((t) => t.leads ?? this.facts.offices[t.office]?.leads ?? false);
  }

  officeName(term: FactTerm): string {
    const office = this.facts.offices[term.office]?.name ?? term.office;
    const country = this.facts.countries[term.country]?.name ?? term.country;
    return `${office} of ${country}`;
  }
}

function wordsPattern(words: string[], flags: string): RegExp {
  return new RegExp(`${WORD_START}(?:${alternation(words)})${WORD_END}`, flags);
}

function matchesAt(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

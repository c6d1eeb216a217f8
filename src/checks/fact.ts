/**
 * fact/contradiction: a statement that contradicts rules/facts.yaml. Two kinds, both only where the
 * sentence names the office and its country (or says the person led that country):
 * - a wrong given name for the holder ("Rusia dipimpin … Vladimir Medvedev": Dmitry Medvedev);
 * - a stated period that does not fit the holder's term ("Medvedev sampai tahun 2008": his
 *   presidency ran 2008-2012);
 * - an office holder, titled, in a sentence dated outside their term ("In 1996, Chancellor
 *   Gerhard Schröder": from 1998), as a warning (fact-office-date.ts).
 * Quotations, former office holders ("mantan", "former") and names the facts do not single out
 * (several Kims, two Clintons) are left alone.
 */
import type { DocumentCheck, RawFinding, CheckContext } from './types.js';
import type { DocModel, EntityMention } from '../model/types.js';
import type { FactBase } from '../facts/base.js';
import type { FactPerson, FactTerm } from '../facts/schema.js';
import { splitSentences } from '../extract/sentences.js';
import { officeDateClash } from './fact-office-date.js';
import { formatDate } from '../util/date-compare.js';
import type { Lexicon } from '../lang/lexicon.js';
import { alternation, WORD_END, WORD_START } from '../util/regex.js';
import { foldName } from '../util/names.js';

/** How far after a name a stated period may start ("Medvedev sampai tahun 2008"). */
const CLAIM_WINDOW = 40;

export const factContradiction: DocumentCheck = {
  id: 'fact/contradiction',
  severity: 'error',
  scope: 'document',
  description: 'A statement that contradicts rules/facts.yaml: a wrong given name for an office holder, a period outside their term.',
  run(doc, ctx) {
    const facts = ctx.facts;
    if (!facts || facts.isEmpty || !doc.entities) return [];
    const words = claimWords(doc, ctx);
    const findings: RawFinding[] = [];
    for (const mention of doc.entities) {
      if (mention.quoted || mention.kind === 'organisation') continue;
      const split = facts.splitName(mention.tokens);
      if (!split) continue;
      const block = doc.blocks[mention.block]!;
      const sentence = sentenceAt(block.text, mention.blockStart, doc.lexicon);
      const context = facts.contextOf(block.text.slice(sentence.start, sentence.end));
      if (isFormer(block.text.slice(sentence.start, mention.blockStart), words.former)) continue;
      const person = singlePerson(facts, split.people, split.name.given);
      const wrongGiven = person && split.name.given.length > 0 && !facts.givenFits(split.name.given, split.people);
      if (person && wrongGiven) {
        const terms = facts.termsInContext(person, context);
        if (terms.length > 0) {
          findings.push({
            span: mention.span,
            message: `${quote(mention.text)}: the ${split.name.family} who was ${facts.officeName(terms[0]!)} (${period(terms, ctx)}) is ${person.name}.`,
            suggestion: person.name,
          });
        }
      }
      const clash = person && !wrongGiven ? officeDateClash(doc, mention, person, facts) : undefined;
      if (clash) {
        findings.push({
          span: { start: mention.title!.span.start, end: mention.span.end },
          message: `${person!.name} was ${facts.officeName(clash.term)} ${period([clash.term], ctx)}, not in ${formatDate(clash.event.date)} ("${clash.event.date.text}").`,
          related: [{ source: doc.source, span: clash.event.date.span }],
          severity: 'warning',
        });
      }
      if (person) {
        const claim = statedPeriod(block.text, mention, sentence.end, words, doc.entities);
        if (claim) {
          const terms = facts.termsInContext(person, context);
          // "in power since 1966" (Suharto) is loose talk about an office: a year either way is fine.
          const slack = terms.some((t) => context.offices.has(t.office)) ? 0 : 1;
          if (terms.length > 0 && !claimFits(claim, terms, slack)) {
            const start = doc.blocks[mention.block]!.offsets[claim.end - 1]! + 1;
            findings.push({
              span: { start: mention.span.start, end: start },
              message: `${person.name} was ${facts.officeName(terms[0]!)} ${period(terms, ctx)}; ${quote(claim.text)} does not fit that term.`,
            });
          }
        }
      }
    }
    return findings;
  },
};

const quote = (text: string) => `“${text}”`;

interface ClaimWords {
  until: RegExp | null;
  since: RegExp | null;
  former: string[];
}

/** The document's language and English: "sampai tahun", "until", "sejak", "since". */
function claimWords(doc: DocModel, ctx: CheckContext): ClaimWords {
  const lexicons = [ctx.lexicon(doc.language), ctx.lexicon('en')];
  const pattern = (list: string[]) => (list.length > 0 ? new RegExp(`${WORD_START}(?:${alternation(list)})\\s+(\\d{4})${WORD_END}`, 'iu') : null);
  return {
    until: pattern(lexicons.flatMap((l) => l.untilWords)),
    since: pattern(lexicons.flatMap((l) => l.sinceWords)),
    former: lexicons.flatMap((l) => l.formerWords).map(foldName),
  };
}

/** "mantan Presiden …", "former President …": the term is over, a period may be about anything. */
function isFormer(before: string, former: string[]): boolean {
  const words = foldName(before).split(/[^\p{L}-]+/u).filter(Boolean).slice(-4);
  return words.some((w) => former.includes(w) || former.some((f) => f.endsWith('-') && w.startsWith(f)));
}

/** The one person the facts know by this family name and given name. */
function singlePerson(facts: FactBase, people: FactPerson[], given: string[]): FactPerson | undefined {
  const fitting = given.length > 0 ? people.filter((p) => facts.givenFits(given, [p])) : people;
  if (fitting.length === 1) return fitting[0];
  // A wrong given name: only when the family name leaves no doubt about who is meant.
  const givenKeys = new Set(people.map((p) => facts.nameKey(p.given ?? p.family)));
  return fitting.length === 0 && givenKeys.size === 1 ? people[0] : undefined;
}

interface Claim {
  kind: 'until' | 'since';
  year: number;
  text: string;
  /** Offset in the block text just past the year. */
  end: number;
}

/** A period stated right after the name, before any other name: "Medvedev sampai tahun 2008". */
function statedPeriod(text: string, mention: EntityMention, sentenceEnd: number, words: ClaimWords, entities: EntityMention[]): Claim | null {
  const windowEnd = Math.min(sentenceEnd, mention.blockEnd + CLAIM_WINDOW + 20);
  const after = text.slice(mention.blockEnd, windowEnd);
  let best: Claim | null = null;
  for (const [kind, pattern] of [['until', words.until], ['since', words.since]] as const) {
    const match = pattern?.exec(after);
    if (!match || match.index > CLAIM_WINDOW) continue;
    const start = mention.blockEnd + match.index;
    const claim: Claim = { kind, year: Number(match[1]), text: match[0], end: start + match[0].length };
    if (!best || claim.end < best.end) best = claim;
  }
  if (!best) return null;
  const claimStart = best.end - best.text.length;
  const between = entities.some((e) => e.block === mention.block && e.blockStart >= mention.blockEnd && e.blockStart < claimStart && e.kind !== 'organisation');
  return between ? null : best;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const monthOf = (date: string) => Number(date.slice(5, 7));

/**
 * A term ending in January–February may be said to end the year before; one starting in
 * December, the year after; `slack` allows that many years either way.
 */
function claimFits(claim: Claim, terms: FactTerm[], slack: number): boolean {
  const near = (year: number) => Math.abs(year - claim.year) <= slack;
  return terms.some((term) => {
    if (claim.kind === 'since') return near(yearOf(term.from)) || (monthOf(term.from) === 12 && near(yearOf(term.from) + 1));
    if (term.to === undefined) return yearOf(term.from) - slack <= claim.year;
    return near(yearOf(term.to)) || (monthOf(term.to) <= 2 && near(yearOf(term.to) - 1));
  });
}

/** "from 7 May 2008 to 7 May 2012", or "since 9 March 2004". */
function period(terms: FactTerm[], ctx: CheckContext): string {
  const months = ctx.lexicon('en').months;
  const day = (date: string) => `${Number(date.slice(8, 10))} ${months[monthOf(date) - 1]![0]} ${yearOf(date)}`;
  return terms.map((t) => (t.to ? `from ${day(t.from)} to ${day(t.to)}` : `since ${day(t.from)}`)).join(' and ');
}

/** The sentence of the block's text that holds position `at`. */
function sentenceAt(text: string, at: number, lexicon: Lexicon): { start: number; end: number } {
  return splitSentences(text, lexicon).find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length };
}

/**
 * The second half of fact/contradiction: an office holder named with their title in a sentence
 * that dates itself, outside their term ("In 1996, German Chancellor Gerhard Schröder …":
 * Schröder was Chancellor from 1998). Conservative: the title must stand right before the name
 * and name an office the person held; the sentence must carry exactly one absolute date (no
 * range, no relative or approximate date, no citation year); the date is compared at its own
 * precision (a year with years). Reported as a warning: a sentence may date something else.
 */
import type { DocModel, EntityMention } from '../model/types.js';
import type { FactBase } from '../facts/base.js';
import type { FactPerson, FactTerm } from '../facts/schema.js';
import { datedEvents, type DatedEvent } from '../extract/events.js';
import { compareDates, type DateLike } from '../util/date-compare.js';
import { pushTo } from '../util/multimap.js';

export interface OfficeDateClash {
  term: FactTerm;
  event: DatedEvent;
}

const byBlockCache = new WeakMap<DocModel, Map<number, DatedEvent[]>>();

/** The document's dated events per block, built once: every titled name looks up its own. */
function eventsInBlock(doc: DocModel, block: number): DatedEvent[] {
  let byBlock = byBlockCache.get(doc);
  if (!byBlock) {
    byBlock = new Map();
    for (const event of datedEvents(doc)) pushTo(byBlock, event.sentence.block, event);
    byBlockCache.set(doc, byBlock);
  }
  return byBlock.get(block) ?? [];
}

/** The one date the mention's sentence gives, or undefined when it gives none or several. */
function soleDate(doc: DocModel, mention: EntityMention): DatedEvent | undefined {
  const inSentence = eventsInBlock(doc, mention.block).filter((e) => e.sentence.start <= mention.blockStart && e.sentence.end >= mention.blockEnd);
  if (inSentence.length !== 1) return undefined;
  const only = inSentence[0]!;
  return only.date.relative || only.date.approximate || only.date.until ? undefined : only;
}

const termDate = (iso: string): DateLike => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

/** compareDates works at the coarser precision of the two: 2008 is within a term from 7 May 2008. */
function within(date: DateLike, term: FactTerm): boolean {
  if (compareDates(date, termDate(term.from)) < 0) return false;
  return term.to === undefined || compareDates(date, termDate(term.to)) <= 0;
}

/** The titled mention's office terms, when the sentence's only date falls outside all of them. */
export function officeDateClash(doc: DocModel, mention: EntityMention, person: FactPerson, facts: FactBase): OfficeDateClash | undefined {
  if (!mention.title) return undefined;
  const titled = facts.contextOf(mention.title.text);
  const event = soleDate(doc, mention);
  if (!event) return undefined;
  const countries = facts.contextOf(event.sentence.text).countries;
  const terms = person.terms.filter((t) => titled.offices.has(t.office) && (countries.size === 0 || countries.has(t.country)));
  if (terms.length === 0 || terms.some((t) => within(event.date, t))) return undefined;
  return { term: terms[0]!, event };
}

/**
 * date/event-conflict, over all documents of a run: two sentences that describe the same kind
 * of event with different dates. Either one event given two dates (a warning: "Kim met Putin on
 * 12 September 2023" here, "on 13 September 2023" there), or two events close enough in wording
 * and date to be confused (info: Putin's visits to Pyongyang on 19 July 2000 and 19 June 2024).
 * The pair is reported with `related`; neither date is "corrected" into the other.
 *
 * The words around each date (a few content words on either side) stand for the event. Two
 * dates are compared only when their words share both a name (who, where: capitalised) and a
 * word for what happened (lower case, same stem: "kunjungan"/"kunjungi"). A topic that every
 * sentence shares is not enough. Then: dates at most three days apart whose words overlap much
 * (weighted by rarity across the run) are one event given two dates (warning); such words a few
 * weeks apart, or dates on the same day of the same or a look-alike month (Juni/Juli), are two
 * events that may be confused (info: a series of similar events is normal). Only day- or
 * month-precise absolute dates take part.
 */
import type { DateMention, DocModel, SourceFile } from '../model/types.js';
import type { CorpusCheck, CheckContext, RawFinding } from './types.js';
import { contentWords, datedEvents, stopWordsOf, type DatedEvent } from '../extract/events.js';
import { compareDates, daysApart, formatDate, isoOf } from '../util/date-compare.js';
import { foldWord } from '../lang/lexicon.js';
import { distance } from 'fastest-levenshtein';
import { pushTo } from '../util/multimap.js';

/** Overlap (weighted by rarity) of the words around two dates above which they may be one
 * event (rule option `sameEvent` overrides it). */
export const SAME_EVENT = 0.5;
/** Mentions of one date that are compared with other dates (the first ones in the run). */
const MAX_COMPARED_MENTIONS = 40;
/** Content words taken on each side of the date: the clause around it, not the whole sentence. */
const WINDOW = 6;
/** One event given two dates: at most this many days apart (a slip, a time zone)... */
const SAME_EVENT_DAYS = 3;
/** ...while a month apart it may as well be a second event of the same kind (info). */
const NEARBY_DAYS = 31;

interface Word {
  folded: string;
  /** Capitalised in the text: part of a name, not the word for what happened. */
  name: boolean;
}

export interface EventDescription {
  doc: DocModel;
  event: DatedEvent;
  words: Word[];
}

function wordsAround(event: DatedEvent, sameSentence: DatedEvent[], stop: Set<string>): Word[] {
  const { sentence } = event;
  const skip = sameSentence.map((e) => ({ start: e.start - sentence.start, end: e.end - sentence.start }));
  const all = contentWords(sentence.text, skip, stop);
  const at = event.start - sentence.start;
  const before = all.filter((w) => w.start < at).slice(-WINDOW);
  const after = all.filter((w) => w.start >= at).slice(0, WINDOW);
  return [...before, ...after].map((w) => ({ folded: w.word, name: /^\p{Lu}/u.test(w.text) }));
}

function describe(docs: DocModel[], ctx: CheckContext): EventDescription[] {
  const described: EventDescription[] = [];
  const perDate = new Map<string, number>();
  for (const doc of docs) {
    const stop = stopWordsOf([ctx.lexicon(doc.language), ctx.lexicon('en'), doc.lexicon]);
    const events = datedEvents(doc);
    const bySentence = new Map<object, DatedEvent[]>();
    for (const e of events) pushTo(bySentence, e.sentence, e);
    for (const event of events) {
      const { date } = event;
      if (date.relative || date.approximate || date.until || date.precision === 'year') continue;
      // A date written a thousand times need not be compared a thousand times.
      const seen = perDate.get(isoOf(date)) ?? 0;
      if (seen >= MAX_COMPARED_MENTIONS) continue;
      perDate.set(isoOf(date), seen + 1);
      const words = wordsAround(event, bySentence.get(event.sentence)!, stop);
      if (words.length >= 2) described.push({ doc, event, words });
    }
  }
  return described;
}

/** Rarity of each word among the described dates. */
function rarity(described: EventDescription[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of described) for (const w of new Set(d.words.map((x) => x.folded))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Map([...counts].map(([w, n]) => [w, Math.log(1 + described.length / n)]));
}

/** Same word, or the same stem ("kunjungan"/"kunjungi", "visited"/"visits"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 5;
}

interface Overlap {
  score: number;
  /** A shared word for what happened (not part of a name). */
  action: boolean;
  /** A shared word of a name (who, where). */
  name: boolean;
}

export function overlap(a: Word[], b: Word[], weight: Map<string, number>): Overlap {
  const w = (t: string) => weight.get(t) ?? 1;
  const result: Overlap = { score: 0, action: false, name: false };
  let shared = 0;
  for (const x of a) {
    const match = b.find((y) => sameWord(x.folded, y.folded));
    if (!match) continue;
    shared += w(x.folded);
    if (!x.name && !match.name) result.action = true;
    if (x.name && match.name) result.name = true;
  }
  const sum = (words: Word[]) => words.reduce((acc, t) => acc + w(t.folded), 0);
  const smaller = Math.min(sum(a), sum(b));
  result.score = smaller === 0 ? 0 : Math.min(1, shared / smaller);
  return result;
}

const lookAlikeCache = new WeakMap<object, boolean[][]>();

/** Month names a letter or two apart in this language: Juni/Juli, June/July. */
function lookAlikeMonths(ctx: CheckContext, lang: string): boolean[][] {
  const lexicon = ctx.lexicon(lang);
  let table = lookAlikeCache.get(lexicon);
  if (!table) {
    const names = lexicon.months.map((forms) => foldWord(forms[0]!));
    table = names.map((a) => names.map((b) => distance(a, b) <= 2));
    lookAlikeCache.set(lexicon, table);
  }
  return table;
}

/** Dates a writer could mix up: the same day of the month, in the same or a look-alike month. */
function confusable(a: DateMention, b: DateMention, ctx: CheckContext, lang: string): boolean {
  if (a.day === undefined || a.day !== b.day || a.month === undefined || b.month === undefined) return false;
  return a.month === b.month || lookAlikeMonths(ctx, lang)[a.month - 1]![b.month - 1]!;
}

export interface EventPair {
  first: EventDescription;
  second: EventDescription;
  score: number;
  kind: 'same-event' | 'confusable';
}

/** Month number since year 0: 2024-06 → 24293. */
const monthIndex = (d: DateMention) => d.year * 12 + (d.month ?? 1) - 1;

/** Mentions of one date, in text order. */
interface DateGroup {
  date: DateMention;
  members: { order: number; description: EventDescription }[];
}

function groupByDate(described: EventDescription[]): DateGroup[] {
  const groups = new Map<string, DateGroup>();
  described.forEach((description, order) => {
    const key = isoOf(description.event.date);
    const group = groups.get(key) ?? { date: description.event.date, members: [] };
    group.members.push({ order, description });
    groups.set(key, group);
  });
  return [...groups.values()];
}

/**
 * Pairs of dates worth comparing: at most a month apart, or on the same day of the month in
 * look-alike months. Sorting and bucketing distinct dates keep this near linear; i < j.
 */
function candidateGroups(groups: DateGroup[], ctx: CheckContext): [number, number][] {
  const pairs = new Set<number>();
  const n = groups.length;
  const key = (i: number, j: number) => Math.min(i, j) * n + Math.max(i, j);
  const byMonth = groups.map((g, i) => ({ i, m: monthIndex(g.date) })).sort((a, b) => a.m - b.m || a.i - b.i);
  for (let x = 0; x < byMonth.length; x++) {
    for (let y = x + 1; y < byMonth.length && byMonth[y]!.m - byMonth[x]!.m <= 1; y++) pairs.add(key(byMonth[x]!.i, byMonth[y]!.i));
  }
  const byDay = new Map<number, number[]>();
  groups.forEach((g, i) => {
    if (g.date.day !== undefined) pushTo(byDay, g.date.day, i);
  });
  for (const same of byDay.values()) {
    for (let x = 0; x < same.length; x++) {
      for (let y = x + 1; y < same.length; y++) {
        if (confusable(groups[same[x]!]!.date, groups[same[y]!]!.date, ctx, groups[same[x]!]!.date.lang)) pairs.add(key(same[x]!, same[y]!));
      }
    }
  }
  return [...pairs].sort((a, b) => a - b).map((k) => [Math.floor(k / n), k % n]);
}

/** At most one pair per two dates: the one that shows up earliest in the run, a warning first. */
export function eventPairs(docs: DocModel[], ctx: CheckContext): EventPair[] {
  const described = describe(docs, ctx);
  const weight = rarity(described);
  const sameEvent = typeof ctx.options['sameEvent'] === 'number' ? ctx.options['sameEvent'] : SAME_EVENT;
  const groups = groupByDate(described);
  const pairs: (EventPair & { rank: [number, number, number] })[] = [];
  for (const [gi, gj] of candidateGroups(groups, ctx)) {
    const [dateA, dateB] = [groups[gi]!.date, groups[gj]!.date];
    if (compareDates(dateA, dateB) === 0) continue; // "Juni 2024" and "19 Juni 2024" do not disagree
    const days = daysApart(dateA, dateB);
    const within = (limit: number) => (days !== undefined ? Math.abs(days) <= limit : Math.abs(monthIndex(dateA) - monthIndex(dateB)) <= 1);
    const lookAlike = confusable(dateA, dateB, ctx, dateA.lang);
    let best: (EventPair & { rank: [number, number, number] }) | undefined;
    for (const x of groups[gi]!.members) {
      for (const y of groups[gj]!.members) {
        const [a, b] = x.order < y.order ? [x, y] : [y, x];
        if (a.description.doc === b.description.doc && a.description.event.sentence === b.description.event.sentence) continue;
        // The same who/where and the same what: "kunjungan Putin" and "Putin … melakukan kunjungan".
        const shared = overlap(a.description.words, b.description.words, weight);
        if (!shared.action || !shared.name) continue;
        const alike = shared.score >= sameEvent;
        const kind = alike && days !== undefined && within(SAME_EVENT_DAYS) ? 'same-event' : (alike && within(NEARBY_DAYS)) || lookAlike ? 'confusable' : undefined;
        if (!kind) continue;
        const rank: [number, number, number] = [kind === 'same-event' ? 0 : 1, b.order, a.order];
        if (!best || before(rank, best.rank)) best = { first: a.description, second: b.description, score: shared.score, kind, rank };
      }
    }
    if (best) pairs.push(best);
  }
  return pairs
    .sort((p, q) => p.rank[1] - q.rank[1] || p.rank[2] - q.rank[2])
    .map(({ first, second, score, kind }) => ({ first, second, score, kind }));
}

/** Lexicographic order of two rank tuples. */
function before(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

export const eventConflict: CorpusCheck = {
  id: 'date/event-conflict',
  severity: 'warning',
  scope: 'corpus',
  description: 'One event given different dates, or two dated events that look like one.',
  run(docs, ctx) {
    const findings: (RawFinding & { source: SourceFile })[] = [];
    // One finding per pair of dates, at the mention that comes second, the other one related.
    for (const { first, second, kind } of eventPairs(docs, ctx)) {
      const [a, b] = [first.event.date, second.event.date];
      const where = first.doc === second.doc ? 'earlier in this document' : `in ${first.doc.source.path}`;
      const message =
        kind === 'same-event'
          ? `The same event seems to be dated ${formatDate(b)} here and ${formatDate(a)} ${where}; check which date is right.`
          : `A similar event is dated ${formatDate(a)} ${where} (this one: ${formatDate(b)}); make sure these are two events and that each date is right.`;
      findings.push({
        span: b.span,
        source: second.doc.source,
        message,
        related: [{ source: first.doc.source, span: a.span }],
        ...(kind === 'confusable' ? { severity: 'info' as const } : {}),
      });
    }
    return findings;
  },
};

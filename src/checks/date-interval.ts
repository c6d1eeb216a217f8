/**
 * date/interval-mismatch: a stated span ("after 24 years", "setelah 24 tahun", "two decades
 * later", "selama 4 tahun (2008–2012)") that the dates it spans do not support. The phrases
 * are templates in rules/lang (intervalPhrases, intervalUnits). The two dates are only taken
 * when they are unambiguous: one range, or exactly two dates in the sentence, or one date in
 * the sentence and exactly one in the sentence before. Otherwise nothing is said: "kunjungan
 * pertama setelah 24 tahun" with no date nearby cannot be checked, so it is not.
 */
import type { DateMention, DocModel } from '../model/types.js';
import type { DocumentCheck, RawFinding } from './types.js';
import type { Lexicon } from '../lang/lexicon.js';
import { datedEvents, type DatedEvent } from '../extract/events.js';
import { documentSentences, type DocumentSentence } from '../extract/sentences.js';
import { numberPattern, parseNumber } from '../extract/relative-dates.js';
import { formatDate, yearsApart, type DateLike } from '../util/date-compare.js';
import { alternation, escapeRegExp, WORD_END, WORD_START } from '../util/regex.js';
import { pushTo } from '../util/multimap.js';

interface Phrase {
  regex: RegExp;
  lexicon: Lexicon;
  /** "{n} {unit} after": the word after the span is a preposition (it also opens "after {n} {unit}"), so an object follows. */
  takesObject: boolean;
}

const cache = new WeakMap<Lexicon, Phrase[]>();

function phrasesOf(lexicon: Lexicon): Phrase[] {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const { year, decade } = lexicon.intervalUnits;
  if (!year.length) {
    cache.set(lexicon, []);
    return [];
  }
  const units = [`(?<year>${alternation(year)})`, ...(decade.length ? [`(?<decade>${alternation(decade)})`] : [])];
  const unit = `(?:${units.join('|')})`;
  const n = `(?<n>${numberPattern(lexicon)})`;
  const openers = new Set(lexicon.intervalPhrases.map((text) => text.split(/\s+/)[0]!.toLowerCase()));
  const phrases = lexicon.intervalPhrases.map((text) => {
    const last = /\{unit\}\s+(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase();
    const body = text
      .split(/(\{n\}|\{unit\})/)
      .map((part) => (part === '{n}' ? n : part === '{unit}' ? unit : escapeRegExp(part).replace(/ /g, '\\s+')))
      .join('');
    return { regex: new RegExp(`${WORD_START}${body}${WORD_END}`, 'giu'), lexicon, takesObject: last !== undefined && openers.has(last) };
  });
  cache.set(lexicon, phrases);
  return phrases;
}

const usable = (e: DatedEvent) => !e.date.relative && !e.date.approximate;

/** The two ends of the span, or undefined when they are not unambiguous. */
function endpoints(sentence: DocumentSentence, previous: DocumentSentence | undefined, events: Map<DocumentSentence, DatedEvent[]>): [DateLike, DateLike, DateMention[]] | undefined {
  const datesOf = (s: DocumentSentence) => (events.get(s) ?? []).filter(usable).map((e) => e.date);
  const here = datesOf(sentence);
  const ranges = here.filter((d) => d.until);
  if (ranges.length === 1 && here.length === 1) return [ranges[0]!, ranges[0]!.until!, here];
  if (ranges.length) return undefined;
  if (here.length === 2) return [here[0]!, here[1]!, here];
  if (here.length === 1 && previous) {
    const before = datesOf(previous);
    if (before.length === 1 && !before[0]!.until) return [before[0]!, here[0]!, [before[0]!, here[0]!]];
  }
  return undefined;
}

function ordered(a: DateLike, b: DateLike): [DateLike, DateLike] {
  return yearsApart(a, b) >= 0 ? [a, b] : [b, a];
}

export const intervalMismatch: DocumentCheck = {
  id: 'date/interval-mismatch',
  severity: 'warning',
  scope: 'document',
  description: 'A stated span ("after 24 years") that the dates do not support.',
  run(doc: DocModel, ctx) {
    const lexicons = [...new Set([ctx.lexicon(doc.language), ctx.lexicon('en')])];
    const events = new Map<DocumentSentence, DatedEvent[]>();
    for (const e of datedEvents(doc)) pushTo(events, e.sentence, e);
    const sentences = documentSentences(doc);
    const phrases = lexicons.flatMap(phrasesOf);
    // Only sentences that hold a unit word ("tahun", "years") and a number can state a span.
    const unitWords = lexicons.flatMap((l) => [...l.intervalUnits.year, ...l.intervalUnits.decade]);
    const mayHold = unitWords.length ? new RegExp(`${WORD_START}(?:${alternation(unitWords)})${WORD_END}`, 'iu') : undefined;
    const findings: RawFinding[] = [];
    sentences.forEach((sentence, index) => {
      if (!mayHold?.test(sentence.text)) return;
      const block = doc.blocks[sentence.block]!;
      const before = sentences[index - 1];
      const previous = before && before.block === sentence.block ? before : undefined;
      for (const { regex, lexicon, takesObject } of phrases) {
        for (const m of sentence.text.matchAll(regex)) {
          const count = parseNumber(m.groups!['n']!, lexicon);
          if (!count) continue;
          const stated = m.groups!['decade'] ? count * 10 : count;
          // "Two years after the Dengvaxia announcement, in 2019": the phrase names its own starting
          // point; a date in the sentence before is not that point.
          const namesItsStart = takesObject && /^\s+\p{L}/u.test(sentence.text.slice(m.index! + m[0].length));
          const ends = endpoints(sentence, namesItsStart ? undefined : previous, events);
          if (!ends) continue;
          const [from, to] = ordered(ends[0], ends[1]);
          const actual = yearsApart(from, to);
          const tolerance = m.groups!['decade'] ? 5 : 1;
          const exact = from.day !== undefined && to.day !== undefined;
          if (exact ? Math.abs(actual - stated) < tolerance : Math.abs(actual - stated) <= tolerance) continue;
          const start = sentence.start + m.index!;
          const span = { start: block.offsets[start]!, end: block.offsets[start + m[0].length - 1]! + 1 };
          const years = Math.round(actual);
          const finding: RawFinding = {
            span,
            message: `"${m[0]}" does not match the dates it spans: ${formatDate(from)} to ${formatDate(to)} is ${exact ? 'about ' : ''}${years} year${years === 1 ? '' : 's'}.`,
            related: ends[2].map((d) => ({ source: doc.source, span: d.span })),
          };
          if (/^\d+$/.test(m.groups!['n']!) && !m.groups!['decade']) finding.suggestion = m[0].replace(m.groups!['n']!, String(years));
          findings.push(finding);
        }
      }
    });
    return findings;
  },
};

/**
 * citation/anachronism: a sentence dates an event, and every source cited for it is dated
 * before that event ("Pada 12 September 2023, Kim Jong-Un bertemu Putin … (RCTI Plus.com
 * 2022)"). Conservative by design: only absolute dates (no relative, decade or forecast
 * dates, no years that name a law), only the sentences the citation closes (up to two before
 * it, never past another citation), only bracketed and note citations (a narrative "Cohen (1960)"
 * names a work, it does not vouch for the sentence's dates; nor does a "see also" note), and
 * only when every cited entry has a known date.
 */
import type { DocModel, Span } from '../model/types.js';
import type { DocumentCheck, RawFinding } from './types.js';
import { citedSources, containment, datedEvents, type CitedSource, type DatedEvent } from '../extract/events.js';
import { documentSentences } from '../extract/sentences.js';
import { bySpanStart, firstAtOrAfter, itemsWithin } from '../util/sorted-spans.js';
import { compareDates, cslDate, formatDate, type DateLike } from '../util/date-compare.js';
import { alternation, WORD_END, WORD_START } from '../util/regex.js';
import type { Lexicon } from '../lang/lexicon.js';

/** How many sentences before the citation's own sentence it may be vouching for. */
const SENTENCES_BEFORE = 2;

/** The stretch of text a citation vouches for: from the end of the previous citation (or two
 * sentences back) to the start of the next citation (or the end of its own sentence). */
function claimOf(doc: DocModel, citation: CitedSource, all: CitedSource[]): (Span & { own: number }) | undefined {
  const sentences = documentSentences(doc);
  let index = firstAtOrAfter(sentences, citation.span.start + 1) - 1; // the last sentence starting at or before it
  if (index < 0) return undefined;
  // "… warga.¹ Kementerian …": a note mark after the full stop closes the sentence before it.
  if (sentences[index]!.span.start >= citation.span.start && index > 0 && sentences[index - 1]!.block === sentences[index]!.block) index--;
  const own = sentences[index]!;
  let first = index;
  // A number in brackets is part of its sentence ("flagged following [5]"): it vouches for that
  // sentence only. Author-year and note citations often close a passage of several sentences.
  const reach = citation.kind === 'numeric' ? 0 : SENTENCES_BEFORE;
  while (first > 0 && index - first < reach && sentences[first - 1]!.block === own.block) first--;
  let start = sentences[first]!.span.start;
  let end = Math.max(own.span.end, citation.span.start);
  for (const other of all) {
    if (other === citation) continue;
    if (other.span.end <= citation.span.start && other.span.end > start) start = other.span.end;
    if (other.span.start >= citation.span.end && other.span.start < end) end = other.span.start;
  }
  return { start, end, own: Math.max(start, own.span.start) };
}

interface Markers {
  /** A deadline word just before the date: "by 2030", "hingga 2030". */
  deadline?: RegExp;
  /** A forecast word anywhere in the sentence: "will", "akan", "memprediksi". */
  forecast?: RegExp;
}

function markers(lexicons: Lexicon[]): Markers {
  const near = lexicons.flatMap((l) => l.futureWords);
  const anywhere = lexicons.flatMap((l) => l.forecastWords);
  const result: Markers = {};
  if (near.length) result.deadline = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(near)})[^\\p{L}]+(?:\\p{L}+[^\\p{L}]+){0,2}$`, 'iu');
  if (anywhere.length) result.forecast = new RegExp(`${WORD_START}(?:${alternation(anywhere)})${WORD_END}`, 'iu');
  return result;
}

/** An event date that can be held against a source: absolute, not a decade, not a plan. */
function datesAnEvent(event: DatedEvent, doc: DocModel, marker: Markers, today: DateLike): boolean {
  const { date } = event;
  if (date.relative || date.approximate) return false;
  const before = doc.blocks[event.sentence.block]!.text.slice(event.sentence.start, event.start);
  if (marker.deadline?.test(before) || marker.forecast?.test(event.sentence.text)) return false;
  const own = doc.documentDate?.source !== 'references' ? doc.documentDate : undefined;
  // A date after the document's date or today is a forecast, not an event that happened.
  if (compareDates(date, today) > 0 || (own && compareDates(date, own) > 0)) return false;
  return true;
}

/** A note that opens with "See also", "Lihat juga", "Cf.": further reading, not the source of the claim. */
function seeAlsoNote(lexicons: Lexicon[]): RegExp | undefined {
  const prefixes = lexicons.flatMap((l) => l.citationPrefixes);
  return prefixes.length ? new RegExp(`^[\\s\\p{No}\\d.\\[\\]^:]*(?:${alternation(prefixes)})${WORD_END}`, 'iu') : undefined;
}

export const citationAnachronism: DocumentCheck = {
  id: 'citation/anachronism',
  severity: 'warning',
  scope: 'document',
  description: 'The cited source is dated before an event that the citing sentence dates.',
  run(doc, ctx) {
    const lexicons = [ctx.lexicon(doc.language), ctx.lexicon('en')];
    const marker = markers(lexicons);
    const [ty, tm, td] = ctx.today.split('-').map(Number);
    const today = { year: ty!, month: tm!, day: td! };
    const sources = citedSources(doc);
    const allDates = bySpanStart(doc.dates);
    const events = bySpanStart(datedEvents(doc).filter((e) => datesAnEvent(e, doc, marker, today)).map((event) => ({ span: event.date.span, event })));
    const findings: RawFinding[] = [];
    const seeAlso = seeAlsoNote(lexicons);
    // Dates the prose writes in a stretch of text: not inside a URL, not the year of a citation.
    const inCitation = containment(sources.map((c) => c.span));
    const writtenDates = (span: Span) => itemsWithin(allDates, span).filter((d) => !d.inUrl && !inCitation(d.span));
    for (const citation of sources) {
      // "Cohen (1960) proposed the method used in 2022": a narrative citation names a work in
      // the prose, it does not vouch for the dates around it; nor does a "see also" note.
      const narrative = citation.kind === 'narrative' || (citation.kind === 'key' && !citation.text.trimStart().startsWith('[')); // pandoc's bare @key
      if (narrative || citation.entries.some((e) => e.origin === 'footnote' && seeAlso?.test(e.raw))) continue;
      const dated = citation.entries.map((entry) => ({ entry, date: cslDate(entry.csl.issued) }));
      if (dated.some((d) => !d.date)) continue; // a source of unknown date may well be recent
      const reach = claimOf(doc, citation, sources);
      if (!reach) continue;
      // A sentence that names dates of its own ("… Undang-Undang Nomor 39 Tahun 2004 (Farbenblum
      // 2019)") is about those dates: the sentences before it are not part of the claim.
      const ownDates = writtenDates({ start: reach.own, end: reach.end }).length > 0;
      const claim = ownDates ? { start: reach.own, end: reach.end } : reach;
      const inClaim = itemsWithin(events, claim).map((e) => e.event);
      // The latest event the sentence dates, held against the newest of the cited sources.
      const latest = inClaim.reduce<DatedEvent | undefined>((best, e) => (!best || compareDates(e.date, best.date) > 0 ? e : best), undefined);
      if (!latest) continue;
      const newest = dated.reduce((best, d) => (compareDates(d.date!, best.date!) > 0 ? d : best));
      if (compareDates(newest.date!, latest.date) >= 0) continue;
      // "The 1961 treaty was abrogated in 1996 (UN 1961)": the source is cited for the part it can
      // support, the date it names itself; the later date may come from elsewhere.
      const named = writtenDates(claim);
      if (named.some((d) => dated.some((s) => d.year === s.date!.year))) continue;
      const sourceText = citation.text.trim();
      const eventDate = formatDate(latest.date);
      const written = latest.date.text === eventDate ? '' : ` ("${latest.date.text}")`;
      findings.push({
        span: citation.span,
        message:
          `The text dates this event to ${eventDate}${written}, but the cited source ` +
          `${sourceText ? `${sourceText} ` : ''}is dated ${formatDate(newest.date!)}, before the event.`,
        related: [
          { source: doc.source, span: latest.date.span },
          { source: newest.entry.source, span: newest.entry.span },
        ],
      });
    }
    return findings;
  },
};

/**
 * The dates of one reference entry against each other: its date against the date inside its
 * URL, its access date against its publication date, and its access date against the
 * document's own date and today.
 */
import type { DateMention, DocModel, ReferenceEntry, SourceFile, Span } from '../model/types.js';
import type { DocumentCheck, RawFinding, RelatedPlace } from './types.js';
import { findUrlDates, type UrlDate } from '../extract/url-dates.js';
import { compareDates, cslDate, daysApart, formatDate, type DateLike } from '../util/date-compare.js';
import type { Lexicon } from '../lang/lexicon.js';
import { foldWord } from '../lang/lexicon.js';
import { escapeRegExp } from '../util/regex.js';
import { spanInUrl } from '../extract/urls.js';

interface EntryUrl {
  /** The URL as written in the entry's file, and where. */
  text: string;
  span: Span;
}

/** The URLs written inside an entry, with their positions in the entry's own file. */
function urlsOf(entry: ReferenceEntry, doc: DocModel): EntryUrl[] {
  if (entry.source === doc.source) {
    // A link's destination may lie just past the entry's visible text: "[label](url)".
    const within = (at: number) => at >= entry.span.start && at < entry.span.end;
    const links = doc.links.filter((l) => within(l.span.start));
    const inside = doc.urls.filter((u) => !u.inCode && (within(u.span.start) || links.some((l) => u.span.start >= l.span.start && u.span.end <= l.span.end)));
    if (inside.length) return inside.map((u) => ({ text: u.url, span: u.span }));
  }
  const url = entry.csl.URL;
  if (!url) return [];
  const at = entry.source.text.indexOf(url, entry.span.start);
  return at !== -1 && at + url.length <= entry.span.end ? [{ text: url, span: { start: at, end: at + url.length } }] : [];
}

/** Every date inside the entry's URLs, with the URL it sits in. */
function urlDatesOf(entry: ReferenceEntry, doc: DocModel, lexicons: Lexicon[]): { url: EntryUrl; date: UrlDate }[] {
  return urlsOf(entry, doc).flatMap((url) => findUrlDates(url.text, lexicons).map((date) => ({ url, date })));
}

/** The date as written in the entry (for `related`), outside its URLs. */
function writtenDate(doc: DocModel, entry: ReferenceEntry, date: DateLike, last = false): DateMention | undefined {
  if (entry.source !== doc.source) return undefined;
  const inside = doc.dates.filter(
    (d) => !d.inUrl && d.span.start >= entry.span.start && d.span.end <= entry.span.end && d.year === date.year && compareDates(d, date) === 0,
  );
  return last ? inside.at(-1) : inside[0];
}

function placeOf(source: SourceFile, span: Span): RelatedPlace {
  return { source, span };
}

/** A URL date agrees with the entry's date: same year, or a day apart across New Year. */
function agrees(urlDate: UrlDate, issued: DateLike): boolean {
  if (urlDate.year === issued.year) return true;
  // A file uploaded after the work appeared is normal; uploaded before it, the entry's date is wrong.
  if (urlDate.upload && urlDate.year > issued.year) return true;
  const days = daysApart(issued, urlDate);
  return days !== undefined && Math.abs(days) <= 1;
}

/** A month-name slug date that the entry's own words repeat ("Peace Dispatch: March 2019"). */
function repeatsTitle(urlDate: UrlDate, entry: ReferenceEntry, lexicons: Lexicon[]): boolean {
  const words = foldWord(entry.raw.replace(/(?:https?:\/\/|www\.)\S+/g, ' '));
  const month = lexicons.flatMap((l) => l.months[urlDate.month! - 1] ?? []).map((m) => escapeRegExp(foldWord(m).replace(/\.$/, '')));
  return month.some((m) => new RegExp(`${m}\\.?[\\s,]+${urlDate.year}`).test(words));
}

export const urlDateMismatch: DocumentCheck = {
  id: 'reference/url-date-mismatch',
  severity: 'warning',
  scope: 'document',
  description: "The entry's date disagrees with a date inside its URL.",
  run(doc, ctx) {
    const lexicons = [ctx.lexicon(doc.language), ctx.lexicon('en')];
    const findings: RawFinding[] = [];
    for (const entry of doc.references) {
      const issued = cslDate(entry.csl.issued);
      if (!issued) continue;
      const candidates = urlDatesOf(entry, doc, lexicons);
      // A date stamp outranks words in a slug; slug words that repeat the title are no date.
      const stamps = candidates.filter((c) => !c.date.slug);
      const usable = stamps.length ? stamps : candidates.filter((c) => !repeatsTitle(c.date, entry, lexicons));
      if (!usable.length || usable.some((c) => agrees(c.date, issued) && !sameYearButFar(c.date, issued))) continue;
      const conflict = usable.find((c) => !agrees(c.date, issued)) ?? usable[0]!;
      const { url, date } = conflict;
      const span = spanInUrl(entry.source.text, url.span, date.start, date.end);
      const written = writtenDate(doc, entry, issued);
      const related = written ? [placeOf(entry.source, written.span)] : [placeOf(entry.source, entry.span)];
      if (agrees(date, issued)) {
        // Same year, different day: a correction date or a slip; worth a look, not an error.
        findings.push({
          span,
          source: entry.source,
          severity: 'info',
          message: `The entry is dated ${formatDate(issued)}, but its URL carries ${formatDate(date)} (${Math.abs(daysApart(issued, date) ?? 0)} days apart).`,
          related,
        });
        continue;
      }
      findings.push({
        span,
        source: entry.source,
        message: `The entry is dated ${formatDate(issued)}, but its URL carries the date ${formatDate(date)}.`,
        related,
      });
    }
    return findings;
  },
};

/** Both full dates, same year, more than a day apart. */
function sameYearButFar(urlDate: UrlDate, issued: DateLike): boolean {
  const days = daysApart(issued, urlDate);
  return urlDate.year === issued.year && days !== undefined && Math.abs(days) > 1;
}

export const accessedBeforePublished: DocumentCheck = {
  id: 'reference/accessed-before-published',
  severity: 'warning',
  scope: 'document',
  description: 'An access date earlier than the publication date.',
  run(doc, ctx) {
    const findings: RawFinding[] = [];
    const lexicons = [ctx.lexicon(doc.language), ctx.lexicon('en')];
    for (const entry of doc.references) {
      const accessed = cslDate(entry.csl.accessed);
      if (!accessed) continue;
      const issued = cslDate(entry.csl.issued);
      if (!issued || compareDates(accessed, issued) >= 0) {
        // "Diakses pada 1 November 2022, dari …/siaran-pers-jetp-2022-11-16": the page's own day.
        const stamped = urlDatesOf(entry, doc, lexicons)
          .find(({ date }) => date.precision === 'day' && !date.slug && !date.upload && (daysApart(accessed, date) ?? 0) > 1);
        if (stamped && accessed.day !== undefined) {
          findings.push({
            span: writtenDate(doc, entry, accessed, true)?.span ?? entry.span,
            source: entry.source,
            message: `Accessed ${formatDate(accessed)}, before the date in its URL (${formatDate(stamped.date)}).`,
            related: [placeOf(entry.source, spanInUrl(entry.source.text, stamped.url.span, stamped.date.start, stamped.date.end))],
          });
        }
        continue;
      }
      const days = daysApart(accessed, issued);
      if (days !== undefined && days <= 1) continue; // time zones
      const where = writtenDate(doc, entry, accessed, true);
      const published = writtenDate(doc, entry, issued);
      findings.push({
        span: where?.span ?? entry.span,
        source: entry.source,
        message: `Accessed ${formatDate(accessed)}, before the work was published (${formatDate(issued)}).`,
        related: published ? [placeOf(entry.source, published.span)] : [],
      });
    }
    return findings;
  },
};

function todayOf(ctx: { today: string }): DateLike {
  const [year, month, day] = ctx.today.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** Strictly after `bound`, with a day's grace for time zones. */
function after(date: DateLike, bound: DateLike): boolean {
  if (compareDates(date, bound) <= 0) return false;
  const days = daysApart(bound, date);
  return days === undefined || days > 1;
}

export const accessedInFuture: DocumentCheck = {
  id: 'reference/accessed-in-future',
  severity: 'warning',
  scope: 'document',
  description: "An access date later than the document's own date or today.",
  run(doc, ctx) {
    const findings: RawFinding[] = [];
    const today = todayOf(ctx);
    // The newest reference date is a lower bound of the document's date, never an upper one.
    const own = doc.documentDate && doc.documentDate.source !== 'references' ? doc.documentDate : undefined;
    for (const entry of doc.references) {
      const accessed = cslDate(entry.csl.accessed);
      if (!accessed) continue;
      const where = writtenDate(doc, entry, accessed, true);
      const span = where?.span ?? entry.span;
      if (after(accessed, today)) {
        findings.push({ span, source: entry.source, message: `Accessed ${formatDate(accessed)}, which is after today (${formatDate(today)}).` });
      } else if (own && after(accessed, own)) {
        findings.push({
          span,
          source: entry.source,
          message: `Accessed ${formatDate(accessed)}, after the document's own date (${formatDate(own)}, from its ${own.source.replace('-', ' ')}).`,
          related: own.span ? [placeOf(doc.source, own.span)] : [],
        });
      }
    }
    return findings;
  },
};

/**
 * What the extractors found, as the lists of `citecheck extract` (footnotes.json, urls.json,
 * dates.json, citations.json): read straight from the document model the checks see.
 */
import type { DateMention, DocModel } from '../model/types.js';
import { positionOf, rangeOf, type Position, type Range } from './positions.js';

export interface FootnoteRecord {
  label: string;
  marker: Position | null;
  definition: (Position & { text: string }) | null;
  /** Every marker with this label (a note referred to twice has two). */
  markers: Position[];
}

export function footnoteRecords(doc: DocModel): FootnoteRecord[] {
  const labels: { label: string; at: number }[] = [];
  const seen = new Set<string>();
  const items = [...doc.footnoteMarkers.map((m) => ({ label: m.label, at: m.span.start })), ...doc.footnoteDefinitions.map((d) => ({ label: d.label, at: d.span.start }))];
  for (const item of items.sort((a, b) => a.at - b.at)) {
    if (!seen.has(item.label)) labels.push(item);
    seen.add(item.label);
  }
  return labels.map(({ label }) => {
    const markers = doc.footnoteMarkers.filter((m) => m.label === label).map((m) => positionOf(doc.source, m.span.start));
    const definition = doc.footnoteDefinitions.find((d) => d.label === label);
    return {
      label,
      marker: markers[0] ?? null,
      definition: definition ? { ...positionOf(doc.source, definition.labelSpan.start), text: definition.text } : null,
      markers,
    };
  });
}

export interface UrlRecord extends Range {
  url: string;
  normalized: string;
}

/** URLs in prose and links; URLs inside code blocks and inline code are left out. */
export function urlRecords(doc: DocModel): UrlRecord[] {
  return doc.urls.filter((u) => !u.inCode).map((u) => ({ url: u.url, normalized: u.normalized, ...rangeOf(doc.source, u.span) }));
}

export interface DateRecord extends Range {
  text: string;
  value: string;
  weekday: string | null;
  relative: boolean;
  inUrl: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateValue(date: Pick<DateMention, 'year' | 'month' | 'day' | 'precision'>): string {
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'year' || date.month === undefined) return year;
  if (date.precision === 'month' || date.day === undefined) return `${year}-${pad(date.month)}`;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

export function dateRecords(doc: DocModel): DateRecord[] {
  return doc.dates.map((d) => ({
    text: d.text,
    value: dateValue(d),
    weekday: d.weekday?.text ?? null,
    relative: d.relative,
    inUrl: d.inUrl,
    ...rangeOf(doc.source, d.span),
  }));
}

export interface CitationRecord extends Range {
  text: string;
  kind: string;
  targets: string[];
}

export function citationRecords(doc: DocModel): CitationRecord[] {
  return doc.citations.map((c) => ({ text: c.text, kind: c.kind, ...rangeOf(doc.source, c.span), targets: [...c.targets] }));
}

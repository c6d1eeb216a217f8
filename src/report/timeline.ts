/**
 * The run's timeline: every dated event of every document (src/extract/events.ts), in date
 * order, with where it is written and the sentence that dates it. report.json carries all of
 * it (`timeline`); report.md shows it as a table.
 */
import type { DocModel } from '../model/types.js';
import { datedEvents } from '../extract/events.js';
import { isoOf } from '../util/date-compare.js';

export interface TimelineEntry {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; for ranges and decades the first year. */
  date: string;
  /** Ranges and decades: the last year covered. */
  until?: string;
  /** The date as written. */
  text: string;
  relative: boolean;
  approximate: boolean;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The sentence that dates the event (white space collapsed, long ones cut). */
  sentence: string;
}

const MAX_SENTENCE = 300;

function sortKey(entry: TimelineEntry): string {
  return `${entry.date.padEnd(10, '-')}|${entry.file}|${String(entry.line).padStart(8, '0')}|${String(entry.column).padStart(8, '0')}`;
}

export function buildTimeline(docs: DocModel[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const doc of docs) {
    for (const { date, sentence } of datedEvents(doc)) {
      const from = doc.source.lines.position(date.span.start);
      const to = doc.source.lines.position(date.span.end);
      const text = sentence.text.replace(/\s+/g, ' ').trim();
      const entry: TimelineEntry = {
        date: isoOf(date),
        text: date.text,
        relative: date.relative,
        approximate: date.approximate ?? false,
        file: doc.source.path,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        sentence: text.length > MAX_SENTENCE ? `${text.slice(0, MAX_SENTENCE - 1)}…` : text,
      };
      if (date.until) entry.until = isoOf(date.until);
      entries.push(entry);
    }
  }
  return entries.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/** Markdown-safe table cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1').trim();
}

/** The report.md section: a table in date order (empty when nothing is dated). */
export function renderTimelineMarkdown(entries: TimelineEntry[] | undefined, limit = 500): string[] {
  if (!entries?.length) return [];
  const lines = ['## Timeline', '', `${entries.length} dated event(s) in date order${entries.length > limit ? `; the first ${limit} are shown (all are in report.json)` : ''}. ≈ marks relative or approximate dates.`, ''];
  lines.push('| date | written | where | sentence |', '| --- | --- | --- | --- |');
  for (const e of entries.slice(0, limit)) {
    const date = `${e.date}${e.until ? `–${e.until}` : ''}${e.relative || e.approximate ? ' ≈' : ''}`;
    lines.push(`| ${date} | ${cell(e.text)} | ${cell(e.file)}:${e.line} | ${cell(e.sentence)} |`);
  }
  lines.push('');
  return lines;
}

/** The report.json object, exactly as ../shared/spec/report-format.md describes it. */
import type { Severity } from '../checks/rule-ids.js';
import type { Finding } from '../findings/finalize.js';
import type { DocModel } from '../model/types.js';
import type { TimelineEntry } from './timeline.js';
import { isoOf } from '../util/date-compare.js';

export interface DocumentSummary {
  file: string;
  language: string;
  format: string;
  counts: { footnotes: number; citations: number; references: number; urls: number; dates: number };
  /** The document's own date ("YYYY[-MM[-DD]]") and where it was read (front-matter, dateline, published, references). */
  date?: { value: string; source: string };
}

export interface Report {
  tool: { name: 'citecheck'; version: string };
  generatedAt: string;
  documents: DocumentSummary[];
  findings: Finding[];
  summary: Summary;
  /** Dated events of all documents in date order (src/report/timeline.ts). */
  timeline?: TimelineEntry[];
}

/** Counts of the reported findings, plus those left out by inline/config suppressions and --baseline. */
export type Summary = Record<Severity, number> & {
  /** Findings removed by inline comments or config ignoreRules (not in `findings`). */
  suppressed?: number;
  /** With --baseline: findings already in the baseline report (not in `findings`). */
  baselined?: number;
};

export function summarizeDocument(doc: DocModel): DocumentSummary {
  const footnoteLabels = new Set([...doc.footnoteMarkers.map((m) => m.label), ...doc.footnoteDefinitions.map((d) => d.label)]);
  return {
    file: doc.source.path,
    language: doc.language,
    format: doc.format,
    counts: {
      footnotes: footnoteLabels.size,
      citations: doc.citations.length,
      references: doc.references.length,
      urls: doc.urls.filter((u) => !u.inCode).length,
      dates: doc.dates.length,
    },
    ...(doc.documentDate ? { date: { value: isoOf(doc.documentDate), source: doc.documentDate.source } } : {}),
  };
}

/** SOURCE_DATE_EPOCH (seconds) pins generatedAt for reproducible builds. */
export function generatedAt(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString();
}

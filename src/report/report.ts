/** The report.json object, exactly as ../shared/spec/report-format.md describes it. */
import type { Severity } from '../checks/rule-ids.js';
import type { Finding } from '../findings/finalize.js';
import type { DocModel } from '../model/types.js';
import type { Manuscript } from '../manuscripts/detect.js';
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

/** A manuscript of several files, read as one text (src/manuscripts/detect.ts). */
export interface ManuscriptSummary {
  name: string;
  /** Chapter files in reading order, as in `documents[].file`. */
  files: string[];
  /** The shared bibliography file (the first when there are several; else the chapter holding the reference list), or null. */
  bibliography: string | null;
  /** Every shared bibliography file. */
  bibliographies: string[];
  /** How it was found: flag, config, chapter-list, manubot, shared-bibliography, numbered-chapters. */
  detectedBy: string;
  /** The build file that lists the chapters, when one does. */
  listedIn?: string;
}

export interface Report {
  tool: { name: 'citecheck'; version: string };
  generatedAt: string;
  documents: DocumentSummary[];
  /** Multi-file manuscripts; a document listed here is checked as a chapter of its manuscript. */
  manuscripts?: ManuscriptSummary[];
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

/**
 * A manuscript as report.json lists it. Without a bibliography file, the chapters that hold the
 * reference list (a references.md, Manubot's citation-tag definitions) stand for it.
 */
export function summarizeManuscript(manuscript: Manuscript): ManuscriptSummary {
  const listHolders = manuscript.chapters.filter((d) => d.references.some((r) => r.origin === 'bibliography')).map((d) => d.source.path);
  const bibliographies = manuscript.bibliography.length > 0 ? manuscript.bibliography : listHolders;
  return {
    name: manuscript.name,
    files: manuscript.chapters.map((d) => d.source.path),
    bibliography: bibliographies[0] ?? null,
    bibliographies,
    detectedBy: manuscript.detectedBy,
    ...(manuscript.listedIn ? { listedIn: manuscript.listedIn } : {}),
  };
}

/** SOURCE_DATE_EPOCH (seconds) pins generatedAt for reproducible builds. */
export function generatedAt(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString();
}

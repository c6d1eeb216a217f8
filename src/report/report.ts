/** The report.json object, exactly as ../shared/spec/report-format.md describes it. */
import type { Severity } from '../checks/rule-ids.js';
import type { Finding } from '../findings/finalize.js';
import type { DocModel } from '../model/types.js';

export interface DocumentSummary {
  file: string;
  language: string;
  format: string;
  counts: { footnotes: number; citations: number; references: number; urls: number; dates: number };
}

export interface Report {
  tool: { name: 'citecheck'; version: string };
  generatedAt: string;
  documents: DocumentSummary[];
  findings: Finding[];
  summary: Record<Severity, number>;
}

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
  };
}

/** SOURCE_DATE_EPOCH (seconds) pins generatedAt for reproducible builds. */
export function generatedAt(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString();
}

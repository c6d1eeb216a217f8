/**
 * What the HTML report shows, computed from the report and the run's document models: the source
 * texts with each finding's offsets, the references table rows, and the links to related places.
 * Plain data, so html.ts only turns it into markup.
 */
import { basename } from 'node:path';
import { linkTargets } from '../extract/link-targets.js';
import type { Finding } from '../findings/finalize.js';
import { findingOffset } from '../findings/fingerprint.js';
import type { CslItem, CslName, DocModel, ReferenceEntry, SourceFile } from '../model/types.js';
import type { UrlOutcome } from '../net/index.js';
import type { LinkResults } from '../pipeline/url-phase.js';
import type { Report } from '../report/report.js';

export interface SourceView {
  index: number;
  path: string;
  text: string;
  /** Index into report.documents when this file is an audited document (else a companion file). */
  document?: number;
}

export interface FindingView {
  id: number;
  finding: Finding;
  /** The source the finding points into, with its UTF-16 offsets there; absent for unread files. */
  source?: number;
  start: number;
  end: number;
  related: { label: string; excerpt: string; href?: string }[];
}

export interface ReferenceRow {
  label: string;
  authors: string;
  year: string;
  title: string;
  container: string;
  url?: string;
  doi?: string;
  accessed: string;
  /** Citations that resolve to this entry; undefined when the document's citations were not extracted. */
  citedBy?: number;
  urlStatus: string;
  href?: string;
  where: string;
}

export interface DocumentView {
  index: number;
  file: string;
  language: string;
  format: string;
  counts: Record<string, number>;
  source?: number;
  references: ReferenceRow[];
}

export interface HtmlView {
  report: Report;
  sources: SourceView[];
  documents: DocumentView[];
  findings: FindingView[];
  families: string[];
}

export const familyOf = (ruleId: string) => ruleId.split('/')[0] ?? ruleId;
export const lineHref = (source: number, line: number) => `#s${source}-L${line}`;

export function buildHtmlView(report: Report, docs: readonly DocModel[], links?: LinkResults): HtmlView {
  const files = new Map<string, SourceFile>();
  for (const doc of docs) files.set(doc.source.path, doc.source);
  for (const doc of docs) for (const companion of doc.companions) if (!files.has(companion.path)) files.set(companion.path, companion);
  const docIndex = new Map(report.documents.map((d, i) => [d.file, i]));
  const sources: SourceView[] = [...files.values()].map((s, index) => ({ index, path: s.path, text: s.text, ...(docIndex.has(s.path) ? { document: docIndex.get(s.path)! } : {}) }));
  const sourceIndex = new Map(sources.map((s) => [s.path, s.index]));

  const findings: FindingView[] = report.findings.map((finding, id) => {
    const file = files.get(finding.file);
    const related = (finding.related ?? []).map((r) => {
      const target = sourceIndex.get(r.file);
      return { label: `${r.file}:${r.line}:${r.column}`, excerpt: r.excerpt, ...(target !== undefined ? { href: lineHref(target, r.line) } : {}) };
    });
    if (!file) return { id, finding, start: 0, end: 0, related };
    const start = findingOffset(file, finding.line, finding.column);
    const end = Math.max(start, findingOffset(file, finding.endLine, finding.endColumn));
    return { id, finding, source: sourceIndex.get(finding.file)!, start, end, related };
  });

  const byPath = new Map(docs.map((d) => [d.source.path, d]));
  const documents: DocumentView[] = report.documents.map((summary, index) => {
    const doc = byPath.get(summary.file);
    const source = sourceIndex.get(summary.file);
    return {
      index,
      file: summary.file,
      language: summary.language,
      format: summary.format,
      counts: { ...summary.counts },
      ...(source !== undefined ? { source } : {}),
      references: doc ? doc.references.map((ref) => referenceRow(ref, doc, findings, sourceIndex, links)) : [],
    };
  });
  const families = [...new Set(report.findings.map((f) => familyOf(f.ruleId)))].sort();
  return { report, sources, documents, findings, families };
}

function names(list: CslName[] | undefined): string {
  return (list ?? [])
    .map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('; ');
}

function date(value: CslItem['issued']): string {
  const parts = value?.['date-parts']?.[0];
  if (parts && parts.length > 0) return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
  return value?.literal ?? '';
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function outcomeText(outcome: UrlOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return `ok (${outcome.status})`;
    case 'broken':
      return `broken (${outcome.status}${outcome.soft404 ? ', soft 404' : ''})`;
    case 'redirected':
      return `redirected → ${outcome.finalUrl}`;
    case 'unreachable':
      return `unreachable (${outcome.reason})`;
    case 'not-verified':
      return `not verified (${outcome.reason})`;
  }
}

/** The live outcomes of the entry's URLs and DOIs; undefined when the run made no URL phase. */
function linkStatus(ref: ReferenceEntry, doc: DocModel, links: LinkResults | undefined): string | undefined {
  if (!links) return undefined;
  if (links.mode === 'offline') return 'not checked (--offline)';
  const outcomes = linkTargets(doc)
    .filter((t) => t.reference === ref)
    .map((t) => (t.kind === 'url' ? links.urls : links.dois).get(t.target))
    .filter((o): o is UrlOutcome => o !== undefined);
  return outcomes.length > 0 ? [...new Set(outcomes.map(outcomeText))].join('; ') : undefined;
}

function referenceRow(ref: ReferenceEntry, doc: DocModel, findings: FindingView[], sourceIndex: Map<string, number>, links: LinkResults | undefined): ReferenceRow {
  const csl = ref.csl;
  const source = sourceIndex.get(ref.source.path);
  const position = ref.source.lines.position(ref.span.start);
  // URL findings placed inside this entry tell its URL's status (offline: url/not-verified).
  const urlFindings = findings.filter(
    (f) => f.finding.file === ref.source.path && f.finding.ruleId.startsWith('url/') && f.start >= ref.span.start && f.start < ref.span.end,
  );
  const url = text(csl.URL) || undefined;
  const doi = text(csl.DOI) || undefined;
  const fromFindings = urlFindings.length > 0 ? [...new Set(urlFindings.map((f) => f.finding.ruleId))].join(', ') : undefined;
  const urlStatus = url || doi ? [linkStatus(ref, doc, links), fromFindings].filter(Boolean).join('; ') || 'no finding' : (fromFindings ?? '');
  return {
    label: ref.label ?? ref.id,
    authors: names(csl.author) || names(csl.editor),
    year: date(csl.issued),
    title: text(csl.title),
    container: text(csl['container-title']) || text(csl.publisher),
    ...(url ? { url } : {}),
    ...(doi ? { doi } : {}),
    accessed: date(csl.accessed),
    ...(doc.citations.length > 0 ? { citedBy: doc.citations.filter((c) => c.targets.includes(ref.id)).length } : {}),
    urlStatus,
    ...(source !== undefined ? { href: lineHref(source, position.line) } : {}),
    // The table sits under its document: name the file only when the entry is in a companion file.
    where: ref.source === doc.source ? `line ${position.line}` : `${basename(ref.source.path)}:${position.line}`,
  };
}

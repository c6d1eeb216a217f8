/** report.md: a readable summary for people and pull-request comments. */
import type { Finding } from '../findings/finalize.js';
import { renderTimelineMarkdown } from '../report/timeline.js';
import type { DocumentSummary, Report } from '../report/report.js';
import { pushTo } from '../util/multimap.js';

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** Markdown-safe inline text: no table breaks, no accidental markup. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1').trim();
}

function code(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const fence = clean.includes('`') ? '``' : '`';
  return clean ? `${fence} ${clean} ${fence}` : '';
}

const DOCUMENT_HEAD = '| document | language | footnotes | citations | references | URLs | findings |';
const DOCUMENT_RULE = '| --- | --- | ---: | ---: | ---: | ---: | ---: |';

function documentRow(doc: DocumentSummary, label: string, byFile: Map<string, Finding[]>): string {
  const c = doc.counts;
  return `| ${label} | ${doc.language} | ${c.footnotes} | ${c.citations} | ${c.references} | ${c.urls} | ${byFile.get(doc.file)?.length ?? 0} |`;
}

function findingSection(heading: string, findings: Finding[]): string[] {
  const lines = [heading, ''];
  for (const f of findings) {
    lines.push(`- ${ICON[f.severity]} **${f.severity}** \`${f.ruleId}\` line ${f.line}:${f.column} — ${inline(f.message)}`);
    if (f.excerpt) lines.push(`  - text: ${code(f.excerpt)}`);
    if (f.suggestion !== undefined) lines.push(`  - suggestion: ${code(f.suggestion)}`);
    for (const r of f.related ?? []) lines.push(`  - see ${inline(r.file)}:${r.line}:${r.column} ${code(r.excerpt)}`);
  }
  lines.push('');
  return lines;
}

export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  const { error, warning, info } = report.summary;
  lines.push('# citecheck report', '');
  const { suppressed, baselined } = report.summary;
  const left = [suppressed ? `${suppressed} suppressed` : '', baselined !== undefined ? `${baselined} already in the baseline and not listed` : ''].filter(Boolean);
  lines.push(`${report.documents.length} document(s) audited: **${error} error(s), ${warning} warning(s), ${info} info**${left.length ? ` (${left.join(', ')})` : ''}.`, '');
  const manuscripts = report.manuscripts ?? [];
  const inManuscript = new Set(manuscripts.flatMap((m) => m.files));
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) pushTo(byFile, finding.file, finding);
  const loose = report.documents.filter((d) => !inManuscript.has(d.file));
  if (loose.length > 0 || manuscripts.length === 0) {
    lines.push(DOCUMENT_HEAD, DOCUMENT_RULE);
    for (const doc of loose) lines.push(documentRow(doc, inline(doc.file), byFile));
    lines.push('');
  }
  // A manuscript is one unit: its chapters in reading order, then the findings in each chapter.
  for (const manuscript of manuscripts) {
    const files = new Set([...manuscript.files, ...manuscript.bibliographies]);
    const total = [...files].reduce((n, f) => n + (byFile.get(f)?.length ?? 0), 0);
    lines.push(`## Manuscript ${inline(manuscript.name)}`, '');
    lines.push(`${manuscript.files.length} chapter(s), ${total} finding(s); bibliography: ${manuscript.bibliographies.length ? manuscript.bibliographies.map(inline).join(', ') : 'none'} (found by: ${manuscript.detectedBy}${manuscript.listedIn ? `, ${inline(manuscript.listedIn)}` : ''}).`, '');
    lines.push(`| # |${DOCUMENT_HEAD.slice(1)}`, `| ---: |${DOCUMENT_RULE.slice(1)}`);
    manuscript.files.forEach((file, i) => {
      const doc = report.documents.find((d) => d.file === file);
      if (doc) lines.push(`| ${i + 1} ${documentRow(doc, inline(file), byFile)}`);
    });
    lines.push('');
    for (const file of files) {
      const findings = byFile.get(file);
      if (!findings) continue;
      lines.push(...findingSection(`### ${inline(file)}`, findings));
      byFile.delete(file);
    }
  }
  for (const [file, findings] of byFile) lines.push(...findingSection(`## ${inline(file)}`, findings));
  if (report.findings.length === 0) lines.push('No findings.', '');
  lines.push(...renderTimelineMarkdown(report.timeline));
  return lines.join('\n');
}

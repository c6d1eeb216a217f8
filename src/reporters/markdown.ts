/** report.md: a readable summary for people and pull-request comments. */
import type { Finding } from '../findings/finalize.js';
import { renderTimelineMarkdown } from '../report/timeline.js';
import type { Report } from '../report/report.js';
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

export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  const { error, warning, info } = report.summary;
  lines.push('# citecheck report', '');
  const { suppressed, baselined } = report.summary;
  const left = [suppressed ? `${suppressed} suppressed` : '', baselined !== undefined ? `${baselined} already in the baseline and not listed` : ''].filter(Boolean);
  lines.push(`${report.documents.length} document(s) audited: **${error} error(s), ${warning} warning(s), ${info} info**${left.length ? ` (${left.join(', ')})` : ''}.`, '');
  lines.push('| document | language | footnotes | citations | references | URLs | findings |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const doc of report.documents) {
    const count = report.findings.filter((f) => f.file === doc.file).length;
    const c = doc.counts;
    lines.push(`| ${inline(doc.file)} | ${doc.language} | ${c.footnotes} | ${c.citations} | ${c.references} | ${c.urls} | ${count} |`);
  }
  lines.push('');
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) pushTo(byFile, finding.file, finding);
  for (const [file, findings] of byFile) {
    lines.push(`## ${inline(file)}`, '');
    for (const f of findings) {
      lines.push(`- ${ICON[f.severity]} **${f.severity}** \`${f.ruleId}\` line ${f.line}:${f.column} — ${inline(f.message)}`);
      if (f.excerpt) lines.push(`  - text: ${code(f.excerpt)}`);
      if (f.suggestion !== undefined) lines.push(`  - suggestion: ${code(f.suggestion)}`);
      for (const r of f.related ?? []) lines.push(`  - see ${inline(r.file)}:${r.line}:${r.column} ${code(r.excerpt)}`);
    }
    lines.push('');
  }
  if (report.findings.length === 0) lines.push('No findings.', '');
  lines.push(...renderTimelineMarkdown(report.timeline));
  return lines.join('\n');
}

/**
 * --format github: GitHub Actions workflow commands, one line per finding, so findings show up as
 * annotations on the pull request's changed files:
 *   ::warning file=paper.md,line=3,col=5,endLine=3,endColumn=26,title=date/weekday-mismatch::message
 * Escaping follows @actions/core (toCommandValue / escapeProperty).
 */
import type { Finding } from '../findings/finalize.js';
import type { Report } from '../report/report.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(f: Finding): string {
  const props: [string, string | number][] = [
    ['file', f.file.replace(/\\/g, '/').replace(/^(\.\/)+/, '')],
    ['line', f.line],
    // GitHub reads col/endColumn only when the annotation stays on one line.
    ...(f.line === f.endLine ? ([['col', f.column], ['endLine', f.endLine], ['endColumn', f.endColumn]] as [string, number][]) : ([['endLine', f.endLine]] as [string, number][])),
    ['title', f.ruleId],
  ];
  const message = f.suggestion !== undefined ? `${f.message}\nSuggestion: ${f.suggestion}` : f.message;
  return `::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

export function renderGithub(report: Report): string {
  return report.findings.map((f) => annotation(f) + '\n').join('');
}

/**
 * The terminal summary, in the manner of eslint's "stylish": findings grouped per file, aligned
 * columns (line:column, severity, message, rule), colours only on a TTY, then one line of counts.
 */
import type { Finding } from '../findings/finalize.js';
import type { Report } from '../report/report.js';
import { pushTo } from '../util/multimap.js';

export interface TerminalOptions {
  color: boolean;
  /** At most this many findings per file are listed (all of them are in the report files). */
  limit: number;
}

const COLORS = { error: 31, warning: 33, info: 36, dim: 2, bold: 1, underline: 4, green: 32 } as const;
const MAX_MESSAGE_WIDTH = 100;
const RANK = { error: 0, warning: 1, info: 2 } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) pushTo(byFile, f.file, f);
  for (const [file, findings] of byFile) {
    // The most severe first when the list is cut; shown in reading order.
    const shown = [...findings]
      .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line || a.column - b.column)
      .slice(0, options.limit)
      .sort((a, b) => a.line - b.line || a.column - b.column || RANK[a.severity] - RANK[b.severity]);
    if (shown.length === 0) continue;
    lines.push(paint(COLORS.underline, file));
    const rows = shown.map((f) => ({ f, where: `${f.line}:${f.column}`, message: f.message.replace(/\s+/g, ' ').trim() }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const messageWidth = Math.min(MAX_MESSAGE_WIDTH, Math.max(...rows.map((r) => r.message.length)));
    for (const { f, where, message } of rows) {
      lines.push(`  ${paint(COLORS.dim, where.padEnd(whereWidth))}  ${paint(COLORS[f.severity], f.severity.padEnd(7))}  ${message.padEnd(messageWidth)}  ${paint(COLORS.dim, f.ruleId)}`);
    }
    if (findings.length > shown.length) lines.push(paint(COLORS.dim, `  … ${findings.length - shown.length} more in the report`));
    lines.push('');
  }
  for (const manuscript of report.manuscripts ?? []) {
    lines.push(paint(COLORS.dim, `Manuscript ${manuscript.name}: ${plural(manuscript.files.length, 'chapter')} read as one text (bibliography: ${manuscript.bibliography ?? 'none'})`));
  }
  lines.push(countsLine(report, paint));
  return lines.join('\n');
}

function countsLine(report: Report, paint: (code: number, text: string) => string): string {
  const { error, warning, info, suppressed, baselined } = report.summary;
  const total = error + warning + info;
  const mark = error > 0 ? paint(COLORS.error, '✖') : warning > 0 ? paint(COLORS.warning, '⚠') : paint(COLORS.green, '✔');
  const extras = [
    suppressed ? `${suppressed} suppressed` : '',
    baselined !== undefined ? `${baselined} already in the baseline` : '',
  ].filter(Boolean);
  const counts = `${paint(COLORS.error, plural(error, 'error'))}, ${paint(COLORS.warning, plural(warning, 'warning'))}, ${paint(COLORS.info, `${info} info`)}`;
  return `${mark} ${plural(total, 'finding')} in ${report.documents.length} document(s): ${counts}${extras.length ? ` (${extras.join(', ')})` : ''}`;
}

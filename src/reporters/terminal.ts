/** The terminal summary: findings grouped per file (colours on a TTY only), then the counts. */
import type { Finding } from '../findings/finalize.js';
import type { Report } from '../report/report.js';

export interface TerminalOptions {
  color: boolean;
  /** At most this many findings per file are listed (all of them are in the report files). */
  limit: number;
}

const COLORS = { error: 31, warning: 33, info: 36, dim: 2, bold: 1 } as const;

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    lines.push(paint(COLORS.bold, file));
    const ranked = [...findings].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
    for (const f of ranked.slice(0, options.limit)) {
      const where = `${f.line}:${f.column}`.padEnd(9);
      lines.push(`  ${paint(COLORS.dim, where)} ${paint(COLORS[f.severity], f.severity.padEnd(7))} ${f.message}  ${paint(COLORS.dim, f.ruleId)}`);
    }
    if (findings.length > options.limit) lines.push(paint(COLORS.dim, `  … ${findings.length - options.limit} more in the report`));
    lines.push('');
  }
  const { error, warning, info } = report.summary;
  lines.push(`${report.documents.length} document(s): ${paint(COLORS.error, `${error} error(s)`)}, ${paint(COLORS.warning, `${warning} warning(s)`)}, ${paint(COLORS.info, `${info} info`)}`);
  return lines.join('\n');
}

const rank = (f: Finding) => ({ error: 0, warning: 1, info: 2 })[f.severity];

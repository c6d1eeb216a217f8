/** The terminal output: stylish groups per file, colours only when asked, counts at the end. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finalize.js';
import { renderTerminal } from '../../src/reporters/terminal.js';
import type { Report } from '../../src/report/report.js';

const finding = (file: string, line: number, severity: Finding['severity'], message = 'Something is off.'): Finding => ({
  ruleId: 'date/invalid',
  severity,
  file,
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  message,
  excerpt: 'x',
});

const report = (findings: Finding[], summary: Partial<Report['summary']> = {}): Report => ({
  tool: { name: 'citecheck', version: '0.0.0' },
  generatedAt: '2026-01-01T00:00:00.000Z',
  documents: [{ file: 'a.md', language: 'en', format: 'markdown', counts: { footnotes: 0, citations: 0, references: 0, urls: 0, dates: 0 } }],
  findings,
  summary: {
    error: findings.filter((f) => f.severity === 'error').length,
    warning: findings.filter((f) => f.severity === 'warning').length,
    info: findings.filter((f) => f.severity === 'info').length,
    ...summary,
  },
});

const ANSI = /\u001b\[/;

describe('terminal output', () => {
  it('groups per file in reading order, with aligned columns', () => {
    const out = renderTerminal(report([finding('a.md', 12, 'warning'), finding('a.md', 3, 'error', 'Short.'), finding('b.md', 1, 'info')]), { color: false, limit: 10 });
    expect(out).toBe(
      [
        'a.md',
        '  3:3   error    Short.             date/invalid',
        '  12:3  warning  Something is off.  date/invalid',
        '',
        'b.md',
        '  1:3  info     Something is off.  date/invalid',
        '',
        '✖ 3 findings in 1 document(s): 1 error, 1 warning, 1 info',
      ].join('\n'),
    );
  });

  it('uses colours on a TTY only', () => {
    const findings = [finding('a.md', 1, 'error')];
    expect(renderTerminal(report(findings), { color: false, limit: 10 })).not.toMatch(ANSI);
    expect(renderTerminal(report(findings), { color: true, limit: 10 })).toMatch(ANSI);
  });

  it('lists the most severe when cut, and says how many more', () => {
    const findings = [finding('a.md', 1, 'info'), finding('a.md', 2, 'info'), finding('a.md', 3, 'error')];
    const out = renderTerminal(report(findings), { color: false, limit: 2 });
    expect(out).toMatch(/1:3 +info[^\n]*\n +3:3 +error[^\n]*\n +… 1 more in the report/);
    expect(out).not.toMatch(/2:3/);
  });

  it('ends with the counts, suppressed and baseline included', () => {
    expect(renderTerminal(report([]), { color: false, limit: 10 })).toBe('✔ 0 findings in 1 document(s): 0 errors, 0 warnings, 0 info');
    const last = renderTerminal(report([finding('a.md', 1, 'warning')], { suppressed: 2, baselined: 5 }), { color: false, limit: 10 }).split('\n').at(-1);
    expect(last).toBe('⚠ 1 finding in 1 document(s): 0 errors, 1 warning, 0 info (2 suppressed, 5 already in the baseline)');
  });
});

describe('report.md', () => {
  it('states suppressed and baseline counts next to the totals', async () => {
    const { renderMarkdown } = await import('../../src/reporters/markdown.js');
    expect(renderMarkdown(report([]))).toMatch(/\*\*0 error\(s\), 0 warning\(s\), 0 info\*\*\.\n/);
    expect(renderMarkdown(report([], { suppressed: 2, baselined: 4 }))).toMatch(/\*\* \(2 suppressed, 4 already in the baseline and not listed\)\./);
  });
});

/** Inline suppression comments and config ignoreRules: what they remove, and that it is counted. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateInvalid, weekdayMismatch } from '../../src/checks/date.js';
import { findDirectives, ruleMatches, suppressedRanges } from '../../src/findings/suppressions.js';
import { auditFiles, tmp } from './audit-files.js';

const WRONG = 'The meeting was held on Tuesday, 14 April 2018 in Geneva.'; // 14 April 2018 was a Saturday
const CHECKS = { checks: [weekdayMismatch, dateInvalid] };

interface Case {
  name: string;
  file: string;
  text: string;
  /** Lines of the findings that remain. */
  reported: number[];
  suppressed: number;
}

const cases: Case[] = [
  { name: 'md: next line, by rule id', file: 'a.md', text: `<!-- citecheck-disable-next-line date/weekday-mismatch -->\n${WRONG}\n\n${WRONG}\n`, reported: [4], suppressed: 1 },
  { name: 'md: a blank line between comment and text', file: 'a.md', text: `<!-- citecheck-disable-next-line date/weekday-mismatch -->\n\n${WRONG}\n`, reported: [], suppressed: 1 },
  { name: 'md: by family', file: 'a.md', text: `<!-- citecheck-disable-next-line date -->\n${WRONG} And 30 February 2018.\n`, reported: [], suppressed: 2 },
  { name: 'md: by family/*', file: 'a.md', text: `<!-- citecheck-disable-next-line date/* -->\n${WRONG}\n`, reported: [], suppressed: 1 },
  { name: 'md: every rule', file: 'a.md', text: `<!-- citecheck-disable-next-line -->\n${WRONG}\n`, reported: [], suppressed: 1 },
  { name: 'md: another rule is not suppressed', file: 'a.md', text: `<!-- citecheck-disable-next-line footnote/numbering -->\n${WRONG}\n`, reported: [2], suppressed: 0 },
  { name: 'md: only the next line', file: 'a.md', text: `<!-- citecheck-disable-next-line date/weekday-mismatch -->\n${WRONG}\n${WRONG}\n`, reported: [3], suppressed: 1 },
  { name: 'md: same line', file: 'a.md', text: `${WRONG} <!-- citecheck-disable-line date/weekday-mismatch -->\n\n${WRONG}\n`, reported: [3], suppressed: 1 },
  {
    name: 'md: disable … enable range',
    file: 'a.md',
    text: `${WRONG}\n\n<!-- citecheck-disable date/weekday-mismatch -->\n\n${WRONG}\n\n${WRONG}\n\n<!-- citecheck-enable date/weekday-mismatch -->\n\n${WRONG}\n`,
    reported: [1, 11],
    suppressed: 2,
  },
  { name: 'md: disable without enable runs to the end', file: 'a.md', text: `${WRONG}\n\n<!-- citecheck-disable -->\n\n${WRONG}\n`, reported: [1], suppressed: 1 },
  { name: 'md: a directive in a code block is an example', file: 'a.md', text: '```\n<!-- citecheck-disable -->\n```\n\n' + `${WRONG}\n`, reported: [5], suppressed: 0 },
  { name: 'md: a reason after " -- "', file: 'a.md', text: `<!-- citecheck-disable-next-line date/weekday-mismatch -- quoted as published -->\n${WRONG}\n`, reported: [], suppressed: 1 },
  { name: 'txt: percent comment', file: 'a.txt', text: `% citecheck-disable-next-line date/weekday-mismatch\n${WRONG}\n\n${WRONG}\n`, reported: [4], suppressed: 1 },
  { name: 'txt: percent range', file: 'a.txt', text: `%citecheck-disable\n${WRONG}\n%citecheck-enable\n${WRONG}\n`, reported: [4], suppressed: 1 },
  { name: 'txt: a percent sign inside a sentence is no directive', file: 'a.txt', text: `Growth was 5% citecheck-disable-next-line\n${WRONG}\n`, reported: [2], suppressed: 0 },
  {
    name: 'html: comment before the paragraph',
    file: 'a.html',
    text: `<html><body>\n<!-- citecheck-disable-next-line date/weekday-mismatch -->\n<p>${WRONG}</p>\n<p>${WRONG}</p>\n</body></html>\n`,
    reported: [4],
    suppressed: 1,
  },
];

describe('inline suppressions', () => {
  it.each(cases.map((c) => [c.name, c]))('%s', async (_name, c) => {
    const { report, suppressed } = await auditFiles({ [c.file]: c.text }, CHECKS);
    expect(report.findings.map((f) => f.line)).toEqual(c.reported);
    expect(report.summary.suppressed).toBe(c.suppressed);
    expect(suppressed.every((s) => s.by === 'inline')).toBe(true);
    expect(report.summary.error + report.summary.warning + report.summary.info).toBe(report.findings.length);
  });

  it('reads directives and their rule lists', () => {
    const text = '<!-- citecheck-disable-next-line a/b, c/d -->\nx\n% citecheck-enable\n';
    expect(findDirectives(text).map((d) => [d.kind, d.rules])).toEqual([
      ['disable-next-line', ['a/b', 'c/d']],
      ['enable', []],
    ]);
  });

  it.each([
    [['date/weekday-mismatch'], 'date/weekday-mismatch', true],
    [['date'], 'date/invalid', true],
    [['date/*'], 'date/invalid', true],
    [['*'], 'url/broken', true],
    [[], 'url/broken', true],
    [['date/invalid'], 'date/weekday-mismatch', false],
    [['dat'], 'date/invalid', false],
    [['url'], 'date/invalid', false],
  ])('ruleMatches(%j, %s) is %s', (patterns, id, expected) => {
    expect(ruleMatches(patterns, id)).toBe(expected);
  });

  it('an "enable" of other rules leaves a range open', () => {
    const text = '<!-- citecheck-disable a/b -->\none\n<!-- citecheck-enable c/d -->\ntwo\n';
    const [range] = suppressedRanges(text, findDirectives(text));
    expect(range).toEqual({ start: text.indexOf('-->') + 3, end: text.length, rules: ['a/b'] });
  });
});

describe('config ignoreRules', () => {
  const config = (body: string) => {
    const path = join(tmp(), 'config.yaml');
    writeFileSync(path, `kind: config\n${body}`);
    return path;
  };

  it('drops the listed rules in matching paths only, counted as suppressed', async () => {
    const configPath = config('ignoreRules:\n  "**/drafts/**": [date/weekday-mismatch]\n');
    const { report, suppressed } = await auditFiles({ 'drafts/a.txt': `${WRONG}\n`, 'final/b.txt': `${WRONG}\n` }, { ...CHECKS, configPath });
    expect(report.findings.map((f) => f.file)).toEqual([expect.stringMatching(/final\/b\.txt$/)]);
    expect(report.summary.suppressed).toBe(1);
    expect(suppressed.map((s) => s.by)).toEqual(['config']);
  });

  it('accepts families', async () => {
    const configPath = config('ignoreRules:\n  "*.txt": [date]\n');
    const { report } = await auditFiles({ 'a.txt': `${WRONG} 30 February 2018.\n` }, { ...CHECKS, configPath });
    expect(report.findings).toEqual([]);
    expect(report.summary.suppressed).toBe(2);
  });

  it('rejects a value that is not a rule pattern, naming file and line', async () => {
    const configPath = config('ignoreRules:\n  "*.txt": [Date Weekday]\n');
    await expect(auditFiles({ 'a.txt': `${WRONG}\n` }, { ...CHECKS, configPath })).rejects.toThrow(/config\.yaml:3:\d+: ignoreRules\.\*\.txt\.0: expected a rule id/);
  });
});

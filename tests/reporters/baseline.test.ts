/** --baseline: only new findings, matched without line numbers; a broken baseline is a usage error. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchBaseline, type BaselineFinding } from '../../src/findings/baseline.js';
import type { Finding } from '../../src/findings/finalize.js';
import { SHARED_DIR } from '../helpers/build.js';
import { tmp } from './audit-files.js';
import { readReport, runCli } from '../helpers/cli.js';

const run = runCli;

describe('baseline mode on an edited copy of a seed', () => {
  it('reports only the defect introduced by the edit, though every line moved', async () => {
    const dir = tmp();
    const manuscript = join(dir, 'bab2.txt');
    copyFileSync(join(SHARED_DIR, 'seeds', '000_94f03f8c890e53d0.txt'), manuscript);
    const before = join(dir, 'before');
    expect((await run([manuscript, '--out', before, '--offline', '--fail-on', 'never'])).code).toBe(0);
    const old = readReport(before);
    expect(old.findings.map((f) => f.excerpt)).toContain('Selasa, 14 April 2018');

    // The edit: a new paragraph at the top (every old finding moves down by two lines) with a wrong weekday.
    const inserted = 'Pertemuan lanjutan kedua delegasi berlangsung pada hari Senin, 14 April 2018 di Vladivostok.\n\n';
    writeFileSync(manuscript, inserted + readFileSync(manuscript, 'utf8'));
    const after = join(dir, 'after');
    const { code, stdout } = await run([manuscript, '--out', after, '--offline', '--fail-on', 'warning', '--baseline', join(before, 'report.json'), '--format', 'json,sarif']);
    const report = readReport(after);
    const weekday = report.findings.filter((f) => f.ruleId === 'date/weekday-mismatch');
    expect(weekday.map((f) => [f.excerpt, f.line])).toEqual([['Senin, 14 April 2018', 1]]);
    expect(report.findings.filter((f) => f.line > 1)).toEqual([]); // nothing old comes back
    expect(report.summary.baselined).toBe(old.findings.length);
    expect(code).toBe(1); // the new warning fails --fail-on warning
    expect(stdout).toMatch(new RegExp(`${old.findings.length} already in the baseline`));
    const sarif = JSON.parse(readFileSync(join(after, 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { baselineState: string }) => r.baselineState)).toEqual(report.findings.map(() => 'new'));
  });

  it('without --baseline the same edit reports old and new findings', async () => {
    const dir = tmp();
    const manuscript = join(dir, 'bab2.txt');
    writeFileSync(manuscript, 'Rapat digelar hari Senin, 14 April 2018.\n\n' + readFileSync(join(SHARED_DIR, 'seeds', '000_94f03f8c890e53d0.txt'), 'utf8'));
    await run([manuscript, '--out', join(dir, 'out'), '--offline', '--fail-on', 'never']);
    const excerpts = readReport(join(dir, 'out')).findings.filter((f) => f.ruleId === 'date/weekday-mismatch').map((f) => f.excerpt);
    expect(excerpts).toEqual(['Senin, 14 April 2018', 'Selasa, 14 April 2018']);
  });
});

describe('a broken baseline', () => {
  it.each([
    ['missing.json', null, /--baseline .*missing\.json: cannot read the file \(no such file\)/],
    ['broken.json', '{"findings": [', /--baseline .*broken\.json: not valid JSON/],
    ['other.json', '{"results": []}', /--baseline .*other\.json: not a citecheck report\.json \(findings: /],
    ['bad-finding.json', '{"findings": [{"ruleId": 3}]}', /not a citecheck report\.json \(findings\.0\.ruleId: /],
  ])('%s → exit 2 with a clear message', async (name, content, message) => {
    const dir = tmp();
    if (content !== null) writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'a.txt'), 'Nothing to see here.\n');
    const { code, stderr } = await run([join(dir, 'a.txt'), '--out', join(dir, 'out'), '--offline', '--baseline', join(dir, name)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('matchBaseline', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: 'date/weekday-mismatch',
    severity: 'warning',
    file: 'a.md',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    message: 'm',
    excerpt: 'Selasa, 14 April 2018',
    ...over,
  });
  const base = (over: Partial<BaselineFinding>): BaselineFinding => ({ ruleId: 'date/weekday-mismatch', file: 'a.md', excerpt: 'Selasa, 14 April 2018', message: 'm', ...over });

  it.each<[string, Finding[], BaselineFinding[], number]>([
    ['same text on another line is known', [finding({ line: 40 })], [base({})], 0],
    ['another rule is new', [finding({ ruleId: 'date/invalid' })], [base({})], 1],
    ['another file is new', [finding({ file: 'b.md' })], [base({})], 1],
    ['another excerpt is new', [finding({ excerpt: 'Senin, 14 April 2018' })], [base({})], 1],
    ['whitespace changes do not matter', [finding({ excerpt: 'Selasa,\n14 April  2018' })], [base({})], 0],
    ['each baseline entry is used once', [finding({ line: 1 }), finding({ line: 9 })], [base({})], 1],
    ['a fingerprint match wins over an excerpt match', [finding({ line: 9, fingerprint: 'other' }), finding({ line: 1, fingerprint: 'fp' })], [base({ fingerprint: 'fp' })], 1],
    ['an empty excerpt needs the same message', [finding({ excerpt: '', message: 'x' })], [base({ excerpt: '', message: 'y' })], 1],
  ])('%s', (_name, findings, baseline, fresh) => {
    expect(matchBaseline(findings, baseline).fresh).toHaveLength(fresh);
  });

  it('keeps the old finding and reports the new copy when an identical defect is pasted elsewhere', () => {
    const old = finding({ line: 5, fingerprint: 'ctx-a' });
    const pasted = finding({ line: 1, fingerprint: 'ctx-b' });
    const { fresh } = matchBaseline([pasted, old], [base({ fingerprint: 'ctx-a' })]);
    expect(fresh).toEqual([pasted]);
  });
});

/** report.sarif validates against the SARIF 2.1.0 schema (shipped in @microsoft/jest-sarif; no network). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Log, Result } from 'sarif';
import { dateInvalid, weekdayMismatch } from '../../src/checks/date.js';
import { RULE_IDS } from '../../src/checks/rule-ids.js';
import { artifactUri, renderSarif } from '../../src/reporters/sarif.js';
import type { Report } from '../../src/report/report.js';
import { auditFiles } from './audit-files.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

function validator() {
  // The schema's "language" pattern has a stray ']' that is only valid without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = validator();
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('SARIF output', () => {
  let log: Log;
  let report: Report;
  beforeAll(async () => {
    const text = [
      '<!-- citecheck-disable-next-line date/invalid -->',
      'It was signed on 30 February 2018.',
      '',
      'The meeting was held on Tuesday, 14 April 2018 — “quoted” — in Genève.',
      '',
      'Again on 31 February 2019.',
      '',
    ].join('\n');
    const result = await auditFiles({ 'my paper #1.md': text }, { checks: [weekdayMismatch, dateInvalid] });
    report = result.report;
    log = JSON.parse(renderSarif(result.report, { suppressed: result.suppressed }));
  });

  it('is valid SARIF 2.1.0', () => {
    expect(validate(log), errors().join('\n')).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  });

  it('describes every rule, with help text, and counts columns in UTF-16 code units', () => {
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining([...RULE_IDS]));
    for (const rule of rules) {
      expect(rule.shortDescription?.text.length, rule.id).toBeGreaterThan(10);
      expect(rule.help?.text.length, rule.id).toBeGreaterThan(rule.shortDescription!.text.length);
    }
    for (const result of run.results!) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('places each result with a region that matches report.json', () => {
    const results = log.runs[0]!.results!.filter((r) => !r.suppressions);
    expect(results).toHaveLength(report.findings.length);
    results.forEach((result, i) => {
      const f = report.findings[i]!;
      const place = result.locations![0]!.physicalLocation!;
      expect(place.artifactLocation!.uri).toBe(artifactUri(f.file).uri);
      expect(place.region).toMatchObject({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.excerpt } });
      expect(result.level).toBe(f.severity === 'info' ? 'note' : f.severity);
      expect(result.partialFingerprints).toEqual({ 'citecheck/v1': f.fingerprint });
    });
    const weekday = results.find((r) => r.ruleId === 'date/weekday-mismatch')!;
    expect(weekday.message.text).toMatch(/Suggestion: Saturday, 14 April 2018/);
  });

  it('keeps suppressed findings as suppressed results', () => {
    const suppressed = log.runs[0]!.results!.filter((r: Result) => r.suppressions);
    expect(suppressed.map((r) => [r.ruleId, r.suppressions![0]!.kind])).toEqual([['date/invalid', 'inSource']]);
  });

  it('rejects a log that breaks the schema (the validator is real)', () => {
    const broken = structuredClone(log);
    (broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region as { startLine: number }).startLine = 0;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });
});

describe('artifactUri', () => {
  it.each([
    ['input/paper.md', 'input/paper.md', '%SRCROOT%'],
    ['./input/paper.md', 'input/paper.md', '%SRCROOT%'],
    ['corpus/METLIT-solusi kala wabah melanda.md', 'corpus/METLIT-solusi%20kala%20wabah%20melanda.md', '%SRCROOT%'],
    ['a/#1 ?.md', 'a/%231%20%3F.md', '%SRCROOT%'],
    ['/abs/my file.md', 'file:///abs/my%20file.md', undefined],
  ])('%s → %s', (path, uri, base) => {
    expect(artifactUri(path)).toEqual(base ? { uri, uriBaseId: base } : { uri });
  });
});

describe('the seeds through the command line', () => {
  it('write json, md, html and a valid sarif, and print one annotation per finding', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { tmp } = await import('./audit-files.js');
    const { join } = await import('node:path');
    const { existsSync } = await import('node:fs');
    const out = tmp();
    let stdout = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: () => {}, isTty: false };
    await main([join(import.meta.dirname, '..', '..', 'input'), '--out', out, '--offline', '--format', 'json,md,html,sarif,github', '--fail-on', 'never'], io);
    for (const name of ['report.json', 'report.md', 'report.html', 'report.sarif']) expect(existsSync(join(out, name)), name).toBe(true);
    expect(existsSync(join(out, 'report.github'))).toBe(false);
    const findings = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).findings;
    const seeds = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8'));
    expect(validate(seeds), errors().join('\n')).toBe(true);
    expect(seeds.runs[0].results.length).toBe(findings.length);
    expect(stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l))).toHaveLength(findings.length);
    expect(stdout).toMatch(/Reports in .* \(report\.json, report\.md, report\.html, report\.sarif\)\./);
  });
});

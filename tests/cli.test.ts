/** The command as a user runs it: seeds in, contract report out; bad input handled. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/checks/rule-ids.js';
import type { Report } from '../src/report/report.js';
import { SHARED_DIR } from './helpers/build.js';
import { readReport, runCli } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');

const run = runCli;
const tmp = () => mkdtempSync(join(tmpdir(), 'citecheck-test-'));

describe('audit of the seeds', () => {
  let out: string;
  let report: Report;
  beforeAll(async () => {
    out = tmp();
    const result = await run([join(ROOT, 'input'), '--out', out, '--offline', '--format', 'json,md', '--fail-on', 'never']);
    expect(result.code).toBe(0);
    report = readReport(out);
  });

  it('writes a contract-shaped report for the five seeds', () => {
    expect(report.tool).toEqual({ name: 'citecheck', version: expect.any(String) });
    expect(Number.isNaN(Date.parse(report.generatedAt))).toBe(false);
    expect(report.documents).toHaveLength(5);
    for (const doc of report.documents) {
      expect(doc).toMatchObject({ file: expect.stringMatching(/input\/00\d_\w+\.txt$/), language: 'id' });
      expect(doc.counts).toEqual(expect.objectContaining({ footnotes: expect.any(Number), citations: expect.any(Number), references: expect.any(Number), urls: expect.any(Number) }));
    }
    const { error, warning, info } = report.summary;
    expect(error + warning + info).toBe(report.findings.length);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# citecheck report/);
  });

  it('points every finding at the exact text of the original file', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(RULE_IDS).toContain(f.ruleId);
      const lines = readFileSync(f.file, 'utf8').split('\n');
      if (f.line === f.endLine) {
        expect(lines[f.line - 1]!.slice(f.column - 1, f.endColumn - 1)).toBe(f.excerpt);
        expect(f.endColumn - f.column).toBe(f.excerpt.length);
      } else {
        const text = lines.slice(f.line - 1, f.endLine).join('\n');
        expect(text.slice(f.column - 1)).toContain(f.excerpt.split('\n')[0]);
      }
    }
  });

  it('finds "Selasa, 14 April 2018" and leaves "Selasa 26 Desember 2017" alone', () => {
    const weekday = report.findings.filter((f) => f.ruleId === 'date/weekday-mismatch');
    expect(weekday.map((f) => f.excerpt)).toContain('Selasa, 14 April 2018');
    expect(weekday.map((f) => f.excerpt)).not.toContain('Selasa 26 Desember 2017');
  });

  it('sorts findings and produces byte-identical findings on a second run', async () => {
    const again = tmp();
    await run([join(ROOT, 'input'), '--out', again, '--offline', '--fail-on', 'never']);
    expect(JSON.stringify(readReport(again).findings)).toBe(JSON.stringify(report.findings));
    const keys = report.findings.map((f) => [f.file, f.line, f.column, f.ruleId]);
    const sorted = [...keys].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number) || String(a[3]).localeCompare(String(b[3]))));
    expect(keys).toEqual(sorted);
  });
});

describe('command line', () => {
  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toMatch(/Usage:/);
    expect((await run(['--version'])).stdout).toMatch(/^citecheck \d+\.\d+\.\d+/);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--fail-on', 'sometimes'], /--fail-on: expected error, warning or never/],
    [['--format', 'pdf'], /--format: unknown format "pdf"/],
  ])('rejects bad options %j with exit 2', async (args, message) => {
    const { code, stderr } = await run([...args, '--out', tmp()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 1 when a finding reaches --fail-on', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'The treaty was signed on 30 February 2018 in Moscow by both sides.\n');
    expect((await run([join(dir, 'a.txt'), '--out', join(dir, 'out')])).code).toBe(1);
    expect((await run([join(dir, 'a.txt'), '--out', join(dir, 'out'), '--fail-on', 'never'])).code).toBe(0);
  });
});

describe('bad input', () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp();
    writeFileSync(join(dir, 'good.txt'), 'Rapat digelar Selasa, 14 April 2018 di Jakarta, kata juru bicara.\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 au lait, written in Latin-1 and not UTF-8\n', 'latin1'));
    writeFileSync(join(dir, 'empty.md'), '');
  });

  it('skips what it cannot read, audits the rest, and exits 2', async () => {
    const out = join(dir, 'out');
    const before = readFileSync(join(dir, 'good.txt'));
    const { code, stderr } = await run([dir, join(dir, 'missing.md'), '--out', out, '--fail-on', 'never']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/skipped .*missing\.md: no such file or folder/);
    expect(stderr).toMatch(/skipped .*binary\.txt: binary file/);
    expect(stderr).toMatch(/skipped .*latin1\.txt: not valid UTF-8/);
    expect(stderr).not.toMatch(/\n\s+at /);
    const report = readReport(out);
    expect(report.documents.map((d) => d.file)).toEqual([join(dir, 'good.txt')]);
    const skipped = report.findings.filter((f) => f.ruleId === 'input/skipped');
    expect(skipped.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info']);
    expect(report.findings.some((f) => f.ruleId === 'date/weekday-mismatch')).toBe(true);
    expect(readFileSync(join(dir, 'good.txt'))).toEqual(before); // input never modified
  });

  it('audits a 5 MB file', { timeout: 240_000 }, async () => {
    const big = join(tmp(), 'big.txt');
    // A long thesis: paragraphs of ordinary prose, one date in each (as in real chapters).
    const paragraph = 'Pada tanggal 5 Juli 2006 Korea Utara meluncurkan uji coba misil yang berjumlah tujuh misil. ' + 'Kebijakan ini mengubah pandangan dunia terhadap Korea Utara dan negara-negara di kawasan. '.repeat(6) + '\n\n';
    writeFileSync(big, paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));
    const out = join(tmp(), 'out');
    const { code } = await run([big, '--out', out, '--offline']);
    expect(code).toBe(0);
    expect(readReport(out).documents).toHaveLength(1);
  });

  it('reports an invalid config with file, line and key, exit 2', async () => {
    const rules = tmp();
    mkdirSync(join(rules, 'lang'));
    for (const lang of ['en', 'id']) writeFileSync(join(rules, 'lang', `${lang}.yaml`), readFileSync(join(ROOT, 'rules', 'lang', `${lang}.yaml`)));
    writeFileSync(join(rules, 'config.yaml'), 'kind: config\nrules:\n  date/weekday-mismatch: loud\n');
    const { code, stderr } = await run([join(dir, 'good.txt'), '--rules', rules, '--out', join(rules, 'out')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/config\.yaml:3:\d+: rules\.date\/weekday-mismatch: expected a severity \(off, info, warning or error\)/);
  });

  it('reports a broken word list with file and line, exit 2', async () => {
    const rules = tmp();
    mkdirSync(join(rules, 'lang'));
    writeFileSync(join(rules, 'lang', 'en.yaml'), 'kind: lexicon\nlanguage: en\nname: English\nmonths: [January]\nweekdays: []\nbibliographyHeadings: []\n');
    const { code, stderr } = await run([join(dir, 'good.txt'), '--rules', rules, '--out', join(rules, 'out')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/en\.yaml:4:\d+: months: /);
  });

  it('reports an output folder it cannot create clearly', async () => {
    const blocker = join(tmp(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const { code, stderr } = await run([join(dir, 'good.txt'), '--out', join(blocker, 'out')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write reports to .*a-file\/out: ENOTDIR/);
  });
});

describe('the installed command', () => {
  it('runs through bin/citecheck.js as npx would', () => {
    const out = tmp();
    const stdout = execFileSync(process.execPath, [join(ROOT, 'bin', 'citecheck.js'), join(SHARED_DIR, 'seeds', '004_dc909485f31bc26a.txt'), '--out', out, '--offline'], { encoding: 'utf8' });
    expect(stdout).toMatch(/1 document\(s\)/);
    expect(readReport(out).documents).toHaveLength(1);
  });
});

describe('the installed command in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (citecheck … | head -1)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'citecheck.js'), join(ROOT, 'input'), '--out', tmp(), '--offline', '--format', 'github', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy()); // like head -1: read once, close
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).not.toBe(2);
  });
});

/**
 * Manuscripts as a user meets them: `manuscripts:` in the config (validated with file:line
 * errors), the --manuscript flag, and report.json / report.md / report.html listing each
 * manuscript with its chapters.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/options.js';
import { ConfigSchema } from '../../src/config/config.js';
import { parseYaml } from '../../src/config/yaml-file.js';
import { readReport, runCli } from '../helpers/cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'manuscripts');
const tmp = () => mkdtempSync(join(tmpdir(), 'citecheck-manuscripts-'));

const run = runCli;
const parseConfig = (text: string) => parseYaml(text, ConfigSchema, 'rules/config.yaml');

describe('manuscripts in the config', () => {
  it('accepts a name, file patterns, a bibliography (one or several) and joined', () => {
    const config = parseConfig('kind: config\nmanuscripts:\n  - name: thesis\n    files: ["thesis/*.md"]\n    bibliography: thesis/refs.bib\n  - name: book\n    files: [a.txt, b.txt]\n    bibliography: [x.bib, y.bib]\n    joined: true\n');
    expect(config.manuscripts).toEqual([
      { name: 'thesis', files: ['thesis/*.md'], bibliography: 'thesis/refs.bib', joined: false },
      { name: 'book', files: ['a.txt', 'b.txt'], bibliography: ['x.bib', 'y.bib'], joined: true },
    ]);
    expect(parseConfig('kind: config\n').manuscripts).toEqual([]);
  });

  it.each([
    ['a misspelt key', 'kind: config\nmanuscripts:\n  - name: thesis\n    file: ["*.md"]\n', /^rules\/config\.yaml:3:\d+: manuscripts\.0\.files: /m],
    ['no file patterns', 'kind: config\nmanuscripts:\n  - name: thesis\n    files: []\n', /^rules\/config\.yaml:4:\d+: manuscripts\.0\.files: expected at least one file pattern/m],
    ['an unknown key', 'kind: config\nmanuscripts:\n  - name: thesis\n    files: [a.md]\n    chapters: 3\n', /^rules\/config\.yaml:5:\d+: manuscripts\.0\.chapters: /m],
    ['a name used twice', 'kind: config\nmanuscripts:\n  - {name: a, files: [x.md]}\n  - {name: a, files: [y.md]}\n', /^rules\/config\.yaml:3:\d+: manuscripts: expected each manuscript to have its own name/m],
  ])('reports %s with file and line', (_, text, message) => {
    expect(() => parseConfig(text)).toThrow(message);
  });
});

describe('the --manuscript flag and the reports', () => {
  it('parses --manuscript', () => {
    const command = parseCommand(['a.md', 'b.md', '--manuscript']);
    expect(command).toMatchObject({ kind: 'audit', options: { manuscript: true, paths: ['a.md', 'b.md'] } });
    expect(parseCommand(['a.md'])).toMatchObject({ options: { manuscript: false } });
  });

  it('reads the given files as one manuscript and lists it in report.json, report.md and report.html', async () => {
    const out = tmp();
    const chapters = ['chapter1.txt', 'chapter2.txt', 'chapter3.txt'].map((f) => join(FIXTURES, 'text-book', f));
    const { code, stdout } = await run([...chapters, '--manuscript', '--out', out, '--offline', '--format', 'json,md,html', '--fail-on', 'never']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Manuscript ${join(FIXTURES, 'text-book')}: 3 chapters read as one text`);
    const report = readReport(out);
    expect(report.manuscripts).toEqual([{ name: join(FIXTURES, 'text-book'), files: chapters, bibliography: chapters[0], bibliographies: chapters, detectedBy: 'flag' }]);
    // Notes run on through the chapters: chapter 2 starting at 4 is no skip, an Ibid. opening it has an antecedent.
    const rules = report.findings.map((f) => `${f.ruleId} ${f.file.split('/').at(-1)}:${f.line}`);
    expect(rules).not.toContain('citation/ibid-without-antecedent chapter2.txt:5');
    expect(rules).toContain('footnote/numbering chapter3.txt:3');
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain(`## Manuscript ${join(FIXTURES, 'text-book')}`);
    expect(markdown).toMatch(/\| 2 \| \S*chapter2\.txt \| en \|/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h3 class="manuscript">Manuscript ');
    expect(html).toContain('chapter 3 of ');
  });

  it('lists no manuscript for separate papers (documents behave as before)', async () => {
    const out = tmp();
    await run([join(FIXTURES, 'text-book', 'chapter1.txt'), join(FIXTURES, 'quarto-book', 'index.md'), '--out', out, '--offline', '--fail-on', 'never']);
    expect(readReport(out).manuscripts).toEqual([]);
  });
});

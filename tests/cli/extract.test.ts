/**
 * `citecheck extract`: per format (txt, md + .bib companion, html) a small document whose every
 * extracted list is asserted in full; references.bib read back by citation-js; folder names and
 * index.json; bad input (exit 2, message, the other documents still extracted).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Cite from 'citation-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { folderNames } from '../../src/extract-output/folders.js';
import { SHARED_DIR } from '../helpers/build.js';

const RULES = join(import.meta.dirname, '..', '..', 'rules');

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTty: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

async function extract(args: string[]): Promise<{ code: number; io: ReturnType<typeof capture> }> {
  const io = capture();
  const code = await main(['extract', ...args, '--rules', RULES], io);
  return { code, io };
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

const FILES: Record<string, string> = {
  'note.txt': 'Kata pengantar.¹ Rapat digelar Sabtu, 14 April 2018 di https://example.org/rapat.\n\n¹ Smith, J. 2020. *Judul*. Diunduh dari https://example.org/judul\n',
  'paper.md': '---\ntitle: Paper\nbibliography: refs.bib\n---\n\nAs @doe2020 shows[^1], see `https://example.org/code`.\n\n[^1]: A note with <https://example.org/note>.\n',
  'refs.bib': '@article{doe2020,\n  title = {A Title},\n  author = {Doe, Jane and Roe, Richard},\n  journal = {Journal of Things},\n  year = {2020},\n  pages = {163--195},\n  doi = {10.1234/abc}\n}\n',
  'page.html': '<html><body><p>As shown (Doe 2019), see <a href="https://example.org/x">this</a>.</p><pre>https://example.org/code</pre><h2>References</h2><ul><li>Doe, A. 2019. Title. Press.</li></ul></body></html>\n',
};

describe('citecheck extract: every list, per format', () => {
  let dir: string;
  let out: string;
  let result: Awaited<ReturnType<typeof extract>>;
  const list = (folder: string, file: string) => readJson(join(out, folder, file));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citecheck-extract-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    out = join(dir, 'out');
    result = await extract([dir, '--out', out]);
  });

  it('writes index.json and one folder per document, exit 0', () => {
    expect(result.code).toBe(0);
    expect(list('.', 'index.json')).toEqual([
      { file: join(dir, 'note.txt'), folder: 'note.txt' },
      { file: join(dir, 'page.html'), folder: 'page.html' },
      { file: join(dir, 'paper.md'), folder: 'paper.md' },
    ]);
    for (const folder of ['note.txt', 'page.html', 'paper.md']) {
      expect(readdirSync(join(out, folder)).sort()).toEqual(['citations.json', 'dates.json', 'footnotes.json', 'references.bib', 'references.json', 'urls.json']);
    }
  });

  it('txt: a superscript note that is a reference, its marker, a URL and a dated weekday', () => {
    const file = join(dir, 'note.txt');
    const raw = 'Smith, J. 2020. *Judul*. Diunduh dari https://example.org/judul';
    expect(list('note.txt', 'references.json')).toEqual([
      // Names, title and type come from the trained parser (src/refparse), URL and year from the patterns.
      { URL: 'https://example.org/judul', author: [{ family: 'Smith', given: 'J.' }], title: 'Judul', issued: { 'date-parts': [[2020]] }, id: 'note-1', type: 'webpage', citecheck: { file, line: 3, column: 1, endLine: 3, endColumn: 66, raw, origin: 'footnote', label: '1' } },
    ]);
    expect(list('note.txt', 'footnotes.json')).toEqual([{ label: '1', marker: { line: 1, column: 16 }, definition: { line: 3, column: 1, text: raw }, markers: [{ line: 1, column: 16 }] }]);
    expect(list('note.txt', 'citations.json')).toEqual([{ text: '¹', kind: 'footnote', line: 1, column: 16, endLine: 1, endColumn: 17, targets: ['note-1'] }]);
    expect(list('note.txt', 'urls.json')).toEqual([
      { url: 'https://example.org/rapat', normalized: 'https://example.org/rapat', line: 1, column: 56, endLine: 1, endColumn: 81 },
      { url: 'https://example.org/judul', normalized: 'https://example.org/judul', line: 3, column: 41, endLine: 3, endColumn: 66 },
    ]);
    expect(list('note.txt', 'dates.json')).toEqual([
      { text: 'Sabtu, 14 April 2018', value: '2018-04-14', weekday: 'Sabtu', relative: false, inUrl: false, line: 1, column: 32, endLine: 1, endColumn: 52 },
      { text: '2020', value: '2020', weekday: null, relative: false, inUrl: false, line: 3, column: 13, endLine: 3, endColumn: 17 },
    ]);
  });

  it('md + .bib: the companion entry points into the .bib, code URLs are left out', () => {
    const bibEntry = FILES['refs.bib']!.trim();
    expect(list('paper.md', 'references.json')).toEqual([
      { URL: 'https://example.org/note', title: 'A note with', id: 'note-1', type: 'webpage', citecheck: { file: join(dir, 'paper.md'), line: 8, column: 1, endLine: 8, endColumn: 46, raw: 'A note with https://example.org/note.', origin: 'footnote', label: '1' } },
      {
        'container-title': 'Journal of Things',
        author: [{ given: 'Jane', family: 'Doe' }, { given: 'Richard', family: 'Roe' }],
        DOI: '10.1234/abc',
        type: 'article-journal',
        id: 'doe2020',
        'citation-key': 'doe2020',
        issued: { 'date-parts': [[2020]] },
        page: '163-195',
        title: 'A Title',
        citecheck: { file: join(dir, 'refs.bib'), line: 1, column: 1, endLine: 8, endColumn: 2, raw: bibEntry, origin: 'companion' },
      },
    ]);
    expect(list('paper.md', 'citations.json')).toEqual([
      { text: '@doe2020', kind: 'key', line: 6, column: 4, endLine: 6, endColumn: 12, targets: ['doe2020'] },
      { text: '[^1]', kind: 'footnote', line: 6, column: 18, endLine: 6, endColumn: 22, targets: ['note-1'] },
    ]);
    expect(list('paper.md', 'footnotes.json')).toEqual([{ label: '1', marker: { line: 6, column: 18 }, definition: { line: 8, column: 1, text: 'A note with https://example.org/note.' }, markers: [{ line: 6, column: 18 }] }]);
    expect(list('paper.md', 'urls.json')).toEqual([{ url: 'https://example.org/note', normalized: 'https://example.org/note', line: 8, column: 20, endLine: 8, endColumn: 44 }]);
    expect(list('paper.md', 'dates.json')).toEqual([]);
  });

  it('html: a list-item bibliography, an author-year citation, a link (not the <pre> one)', () => {
    expect(list('page.html', 'references.json')).toEqual([
      { author: [{ family: 'Doe', given: 'A.' }], title: 'Title', publisher: 'Press', issued: { 'date-parts': [[2019]] }, id: 'ref-1', type: 'book', citecheck: { file: join(dir, 'page.html'), line: 1, column: 148, endLine: 1, endColumn: 175, raw: 'Doe, A. 2019. Title. Press.', origin: 'bibliography' } },
    ]);
    expect(list('page.html', 'citations.json')).toEqual([{ text: '(Doe 2019)', kind: 'author-year', line: 1, column: 25, endLine: 1, endColumn: 35, targets: ['ref-1'] }]);
    expect(list('page.html', 'footnotes.json')).toEqual([]);
    expect(list('page.html', 'urls.json')).toEqual([{ url: 'https://example.org/x', normalized: 'https://example.org/x', line: 1, column: 50, endLine: 1, endColumn: 71 }]);
    expect(list('page.html', 'dates.json')).toEqual([
      { text: '2019', value: '2019', weekday: null, relative: false, inUrl: false, line: 1, column: 30, endLine: 1, endColumn: 34 },
      { text: '2019', value: '2019', weekday: null, relative: false, inUrl: false, line: 1, column: 156, endLine: 1, endColumn: 160 },
    ]);
  });

  it('positions give the exact text (excerpt at line/column, end exclusive)', () => {
    const text = FILES['page.html']!;
    const [entry] = list('page.html', 'references.json') as { citecheck: { column: number; endColumn: number; raw: string } }[];
    expect(text.slice(entry!.citecheck.column - 1, entry!.citecheck.endColumn - 1)).toBe(entry!.citecheck.raw);
  });
});

type Csl = Record<string, unknown> & { id: string };
const comparable = (item: Csl) => ({
  id: item.id,
  author: ((item['author'] as { family?: string; given?: string; literal?: string }[] | undefined) ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
  year: (item['issued'] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0],
  title: item['title'],
  container: item['container-title'],
  pages: item['page'],
  URL: item['URL'],
  DOI: item['DOI'],
});

describe('references.bib round-trips through citation-js', () => {
  const roundTrip = (out: string, folder: string) => {
    const json = readJson(join(out, folder, 'references.json')) as Csl[];
    const bib = readFileSync(join(out, folder, 'references.bib'), 'utf8');
    const back = Cite.plugins.input.chain(bib, { forceType: '@biblatex/text', generateGraph: false }) as Csl[];
    expect(back.map(comparable)).toEqual(json.map(comparable));
  };

  it('entries from text and from a .bib with accents, a corporate author, pages, URL and DOI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citecheck-bib-'));
    writeFileSync(join(dir, 'thesis.md'), '---\nbibliography: lib.bib\n---\n\nText [@muller; @who].\n\n## References\n\n- Smith, J. 2020. *Title*. <https://example.org/a_b%20c?d=1&e=2>.\n');
    writeFileSync(
      join(dir, 'lib.bib'),
      '@article{muller,\n  title = {{\\"U}ber Stra{\\ss}e \\& Weg},\n  author = {M{\\"u}ller, J{\\"o}rg and van der Berg, Anna},\n  journal = {Zeitschrift f{\\"u}r Dinge},\n  year = {2019},\n  pages = {12--34},\n  doi = {10.1000/xyz_123},\n  url = {https://example.org/m%C3%BCller?x=1}\n}\n@report{who,\n  title = {World Report},\n  author = {{World Health Organization}},\n  year = {2021}\n}\n',
    );
    const out = join(dir, 'out');
    expect((await extract([join(dir, 'thesis.md'), '--out', out])).code).toBe(0);
    roundTrip(out, 'thesis.md');
  });

  it('the 66 entries of the Distill article\'s references.bib', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'citecheck-distill-')), 'out');
    expect((await extract([join(SHARED_DIR, 'corpus', 'distill-ai-safety-social-scientists', 'index.html'), '--out', out])).code).toBe(0);
    expect(readJson(join(out, 'index.html', 'references.json'))).toHaveLength(66);
    roundTrip(out, 'index.html');
  });
});

describe('folders and bad input', () => {
  it('names folders by the path under the argument, "/" → "__", clashes numbered', () => {
    expect(folderNames([
      { path: 'input/thesis/ch1.md', root: 'input' },
      { path: 'input/a.md', root: 'input/a.md' },
      { path: 'other/a.md', root: 'other/a.md' },
    ])).toEqual(['thesis__ch1.md', 'a.md', 'a.md~2']);
  });

  it('a missing path and a binary file: a message, exit 2, the other documents still extracted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citecheck-bad-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'ok.md'), '# Title\n\nText with https://example.org/ok.\n');
    writeFileSync(join(dir, 'docs', 'bin.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const out = join(dir, 'out');
    const { code, io } = await extract([join(dir, 'docs'), join(dir, 'nope.md'), '--out', out]);
    expect(code).toBe(2);
    expect(io.err).toContain(`skipped ${join(dir, 'nope.md')}: no such file or folder`);
    expect(io.err).toMatch(/bin\.txt: binary file/);
    expect(readJson(join(out, 'index.json'))).toEqual([{ file: join(dir, 'docs', 'ok.md'), folder: 'ok.md' }]);
    expect(readJson(join(out, 'ok.md', 'urls.json'))).toHaveLength(1);
  });

  it('extract without --out is a usage error', async () => {
    const { code, io } = await extract(['input']);
    expect(code).toBe(2);
    expect(io.err).toMatch(/extract needs --out DIR/);
  });
});

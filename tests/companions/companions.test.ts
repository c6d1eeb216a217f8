/**
 * Companion bibliography files: entry boundaries, citation-js parsing (on the real corpus .bib
 * files too), and how a document finds its companions (front matter, metadata.yaml, Distill,
 * a .bib beside it). Missing and broken files are problems to report, never crashes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBibtex, scanCslJson, scanRis } from '../../src/companions/entry-spans.js';
import { parseCompanion } from '../../src/companions/parse.js';
import { makeSource } from '../../src/input/read-source.js';
import { buildDoc, SHARED_DIR } from '../helpers/build.js';

const slices = (text: string, spans: { span: { start: number; end: number } }[]) => spans.map((e) => text.slice(e.span.start, e.span.end));

describe('entry boundaries', () => {
  it('BibTeX: braces and parentheses, nested braces, keys with colons; @string and @comment are not entries', () => {
    const text = '@string{jn = "J. Things"}\n@comment{ignore me}\n@article{Kay:1977:PDM, title={A {B} c}, journal=jn}\n\n@book(b2, title = "x (y)")\n';
    const entries = scanBibtex(text);
    expect(entries.map((e) => e.key)).toEqual(['Kay:1977:PDM', 'b2']);
    expect(slices(text, entries)).toEqual(['@article{Kay:1977:PDM, title={A {B} c}, journal=jn}', '@book(b2, title = "x (y)")']);
  });

  it('BibTeX: an entry that never closes runs to the next entry and is marked', () => {
    const text = '@article{bad, title={Bad, year=2020}\n@book{good, title={Good}}\n';
    const entries = scanBibtex(text);
    expect(entries.map((e) => [e.key, e.unterminated ?? false])).toEqual([['bad', true], ['good', false]]);
    expect(slices(text, entries)[0]).toBe('@article{bad, title={Bad, year=2020}');
  });

  it('CSL-JSON: each object of the top-level array, braces inside strings ignored', () => {
    const text = '[\n {"id": "a", "title": "x } y"},\n {"id": "b", "author": [{"family": "Z"}]}\n]';
    expect(scanCslJson(text).map((e) => e.key)).toEqual(['a', 'b']);
    expect(slices(text, scanCslJson(text))).toEqual(['{"id": "a", "title": "x } y"}', '{"id": "b", "author": [{"family": "Z"}]}']);
  });

  it('RIS: TY to ER, the ID field is the key', () => {
    const text = 'TY  - JOUR\nID  - doe2020\nTI  - A title\nER  - \n\nTY  - BOOK\nTI  - B\nER  - \n';
    expect(scanRis(text).map((e) => e.key)).toEqual(['doe2020', undefined]);
    expect(slices(text, scanRis(text))).toEqual(['TY  - JOUR\nID  - doe2020\nTI  - A title\nER  - ', 'TY  - BOOK\nTI  - B\nER  - ']);
  });
});

describe('citation-js reads the corpus .bib files', () => {
  const corpus = join(SHARED_DIR, 'corpus');
  const files: [string, number][] = [
    ['joss-gmr/paper.bib', 8],
    ['joss-hypothesize/paper.bib', 11],
    ['joss-learningcurve/paper.bib', 3],
    ['joss-bumbl/paper.bib', 4],
    ['distill-research-debt/bibliography.bib', 22],
    ['distill-ai-safety-social-scientists/references.bib', 66],
  ];
  for (const [file, count] of files) {
    it(`${file}: ${count} entries, each with its key, title and exact span`, () => {
      const source = makeSource(file, readFileSync(join(corpus, file), 'utf8'));
      const { entries, problems } = parseCompanion(source, 'bibtex');
      expect(problems).toEqual([]);
      expect(entries).toHaveLength(count);
      for (const entry of entries) {
        expect(entry.raw).toMatch(new RegExp(`^@\\w+\\{${entry.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`));
        expect(entry.raw.endsWith('}')).toBe(true);
        expect(typeof entry.csl.title).toBe('string');
        expect(entry.csl.id).toBe(entry.id);
      }
    });
  }

  it('fields come out as CSL-JSON (names, pages, container, DOI, LaTeX accents)', () => {
    const read = (file: string) => parseCompanion(makeSource(file, readFileSync(join(corpus, file), 'utf8')), 'bibtex').entries;
    const dempster = read('joss-gmr/paper.bib').find((e) => e.id === 'Dempster1977')!.csl;
    expect(dempster.author?.map((a) => a.family)).toEqual(['Dempster', 'Laird', 'Rubin']);
    expect([dempster.page, dempster.volume, dempster.issued?.['date-parts']]).toEqual(['1-38', '39', [[1977]]]);
    expect(dempster['container-title']).toBe('Journal of the Royal Statistical Society. Series B (Methodological)');
    const vallat = read('joss-hypothesize/paper.bib').find((e) => e.id === 'Vallat2018')!.csl;
    expect(vallat.DOI).toBe('10.21105/joss.01026');
    const grothendieck = read('distill-research-debt/bibliography.bib').find((e) => e.id === 'grothendieck1985recoltes')!.csl;
    expect(grothendieck.title).toBe('Récoltes et Semailles');
    const r = read('joss-learningcurve/paper.bib').find((e) => e.id === 'R')!.csl;
    expect(r.author).toEqual([{ family: 'R Core Team' }]); // citation-js keeps a braced corporate name whole, as a family name
  });
});

describe('finding a document\'s companions', () => {
  const bib = '@book{doe2020,\n  title = {A Book},\n  author = {Doe, Jane},\n  year = {2020}\n}\n';

  it('front matter "bibliography:" relative to the document', () => {
    const doc = buildDoc({ format: 'md', path: 'paper/paper.md', text: '---\ntitle: X\nbibliography: refs/paper.bib\n---\n\nText [@doe2020].\n', files: { 'paper/refs/paper.bib': bib } });
    expect(doc.companions.map((c) => c.path)).toEqual(['paper/refs/paper.bib']);
    const entry = doc.references.find((r) => r.origin === 'companion')!;
    expect([entry.id, entry.source.path, entry.source.text.slice(entry.span.start, entry.span.end)]).toEqual(['doe2020', 'paper/refs/paper.bib', bib.trim()]);
    expect(doc.companionProblems).toEqual([]);
  });

  it('a list of bibliographies, CSL-JSON and RIS included', () => {
    const doc = buildDoc({
      format: 'md',
      path: 'p.md',
      text: '---\nbibliography:\n  - a.json\n  - b.ris\n---\n\nText.\n',
      files: { 'a.json': '[{"id": "smith", "type": "book", "title": "S"}]', 'b.ris': 'TY  - JOUR\nID  - roe1999\nTI  - R\nPY  - 1999\nER  - \n' },
    });
    expect(doc.references.map((r) => [r.id, r.csl.title, r.source.path])).toEqual([['smith', 'S', 'a.json'], ['roe1999', 'R', 'b.ris']]);
  });

  it('pandoc metadata.yaml beside the document', () => {
    const doc = buildDoc({ format: 'md', path: 'content/01.md', text: 'Text.\n', files: { 'content/metadata.yaml': 'title: X\nbibliography: [refs.bib]\n', 'content/refs.bib': bib } });
    expect(doc.references.map((r) => r.id)).toEqual(['doe2020']);
  });

  it('Distill <d-bibliography src>', () => {
    const doc = buildDoc({ format: 'html', path: 'post/index.html', text: '<html><body><p>Text <d-cite key="doe2020"></d-cite>.</p><d-bibliography src="bibliography.bib"></d-bibliography></body></html>', files: { 'post/bibliography.bib': bib } });
    expect(doc.references.map((r) => [r.id, r.source.path])).toEqual([['doe2020', 'post/bibliography.bib']]);
  });

  it('Distill inline <script type="text/bibliography">: entries placed in the document', () => {
    const text = '<html><head><script type="text/bibliography">\n@article{doe2020, title={A}, author={Doe, J.}, year={2020}}\n</script></head><body><p>Text.</p></body></html>';
    const doc = buildDoc({ format: 'html', path: 'i.html', text, files: {} });
    const entry = doc.references[0]!;
    expect([entry.id, entry.source.path, text.slice(entry.span.start, entry.span.end)]).toEqual(['doe2020', 'i.html', '@article{doe2020, title={A}, author={Doe, J.}, year={2020}}']);
  });

  it('pandoc front matter references: CSL items placed in the YAML header, cited by key', () => {
    const text = '---\ntitle: T\nreferences:\n- id: lowndes2017\n  author:\n  - family: Lowndes\n    given: Julia\n  issued:\n    date-parts: [[2017]]\n  title: Our path\n- id: unused2001\n  title: Unused\n---\n\nAs @lowndes2017 shows.\n';
    const doc = buildDoc({ format: 'md', path: 'p.md', text, files: {} });
    expect(doc.references.map((r) => [r.id, r.csl.author?.[0]?.family, r.source.path])).toEqual([['lowndes2017', 'Lowndes', 'p.md'], ['unused2001', undefined, 'p.md']]);
    expect(text.slice(doc.references[1]!.span.start, doc.references[1]!.span.end)).toBe('id: unused2001\n  title: Unused');
    expect(doc.citations.map((c) => c.targets)).toEqual([[doc.references[0]!.id]]);
  });

  it('a .bib beside the document: its own name, or the only one when the document is alone', () => {
    const alone = buildDoc({ format: 'md', path: 'j/paper.md', text: 'Text.\n', files: { 'j/paper.md': '', 'j/library.bib': bib } });
    expect(alone.references.map((r) => r.id)).toEqual(['doe2020']);
    const shared = buildDoc({ format: 'md', path: 'm/ch1.md', text: 'Text.\n', files: { 'm/ch1.md': '', 'm/ch2.md': '', 'm/library.bib': bib } });
    expect(shared.references).toEqual([]);
    const own = buildDoc({ format: 'md', path: 'm/ch1.md', text: 'Text.\n', files: { 'm/ch1.md': '', 'm/ch2.md': '', 'm/ch1.bib': bib } });
    expect(own.references.map((r) => r.id)).toEqual(['doe2020']);
  });

  it('a missing file is a problem placed on its mention, not a crash', () => {
    const text = '---\nbibliography: missing.bib\n---\n\nText.\n';
    const doc = buildDoc({ format: 'md', path: 'p.md', text, files: {} });
    const problem = doc.companionProblems![0]!;
    expect(problem.message).toMatch(/"missing\.bib" does not exist/);
    expect(text.slice(problem.span.start, problem.span.end)).toBe('missing.bib');
    expect(doc.references).toEqual([]);
  });

  it('a broken entry is a problem in the companion; the other entries are read', () => {
    const broken = '@article{bad, title={Bad, year=2020}\n@book{good, title={Good}, author={Roe, R.}, year=1999}\n';
    const doc = buildDoc({ format: 'md', path: 'p.md', text: '---\nbibliography: x.bib\n---\n\nText.\n', files: { 'x.bib': broken } });
    expect(doc.references.map((r) => r.id)).toEqual(['good']);
    const problem = doc.companionProblems![0]!;
    expect([problem.source.path, problem.message]).toEqual(['x.bib', 'Entry "bad" in x.bib cannot be read: it never closes (a brace or bracket is missing)']);
  });

  it('CSL-JSON that is not JSON is one problem in the file', () => {
    const doc = buildDoc({ format: 'md', path: 'p.md', text: '---\nbibliography: x.json\n---\n\nText.\n', files: { 'x.json': '[{"id": "a",}]' } });
    expect(doc.companionProblems!.map((p) => [p.source.path, /is not valid JSON/.test(p.message)])).toEqual([['x.json', true]]);
  });
});

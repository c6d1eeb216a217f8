/** Which files form a manuscript, in which order: every detection rule, and folders that must stay apart. */
import { describe, expect, it } from 'vitest';
import { createCompanionLoader, memoryCompanionFs } from '../../src/companions/load.js';
import { byChapterNumber, chapterNumber, detectManuscripts, type DetectOptions } from '../../src/manuscripts/detect.js';
import { documentUnits } from '../../src/manuscripts/units.js';
import { joinManuscripts } from '../../src/manuscripts/join.js';
import type { DocModel } from '../../src/model/types.js';
import { buildDoc } from '../helpers/build.js';

const isDocument = (name: string) => /\.(md|txt|html?)$/.test(name);

/** Documents of an in-memory folder tree: every file is visible to detection; documents are built. */
function setUp(files: Record<string, string>): { docs: DocModel[]; options: DetectOptions } {
  const docs = Object.keys(files)
    .filter(isDocument)
    .sort()
    .map((path) => buildDoc({ path, text: files[path]!, format: path.endsWith('.txt') ? 'txt' : 'md', files }));
  return { docs, options: { fs: memoryCompanionFs(files), isDocument } };
}

const detect = (files: Record<string, string>, extra: Partial<DetectOptions> = {}) => {
  const { docs, options } = setUp(files);
  return detectManuscripts(docs, { ...options, ...extra }).map((m) => ({ name: m.name, by: m.detectedBy, files: m.chapters.map((d) => d.source.path), bibliography: m.bibliography, joined: m.joined }));
};

const BIB = '@book{lee2018, author = {Lee, Daniel}, title = {Field methods in ecology}, publisher = {Academic Press}, year = {2018}}\n';

describe('chapter numbers', () => {
  it('reads the number in a file name and orders numbered chapters before the others', () => {
    expect(chapterNumber('01-intro.md')).toBe(1);
    expect(chapterNumber('chapter2.tex')).toBe(2);
    expect(chapterNumber('90.back-matter.md')).toBe(90);
    expect(chapterNumber('references.md')).toBeUndefined();
    const { docs } = setUp({ 'b/ch10.md': 'x', 'b/ch2.md': 'x', 'b/appendix.md': 'x' });
    expect([...docs].sort(byChapterNumber).map((d) => d.source.path)).toEqual(['b/ch2.md', 'b/ch10.md', 'b/appendix.md']);
  });
});

describe('detectManuscripts', () => {
  it('takes Manubot numbered sections as one manuscript and leaves other files of content/ apart', () => {
    const found = detect({
      'paper/content/00.front-matter.md': 'Front.',
      'paper/content/02.intro.md': 'Text [@tag:a].',
      'paper/content/90.back-matter.md': '[@tag:a]: doi:10.1/x\n',
      'paper/content/response-to-reviewers.md': 'Thanks.',
    });
    expect(found).toEqual([
      { name: 'paper', by: 'manubot', files: ['paper/content/00.front-matter.md', 'paper/content/02.intro.md', 'paper/content/90.back-matter.md'], bibliography: [], joined: true },
    ]);
  });

  it('takes a folder whose chapters share the only .bib, in chapter-number order', () => {
    const found = detect({ 'thesis/ch10-end.md': 'End [@lee2018].', 'thesis/ch2-method.md': 'Method [see @lee2018, p. 3].', 'thesis/refs.bib': BIB });
    expect(found).toEqual([{ name: 'thesis', by: 'shared-bibliography', files: ['thesis/ch2-method.md', 'thesis/ch10-end.md'], bibliography: ['thesis/refs.bib'], joined: false }]);
  });

  it('takes the chapters that name one bibliography through metadata.yaml', () => {
    const found = detect({ 'book/a.md': 'A.', 'book/b.md': 'B.', 'book/metadata.yaml': 'bibliography: ../shared/refs.bib\n', 'shared/refs.bib': BIB });
    expect(found).toMatchObject([{ by: 'shared-bibliography', files: ['book/a.md', 'book/b.md'], bibliography: ['shared/refs.bib'] }]);
  });

  it('follows the chapter order of _quarto.yml (parts included) and bookdown.yml', () => {
    const quarto = detect({
      'q/_quarto.yml': 'book:\n  chapters:\n    - index.md\n    - part: "Field"\n      chapters: [zeta.md]\n    - alpha.md\nbibliography: refs.bib\n',
      'q/alpha.md': 'A.',
      'q/index.md': 'I.',
      'q/zeta.md': 'Z.',
      'q/refs.bib': BIB,
    });
    expect(quarto).toEqual([{ name: 'q', by: 'chapter-list', files: ['q/index.md', 'q/zeta.md', 'q/alpha.md'], bibliography: ['q/refs.bib'], joined: false }]);
    const bookdown = detect({ 'b/_bookdown.yml': 'rmd_files:\n  html: [two.md, one.md]\n', 'b/one.md': '1', 'b/two.md': '2' });
    expect(bookdown[0]!.files).toEqual(['b/two.md', 'b/one.md']);
  });

  it('reads pandoc builds from a Makefile or defaults.yaml: joined into one text unless file-scope', () => {
    const make = detect({ 'm/Makefile': 'thesis.pdf:\n\tpandoc intro.md results.md --bibliography=refs.bib -o $@\n', 'm/results.md': 'R.', 'm/intro.md': 'I.', 'm/refs.bib': BIB });
    expect(make).toEqual([{ name: 'm', by: 'chapter-list', files: ['m/intro.md', 'm/results.md'], bibliography: ['m/refs.bib'], joined: true }]);
    const defaults = detect({ 'd/defaults.yaml': 'input-files: [b.md, a.md]\nfile-scope: true\nmetadata:\n  bibliography: refs.bib\n', 'd/a.md': 'A.', 'd/b.md': 'B.' });
    expect(defaults).toEqual([{ name: 'd', by: 'chapter-list', files: ['d/b.md', 'd/a.md'], bibliography: ['d/refs.bib'], joined: false }]);
  });

  it('takes numbered chapters that cite and a references file that lists', () => {
    const found = detect({
      't/00-preface.md': 'Thanks to all.',
      't/01-intro.md': 'Rivers move (Smith, 2019).',
      't/02-results.md': 'See [@jones2020].',
      't/references.md': '# References\n\nSmith, J. (2019). Rivers in motion. Water Press.\n',
    });
    expect(found).toMatchObject([{ by: 'numbered-chapters', files: ['t/00-preface.md', 't/01-intro.md', 't/02-results.md', 't/references.md'] }]);
  });

  it('leaves apart folders of separate papers', () => {
    // Numbered files that each carry their own reference list (the seeds of input/).
    const own = '\n\n# References\n\nSmith, J. (2019). Rivers in motion. Water Press.\n';
    expect(detect({ 'p/000_a1.md': `One (Smith, 2019).${own}`, 'p/001_b2.md': `Two (Smith, 2019).${own}` })).toEqual([]);
    // Two papers that name different bibliographies; a folder with two .bib files.
    expect(detect({ 'q/a.md': '---\nbibliography: a.bib\n---\nA.', 'q/b.md': '---\nbibliography: b.bib\n---\nB.', 'q/a.bib': BIB, 'q/b.bib': BIB })).toEqual([]);
    expect(detect({ 'r/a.md': 'A [@lee2018].', 'r/b.md': 'B [@lee2018].', 'r/a.bib': BIB, 'r/b.bib': BIB })).toEqual([]);
    // Unrelated files beside one .bib, only one of them citing its keys.
    expect(detect({ 'u/paper.md': 'A [@lee2018].', 'u/notes.txt': 'Notes (Lee, 2018).', 'u/refs.bib': BIB })).toEqual([]);
    // Numbered pages of a documentation folder are not Manubot sections (no content/, no citation tags).
    expect(detect({ 'docs/01.setup.md': 'Setup.[^1]\n\n[^1]: One.', 'docs/02.usage.md': 'Usage.[^1]\n\n[^1]: Two.' })).toEqual([]);
    // A document alone in its folder.
    expect(detect({ 's/a.md': 'A.', 's/refs.bib': BIB })).toEqual([]);
  });

  it('takes declared manuscripts first, in the order of their patterns, and --manuscript for everything', () => {
    const files = { 'x/intro.md': 'I.', 'x/body.md': 'B.', 'x/refs.bib': BIB, 'y/other.md': 'O.' };
    const declared = detect(files, { declared: [{ name: 'thesis', files: ['x/intro.md', 'x/*.md'], bibliography: 'x/refs.bib' }] });
    expect(declared).toEqual([{ name: 'thesis', by: 'config', files: ['x/intro.md', 'x/body.md'], bibliography: ['x/refs.bib'], joined: false }]);
    const all = detect(files, { all: true });
    expect(all).toMatchObject([{ name: '.', by: 'flag', files: ['x/body.md', 'x/intro.md', 'y/other.md'] }]);
  });
});

describe('joinManuscripts and documentUnits', () => {
  it('gives every chapter its place and the shared bibliography, and keeps other documents alone', () => {
    const files = { 'thesis/01-a.md': 'A [@lee2018].', 'thesis/02-b.md': 'B [@lee2018].', 'thesis/refs.bib': BIB, 'other/paper.md': 'Paper.' };
    const { docs, options } = setUp(files);
    expect(docs.map((d) => d.references.length)).toEqual([0, 0, 0]);
    joinManuscripts(detectManuscripts(docs, options), createCompanionLoader(memoryCompanionFs(files), isDocument));
    expect(docs.map((d) => d.manuscript)).toEqual([undefined, { name: 'thesis', chapter: 0 }, { name: 'thesis', chapter: 1 }]);
    expect(docs.map((d) => d.references.map((r) => r.id))).toEqual([[], ['lee2018'], ['lee2018']]);
    expect(docs[1]!.references[0]).toBe(docs[2]!.references[0]); // one entry, read once
    expect(documentUnits(docs).map((unit) => unit.map((d) => d.source.path))).toEqual([['other/paper.md'], ['thesis/01-a.md', 'thesis/02-b.md']]);
  });

  it('reports a declared bibliography that does not exist once, at the first chapter', () => {
    const files = { 'x/a.md': 'A.', 'x/b.md': 'B.' };
    const { docs, options } = setUp(files);
    joinManuscripts(detectManuscripts(docs, { ...options, declared: [{ name: 'x', files: ['x/*.md'], bibliography: 'x/missing.bib' }] }), createCompanionLoader(memoryCompanionFs(files), isDocument));
    expect(docs.map((d) => (d.companionProblems ?? []).map((p) => p.message))).toEqual([['The bibliography file "x/missing.bib" does not exist (looked for x/missing.bib); its entries were not checked.'], []]);
  });
});

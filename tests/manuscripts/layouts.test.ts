/**
 * One multi-chapter fixture per layout (tests/fixtures/manuscripts): pandoc chapters with a shared
 * .bib, a Quarto book, Manubot numbered sections, and a plain-text book declared in the config.
 * Each holds defects that only show across chapters, and traps that a file-by-file check raises;
 * every test reads the manuscript, then the same documents taken one by one, and compares.
 * (No LaTeX layout: citecheck has no LaTeX reader yet.)
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { runChecks } from '../../src/pipeline/engine.js';
import { loadDocuments, loadSetup } from '../../src/pipeline/run.js';
import { RULES_DIR } from '../helpers/build.js';
import { TODAY } from '../helpers/rule-tester.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'manuscripts');
const RULES = ['citation', 'footnote', 'reference'];

/** The citation, footnote and reference findings of folders: as manuscripts, and file by file. */
function audit(folder: string | string[], configPath?: string) {
  const setup = loadSetup(RULES_DIR, configPath);
  const loaded = loadDocuments([folder].flat().map((f) => join(FIXTURES, f)), setup);
  // A fresh array each time: the citation analysis is cached per array of documents.
  const run = () => [
    ...new Set(
      runChecks(ALL_CHECKS, [...loaded.docs], setup.config, setup.lexicons, TODAY, setup.facts)
        .findings.filter((f) => RULES.includes(f.ruleId.split('/')[0]!))
        .map((f) => `${f.ruleId} ${f.severity} ${basename(f.file)}:${f.line} ${f.excerpt.split('\n')[0]}`),
    ),
  ].sort();
  const asManuscript = run();
  for (const doc of loaded.docs) delete doc.manuscript;
  const fileByFile = run();
  return { manuscripts: loaded.manuscripts, asManuscript, fileByFile };
}

/** What a file-by-file reading raises that the manuscript reading rightly does not. */
const falseAlarms = (result: ReturnType<typeof audit>) => result.fileByFile.filter((f) => !result.asManuscript.includes(f));

describe('pandoc chapters sharing one .bib', () => {
  const result = audit('pandoc-thesis');

  it('is one manuscript in chapter order, with its bibliography', () => {
    expect(result.manuscripts.map((m) => [m.name.split('/').at(-1), m.detectedBy, m.chapters.map((d) => basename(d.source.path)), m.bibliography.map((b) => basename(b))])).toEqual([
      ['pandoc-thesis', 'shared-bibliography', ['01-introduction.md', '02-method.md', '03-results.md'], ['references.bib']],
    ]);
  });

  it('reports the entry no chapter cites and the marker whose note is in another file', () => {
    expect(result.asManuscript).toEqual([
      // Okafor 2017 is cited in no chapter.
      'citation/uncited-reference info references.bib:26 @article{unused2017,',
      // pandoc labels belong to their file: [^2] of chapter 2 is not the [^2] of chapter 1.
      'footnote/missing-definition error 02-method.md:4 [^2]',
    ]);
  });

  it('stays quiet about entries cited in one chapter only, reused labels and an Ibid. that opens a chapter', () => {
    expect(falseAlarms(result)).toEqual([
      'citation/ibid-without-antecedent error 02-method.md:6 Ibid.',
      'citation/uncited-reference info references.bib:1 @article{jones2019,',
      'citation/uncited-reference info references.bib:10 @book{lee2018,',
      'citation/uncited-reference info references.bib:17 @article{smith2020,',
    ]);
  });
});

describe('a Quarto book', () => {
  const result = audit('quarto-book');

  it('follows the chapter order of _quarto.yml and its bibliography', () => {
    expect(result.manuscripts.map((m) => [m.detectedBy, m.chapters.map((d) => basename(d.source.path)), m.bibliography.map((b) => basename(b)), m.listedIn?.split('/').at(-1)])).toEqual([
      ['chapter-list', ['index.md', 'sampling.md', 'analysis.md'], ['refs.bib'], '_quarto.yml'],
    ]);
  });

  it('finds every entry cited by some chapter', () => {
    expect(result.asManuscript).toEqual([]);
    expect(falseAlarms(result)).toEqual(['citation/uncited-reference info refs.bib:1 @article{kim2016,', 'citation/uncited-reference info refs.bib:8 @article{diaz2021,']);
  });
});

describe('Manubot numbered sections', () => {
  const result = audit('manubot-paper');

  it('is one manuscript of the numbered sections only', () => {
    expect(result.manuscripts.map((m) => [m.name.split('/').at(-1), m.detectedBy, m.joined, m.chapters.map((d) => basename(d.source.path))])).toEqual([
      ['manubot-paper', 'manubot', true, ['00.front-matter.md', '01.abstract.md', '02.intro.md', '03.methods.md', '90.back-matter.md']],
    ]);
  });

  it('reports a tag defined nowhere as an error, unused and duplicate tags, and a note label defined twice', () => {
    expect(result.asManuscript).toEqual([
      // Manubot joins the sections into one text: the second [^archive] is never used.
      'footnote/unused-definition warning 03.methods.md:7 [^archive]:',
      // Outside the manuscript: a cited tag with no definition stays informative.
      'citation/missing-reference info response-to-reviewers.md:3 [@tag:Epsilon2022_reply]',
      'citation/missing-reference error 03.methods.md:4 [@tag:Gamma2021_calibration]',
      'citation/uncited-reference info 90.back-matter.md:10 [@tag:Delta2018_unused]: arxiv:1801.01234',
      'reference/duplicate warning 90.back-matter.md:9 [@tag:Beta2020_copy]: doi:10.2222/basins.2020.17',
    ].sort());
  });

  it('stays quiet about a note defined in one section and used in the next', () => {
    expect(falseAlarms(result)).toEqual([
      'citation/missing-reference info 03.methods.md:4 [@tag:Gamma2021_calibration]', // (file by file it is only a guess)
      'footnote/missing-definition error 03.methods.md:3 [^data]',
      'footnote/unused-definition warning 02.intro.md:8 [^data]:',
    ]);
  });
});

describe('a plain-text book declared in the config, notes numbered through the book', () => {
  const result = audit('text-book', join(FIXTURES, 'text-book', 'config.yaml'));

  it('is the declared manuscript', () => {
    expect(result.manuscripts.map((m) => [m.name, m.detectedBy, m.chapters.map((d) => basename(d.source.path))])).toEqual([['river-trade', 'config', ['chapter1.txt', 'chapter2.txt', 'chapter3.txt']]]);
  });

  it('reports a note number skipped between chapters and works listed again in a later chapter', () => {
    expect(result.asManuscript).toEqual([
      'footnote/numbering warning chapter3.txt:3 ⁷',
      'reference/duplicate warning chapter3.txt:10 Brown, C. 2015. Statistical Methods for the Sciences. Oxford: Oxford University Press.',
      'reference/duplicate warning chapter3.txt:11 Moreau, L. (2009). Grain prices in Europe. Paris: Presses Universitaires.',
    ]);
  });

  it('stays quiet about numbering that runs on, an Ibid. after the last note of the chapter before, and a work cited two chapters later', () => {
    expect(falseAlarms(result)).toEqual([
      'citation/ibid-without-antecedent error chapter2.txt:5 Ibid.',
      'citation/uncited-reference info chapter1.txt:11 Brown, C. (2015). Statistical methods for the sciences. Oxford University Press.',
      'footnote/numbering warning chapter2.txt:3 ⁴', // "skips numbers 1–3"
    ]);
  });
});

describe('two manuscripts in one run', () => {
  it('are checked each on its own: the findings are those of the separate runs', () => {
    const together = audit(['pandoc-thesis', 'manubot-paper']);
    expect(together.manuscripts.map((m) => m.detectedBy)).toEqual(['shared-bibliography', 'manubot']);
    expect(together.asManuscript).toEqual([...audit('pandoc-thesis').asManuscript, ...audit('manubot-paper').asManuscript].sort());
  });
});

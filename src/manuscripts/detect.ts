/**
 * Which documents of a run are chapters of one manuscript (a set of files read in order as one
 * text), in this order of precedence:
 * 1. `--manuscript`: every document of the run is one manuscript;
 * 2. `manuscripts:` in the config: names, file globs and a bibliography, as declared;
 * 3. a build file that lists chapters (`_quarto.yml`, `_bookdown.yml`, pandoc `defaults.yaml`,
 *    a `Makefile`; src/manuscripts/chapter-lists.ts), in the listed order;
 * 4. a Manubot layout: numbered section files `NN.name.md` in a `content/` folder (or in a folder
 *    where one of them defines citation tags); others, such as `response-to-reviewers.md`, stay
 *    apart, as Manubot leaves them out;
 * 5. a folder whose documents share one bibliography: the same file named by their front matter
 *    or `metadata.yaml`, or the only `.bib` beside them when at least two of them cite by key;
 * 6. a folder of numbered chapter files (`01-intro.md`, `chapter2.txt`) that cite but list nothing,
 *    and exactly one file with a reference list (a `references.md`) and no other documents with
 *    references (a folder of separate papers each has its own).
 * Chapters without a listed order are read in the order of the number in their names, then by name.
 * Manubot, and pandoc run from a Makefile or defaults file, join the chapters into one text before
 * parsing (Manuscript.joined); Quarto, bookdown and an undeclared build read each file on its own.
 * A document belongs to at most one manuscript; the first rule that claims it wins.
 */
import { basename, dirname, extname } from 'node:path';
import type { CompanionFs } from '../companions/load.js';
import type { DocModel } from '../model/types.js';
import { globMatcher } from '../input/collect.js';
import { chapterListsIn } from './chapter-lists.js';
import { comparablePath } from '../util/paths.js';

/** A manuscript as the config declares it (rules/config.yaml `manuscripts:`). */
export interface ManuscriptDeclaration {
  name: string;
  files: string[];
  bibliography?: string | string[];
  joined?: boolean;
}

export type DetectedBy = 'flag' | 'config' | 'chapter-list' | 'manubot' | 'shared-bibliography' | 'numbered-chapters';

export interface Manuscript {
  name: string;
  /** Chapter documents in reading order. */
  chapters: DocModel[];
  /** Bibliography files shared by the chapters (declared, listed, or read by the chapters). */
  bibliography: string[];
  detectedBy: DetectedBy;
  /** The build file that lists the chapters (chapter-list only). */
  listedIn?: string;
  /** The chapters are joined into one text before notes are read (see ManuscriptMembership.joined). */
  joined: boolean;
}

export interface DetectOptions {
  /** --manuscript: all documents form one manuscript. */
  all?: boolean;
  declared?: ManuscriptDeclaration[];
  fs: CompanionFs;
  isDocument: (name: string) => boolean;
}

const folderOf = (doc: DocModel) => comparablePath(dirname(doc.source.path));
const nameOf = (doc: DocModel) => basename(doc.source.path);
const MANUBOT_SECTION = /^\d{2,}\.[^.].*\.md$/i;
/** Manubot's citation-tag definitions ("[@tag:Name]: doi:…"), read as reference entries. */
const definesCitationTags = (doc: DocModel) => doc.references.some((r) => r.raw.startsWith('[@'));

/** The number in a chapter's file name ("01-intro.md" → 1, "chapter2.txt" → 2), if any. */
export function chapterNumber(name: string): number | undefined {
  const match = /(\d+)/.exec(name.replace(/\.[^.]+$/, ''));
  return match ? Number(match[1]) : undefined;
}

/** Numbered chapters first, in number order, then the others by name. */
export function byChapterNumber(a: DocModel, b: DocModel): number {
  const [x, y] = [chapterNumber(nameOf(a)), chapterNumber(nameOf(b))];
  if (x !== undefined && y !== undefined && x !== y) return x - y;
  if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
  return a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0;
}

/** Bibliography files a document read (front matter, metadata.yaml, its own .bib). */
const bibliographiesOf = (doc: DocModel) => doc.companions.map((c) => comparablePath(c.path)).filter((p) => p !== comparablePath(doc.source.path));

function commonFolder(docs: DocModel[]): string {
  const parts = docs.map((d) => folderOf(d).split('/'));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => p[i] !== undefined && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
  return common.join('/') || '.';
}

/** A manuscript's name: its folder, or the folder above a Manubot `content/` folder. */
function folderName(folder: string): string {
  return basename(folder) === 'content' && dirname(folder) !== '.' ? comparablePath(dirname(folder)) : folder;
}

export function detectManuscripts(docs: DocModel[], options: DetectOptions): Manuscript[] {
  const manuscripts: Manuscript[] = [];
  const claimed = new Set<DocModel>();
  const claim = (name: string, chapters: DocModel[], detectedBy: DetectedBy, bibliography: string[] = [], list?: { file: string; joined: boolean }) => {
    const free = chapters.filter((d) => !claimed.has(d));
    if (free.length < (detectedBy === 'config' || detectedBy === 'flag' ? 1 : 2)) return;
    for (const doc of free) claimed.add(doc);
    const shared = [...new Set([...bibliography.map(comparablePath), ...free.flatMap(bibliographiesOf)])];
    const unique = manuscripts.some((m) => m.name === name) ? `${name} (${manuscripts.length + 1})` : name;
    const joined = detectedBy === 'manubot' || (list?.joined ?? false);
    manuscripts.push({ name: unique, chapters: free, bibliography: shared, detectedBy, joined, ...(list?.file ? { listedIn: list.file } : {}) });
  };

  if (options.all && docs.length > 0) claim(commonFolder(docs), docs, 'flag');
  for (const declared of options.declared ?? []) {
    const chapters = declared.files.flatMap((glob) => {
      const matches = globMatcher([glob]);
      return docs.filter((d) => matches(d.source.path)).sort(byChapterNumber);
    });
    const bibliography = typeof declared.bibliography === 'string' ? [declared.bibliography] : (declared.bibliography ?? []);
    claim(declared.name, [...new Set(chapters)], 'config', bibliography, declared.joined ? { file: '', joined: true } : undefined);
  }

  const byPath = new Map(docs.map((d) => [comparablePath(d.source.path), d]));
  const folders = [...new Set(docs.map(folderOf))];
  const listFolders = [...new Set(folders.flatMap((f) => [f, comparablePath(dirname(f))]))].filter((f) => f !== '' && (f !== '.' || folders.includes('.')));
  for (const folder of listFolders) {
    for (const list of chapterListsIn(folder, options.fs, options.isDocument)) {
      const chapters = list.chapters.map((c) => byPath.get(comparablePath(c))).filter((d): d is DocModel => d !== undefined);
      claim(folderName(folder), chapters, 'chapter-list', list.bibliography, list);
    }
  }

  for (const folder of folders) {
    const inFolder = docs.filter((d) => folderOf(d) === folder && !claimed.has(d)).sort(byChapterNumber);
    if (inFolder.length < 2) continue;
    const sections = inFolder.filter((d) => MANUBOT_SECTION.test(nameOf(d)));
    if (sections.length >= 2 && (basename(folder) === 'content' || sections.some(definesCitationTags))) {
      claim(folderName(folder), sections, 'manubot');
      continue;
    }
    const shared = sharedBibliography(folder, inFolder, options.fs);
    if (shared) {
      claim(folderName(folder), inFolder.filter((d) => bibliographiesOf(d).every((b) => b === shared)), 'shared-bibliography', [shared]);
      continue;
    }
    // Numbered chapters that cite but list nothing, and one file that holds the list for them all.
    const listHolders = inFolder.filter((d) => d.references.length > 0);
    const numbered = inFolder.filter((d) => d.references.length === 0 && chapterNumber(nameOf(d)) !== undefined);
    const holder = listHolders[0];
    if (listHolders.length === 1 && holder!.references.every((r) => r.origin === 'bibliography') && numbered.some(citesAList)) {
      claim(folderName(folder), [...numbered, holder!].sort(byChapterNumber), 'numbered-chapters');
    }
  }
  return manuscripts;
}

/**
 * Whether a chapter cites a list: a pandoc key, "(Name …, 2020)" or "[3]". Citations are read
 * after detection (they depend on the bibliography), so this looks at the text itself.
 */
const LIST_CITATION = /\[-?@[\w:.\/-]+|\(\p{Lu}[^()\n]{0,80}?,? \d{4}[a-z]?\)|\[\d+(?:\s*[,–-]\s*\d+)*\]/u;
function citesAList(doc: DocModel): boolean {
  return doc.blocks.some((b) => b.kind !== 'code' && b.kind !== 'front-matter' && LIST_CITATION.test(b.text));
}

/** A bracketed pandoc citation ("[@key]", "[see @key, p. 3; @other]"). */
const PANDOC_CITATION = /\[(?:[^\]\n]*[;\s])?-?@[\p{L}\p{N}_][^\]\n]*\]/u;
const citesByKey = (doc: DocModel) => doc.blocks.some((b) => b.kind !== 'code' && PANDOC_CITATION.test(b.text));

/**
 * The one bibliography file the folder's documents share: the only one they name (at least two
 * of them, or through metadata.yaml), else the only .bib in the folder when none names another
 * and at least two documents cite by key (a folder of unrelated files beside one .bib is not a
 * manuscript).
 */
function sharedBibliography(folder: string, docs: DocModel[], fs: CompanionFs): string | undefined {
  const named = new Map<string, number>();
  for (const doc of docs) for (const bib of new Set(bibliographiesOf(doc))) named.set(bib, (named.get(bib) ?? 0) + 1);
  if (named.size > 1) return undefined;
  const [only] = [...named];
  if (only && only[1] >= 2) return only[0];
  if (docs.filter(citesByKey).length < 2) return undefined;
  const bibs = (fs.list(folder === '' ? '.' : folder) ?? []).filter((n) => extname(n).toLowerCase() === '.bib');
  const lone = bibs.length === 1 ? comparablePath(folder === '.' ? bibs[0]! : `${folder}/${bibs[0]}`) : undefined;
  return only === undefined || only[0] === lone ? lone : undefined;
}

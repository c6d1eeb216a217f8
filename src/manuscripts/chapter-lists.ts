/**
 * Build files that list a book's chapters in order, and the bibliography they name:
 * - Quarto `_quarto.yml`: `book.chapters` (parts `{part, chapters}` included), `book.appendices`,
 *   top-level `bibliography`;
 * - bookdown `_bookdown.yml` / `bookdown.yml`: `rmd_files` (a list, or one list per output format);
 * - pandoc defaults `defaults.yaml`: `input-files` / `input-file`, `bibliography` (top level or
 *   under `metadata`);
 * - a `Makefile`: the document files (.md, .txt, .html) in the order it first names them, and
 *   `--bibliography=FILE`.
 * Listed paths are relative to the list file's folder; the result holds them joined to it.
 */
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CompanionFs } from '../companions/load.js';
import { comparablePath } from '../util/paths.js';

export interface ChapterList {
  /** The build file that lists the chapters. */
  file: string;
  /** Chapter paths in reading order (forward slashes, joined to the list file's folder). */
  chapters: string[];
  /** Bibliography files the build file names (same form as chapters). */
  bibliography: string[];
  /** pandoc reads the chapters as one text (a Makefile or defaults file without file-scope). */
  joined: boolean;
}

const YAML_LISTS = ['_quarto.yml', '_quarto.yaml', '_bookdown.yml', 'bookdown.yml', 'defaults.yaml', 'defaults.yml'] as const;

const inDir = (dir: string, name: string) => comparablePath(dir === '.' || dir === '' ? name : join(dir, name));
const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** Quarto chapters: strings, `{part: file, chapters: [...]}` or `{href: file}` items, in order. */
function quartoChapters(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item): string[] => {
    if (typeof item === 'string') return [item];
    const entry = record(item);
    const part = typeof entry['part'] === 'string' && /\.\w+$/.test(entry['part']) ? [entry['part']] : [];
    const href = typeof entry['href'] === 'string' ? [entry['href']] : [];
    return [...part, ...href, ...quartoChapters(entry['chapters'])];
  });
}

type Listed = Omit<ChapterList, 'file'>;

/** Quarto and bookdown render each chapter on its own; pandoc joins its input files unless told not to. */
function fromYaml(name: (typeof YAML_LISTS)[number], data: Record<string, unknown>): Listed {
  if (name.startsWith('_quarto')) {
    const book = record(data['book']);
    return { chapters: [...quartoChapters(book['chapters']), ...quartoChapters(book['appendices'])], bibliography: strings(data['bibliography']), joined: false };
  }
  if (name.includes('bookdown')) {
    const files = data['rmd_files'];
    const lists = Array.isArray(files) ? [files] : Object.values(record(files));
    return { chapters: strings(lists[0]), bibliography: strings(data['bibliography']), joined: false };
  }
  return {
    chapters: [...strings(data['input-files']), ...strings(data['input-file'])],
    bibliography: [...strings(data['bibliography']), ...strings(record(data['metadata'])['bibliography'])],
    joined: data['file-scope'] !== true,
  };
}

function fromMakefile(text: string, isDocument: (name: string) => boolean): Listed {
  const tokens = text.replace(/#.*$/gm, ' ').split(/[\s\\'"=]+/).filter(Boolean);
  const chapters = [...new Set(tokens.map((t) => t.replace(/^\.\//, '')).filter((t) => !/[$%*]/.test(t) && isDocument(t)))];
  const bibliography = [...text.matchAll(/--bibliography[=\s]+["']?([^\s"']+)/g)].map((m) => m[1]!);
  return { chapters, bibliography, joined: !/--file-scope\b/.test(text) };
}

/** The chapter lists found in `dir` (a folder may hold several build files; each is read). */
export function chapterListsIn(dir: string, fs: CompanionFs, isDocument: (name: string) => boolean): ChapterList[] {
  const names = fs.list(dir === '' ? '.' : dir) ?? [];
  const lists: ChapterList[] = [];
  const add = (file: string, found: Listed) => {
    if (found.chapters.length === 0) return;
    lists.push({ file, chapters: found.chapters.map((c) => inDir(dir, c)), bibliography: found.bibliography.map((b) => inDir(dir, b)), joined: found.joined });
  };
  for (const name of YAML_LISTS) {
    if (!names.includes(name)) continue;
    const read = fs.read(inDir(dir, name));
    if (!read.ok) continue;
    try {
      add(inDir(dir, name), fromYaml(name, record(parseYaml(read.source.text))));
    } catch {
      // a build file that is not YAML lists nothing
    }
  }
  if (names.includes('Makefile')) {
    const read = fs.read(inDir(dir, 'Makefile'));
    if (read.ok) add(inDir(dir, 'Makefile'), fromMakefile(read.source.text, isDocument));
  }
  return lists;
}

/**
 * Finds and reads a document's companion bibliography files:
 * - front matter `bibliography:` (one path or a list, relative to the document), and pandoc's
 *   inline `references:` list of CSL items;
 * - a pandoc `metadata.yaml` beside the document with `bibliography:`;
 * - Distill `<d-bibliography src="…">` (the HTML reader lists it in bibliographyFiles), and
 *   Distill's inline `<script type="text/bibliography">` (entries inside the document itself);
 * - otherwise a .bib beside the document: `<name>.bib`, or the only .bib when the document is
 *   the only one in its folder.
 * The file system is passed in, so tests can use an in-memory one; each file is read once per run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { isSeq, parse as parseYaml, parseDocument } from 'yaml';
import { makeSource, readSource, type ReadOutcome } from '../input/read-source.js';
import type { CompanionProblem, ReferenceEntry, SourceFile, Span } from '../model/types.js';
import type { ReadResult } from '../readers/types.js';
import { companionFormat, parseCompanion, type ParsedCompanion } from './parse.js';

export interface CompanionFs {
  read(path: string): ReadOutcome;
  exists(path: string): boolean;
  /** File names in a folder, or null when it cannot be listed. */
  list(dir: string): string[] | null;
}

export interface CompanionLoad {
  companions: SourceFile[];
  references: ReferenceEntry[];
  problems: CompanionProblem[];
}

export type CompanionLoader = ((source: SourceFile, read: ReadResult) => CompanionLoad) & {
  /** Reads one bibliography file for a document that does not name it (a manuscript's shared file). */
  loadFile?: (path: string, document: SourceFile) => CompanionLoad;
};

interface Request {
  path: string;
  named: string;
  /** Where the document (or its metadata.yaml) names the file. */
  mention?: { source: SourceFile; span: Span };
}

const toSlash = (p: string) => p.replace(/\\/g, '/');
const resolveFrom = (dir: string, named: string) => toSlash(isAbsolute(named) ? named : dir === '.' ? named : join(dir, named));
const asList = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The span of `named` in `text` (the first occurrence after `anchor`), or the first line. */
function mentionSpan(text: string, named: string, anchor?: RegExp): Span {
  const from = anchor ? Math.max(0, text.search(anchor)) : 0;
  const at = text.indexOf(named, from);
  if (at !== -1 && named.length > 0) return { start: at, end: at + named.length };
  const newline = text.indexOf('\n');
  return { start: 0, end: Math.max(1, newline === -1 ? text.length : newline) };
}

function requestsFor(source: SourceFile, read: ReadResult, fs: CompanionFs, isDocument: (name: string) => boolean): Request[] {
  const dir = dirname(source.path);
  const requests: Request[] = [];
  for (const named of asList(read.frontMatter?.['bibliography'])) {
    requests.push({ path: resolveFrom(dir, named), named, mention: { source, span: mentionSpan(source.text, named, /^bibliography\s*:/m) } });
  }
  for (const named of read.bibliographyFiles) {
    requests.push({ path: resolveFrom(dir, named), named, mention: { source, span: mentionSpan(source.text, named, /<d-bibliography\b/i) } });
  }
  const metadataPath = resolveFrom(dir, 'metadata.yaml');
  if (requests.length === 0 && fs.exists(metadataPath)) {
    const metadata = fs.read(metadataPath);
    if (metadata.ok) {
      let data: unknown;
      try {
        data = parseYaml(metadata.source.text);
      } catch {
        data = undefined; // a metadata file that is not YAML names nothing
      }
      const named = asList((data as Record<string, unknown> | undefined)?.['bibliography']);
      for (const name of named) {
        requests.push({ path: resolveFrom(dir, name), named: name, mention: { source: metadata.source, span: mentionSpan(metadata.source.text, name, /^bibliography\s*:/m) } });
      }
    }
  }
  if (requests.length === 0) {
    const names = fs.list(dir === '' ? '.' : dir) ?? [];
    const bibs = names.filter((n) => extname(n).toLowerCase() === '.bib');
    const own = `${basename(source.path).replace(/\.[^.]+$/, '')}.bib`;
    const alone = names.filter(isDocument).length === 1;
    const chosen = bibs.includes(own) ? own : bibs.length === 1 && alone ? bibs[0] : undefined;
    if (chosen) requests.push({ path: resolveFrom(dir, chosen), named: chosen });
  }
  const seen = new Set<string>();
  return requests.filter((r) => !seen.has(r.path) && seen.add(r.path));
}

export function createCompanionLoader(fs: CompanionFs, isDocument: (name: string) => boolean): CompanionLoader {
  const cache = new Map<string, { source: SourceFile; parsed: ParsedCompanion } | { reason: string }>();
  const load = (path: string) => {
    let cached = cache.get(path);
    if (!cached) {
      const format = companionFormat(path);
      const outcome = format ? fs.read(path) : undefined;
      if (!format) cached = { reason: 'is not a bibliography format citecheck reads (.bib, CSL-JSON .json, .ris)' };
      else if (!outcome!.ok) cached = { reason: outcome!.reason };
      else cached = { source: outcome!.source, parsed: parseCompanion(outcome!.source, format) };
      cache.set(path, cached);
    }
    return cached;
  };

  const loadRequest = (request: Request, source: SourceFile, result: CompanionLoad) => {
    const problemAt = (message: string) => {
      const place = request.mention ?? { source, span: mentionSpan(source.text, '') };
      result.problems.push({ path: request.named, message, span: place.span, source: place.source });
    };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(request.named)) {
      problemAt(`The bibliography "${request.named}" is remote; citecheck reads local files only.`);
      return;
    }
    if (!fs.exists(request.path)) {
      problemAt(`The bibliography file "${request.named}" does not exist (looked for ${request.path}); its entries were not checked.`);
      return;
    }
    const loaded = load(request.path);
    if ('reason' in loaded) {
      problemAt(`The bibliography file "${request.named}" could not be read: ${loaded.reason}.`);
      return;
    }
    result.companions.push(loaded.source);
    result.references.push(...loaded.parsed.entries);
    result.problems.push(...loaded.parsed.problems);
  };

  const loader: CompanionLoader = (source, read) => {
    const result: CompanionLoad = { companions: [], references: [], problems: [] };
    if (read.format === 'html') addInlineBibliographies(source, result);
    if (Array.isArray(read.frontMatter?.['references'])) addFrontMatterReferences(source, result);
    for (const request of requestsFor(source, read, fs, isDocument)) loadRequest(request, source, result);
    return result;
  };
  loader.loadFile = (path, document) => {
    const result: CompanionLoad = { companions: [], references: [], problems: [] };
    loadRequest({ path: toSlash(path), named: path }, document, result);
    return result;
  };
  return loader;
}

/**
 * Distill's inline bibliography, `<script type="text/bibliography">@article{…}</script>`: BibTeX
 * inside the document itself; its entries' spans point into the document.
 */
function addInlineBibliographies(source: SourceFile, result: CompanionLoad): void {
  for (const match of source.text.matchAll(/<script\b[^>]*\btype\s*=\s*["']text\/bibliography["'][^>]*>([\s\S]*?)<\/script>/gi)) {
    const offset = match.index! + match[0].indexOf('>') + 1;
    const parsed = parseCompanion(makeSource(source.path, match[1]!), 'bibtex');
    const shift = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
    result.references.push(...parsed.entries.map((entry) => ({ ...entry, span: shift(entry.span), source })));
    result.problems.push(...parsed.problems.map((problem) => ({ ...problem, span: shift(problem.span), source })));
  }
}

/**
 * Pandoc's inline bibliography: CSL items in the front matter's `references:` list. They are read
 * as CSL-JSON; each entry's span is its item in the YAML header.
 */
function addFrontMatterReferences(source: SourceFile, result: CompanionLoad): void {
  const header = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source.text);
  if (!header) return;
  const offset = header.index + header[0].indexOf(header[1]!);
  const list = parseDocument(header[1]!).get('references', true);
  if (!isSeq(list)) return;
  const parsed = parseCompanion(makeSource(source.path, JSON.stringify(list.toJSON())), 'csl-json');
  const whole = { start: offset, end: offset + header[1]!.length };
  const spanOf = (index: number): Span => {
    const range = (list.items[index] as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return whole;
    let end = offset + range[1];
    while (end > offset + range[0] + 1 && /\s/.test(source.text[end - 1]!)) end--;
    return { start: offset + range[0], end };
  };
  // Items are read in order; an item citation-js cannot read leaves a problem, not an entry.
  result.references.push(...parsed.entries.map((entry, index) => ({ ...entry, span: spanOf(index), source })));
  result.problems.push(...parsed.problems.map((problem) => ({ ...problem, span: whole, source })));
}

/** The real file system, with the same limits as documents (size, UTF-8). */
export function diskCompanionFs(maxBytes: number): CompanionFs {
  return {
    read: (path) => readSource(path, maxBytes),
    exists: (path) => existsSync(path),
    list: (dir) => {
      try {
        return readdirSync(dir).sort();
      } catch {
        return null;
      }
    },
  };
}

/** An in-memory file system (tests): paths with forward slashes. */
export function memoryCompanionFs(files: Record<string, string>): CompanionFs {
  return {
    read: (path) => (path in files ? { ok: true, source: makeSource(path, files[path]!) } : { ok: false, reason: 'cannot read file (ENOENT)' }),
    exists: (path) => path in files,
    list: (dir) => Object.keys(files).filter((p) => dirname(p) === dir).map((p) => basename(p)).sort(),
  };
}

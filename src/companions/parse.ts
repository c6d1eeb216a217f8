/**
 * A companion bibliography file (.bib, CSL-JSON, .ris) → reference entries, each with its key,
 * its exact span in the file and its CSL-JSON (read by citation-js, never with network plugins:
 * the input type is always forced). An entry that cannot be read is a problem, not a crash.
 */
import { citationJs } from './citation-js.js';
import { basename, extname } from 'node:path';
import type { CompanionProblem, CslItem, ReferenceEntry, SourceFile, Span } from '../model/types.js';
import { scanBibtex, scanCslJson, scanRis, type ScannedEntry } from './entry-spans.js';
import { pushTo } from '../util/multimap.js';

export type CompanionFormat = 'bibtex' | 'csl-json' | 'ris';

const FORMATS: Record<string, CompanionFormat> = { '.bib': 'bibtex', '.bibtex': 'bibtex', '.biblatex': 'bibtex', '.json': 'csl-json', '.ris': 'ris' };

export function companionFormat(path: string): CompanionFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

export interface ParsedCompanion {
  entries: ReferenceEntry[];
  problems: CompanionProblem[];
}

type Csl = Record<string, unknown>;

function chain(text: string, forceType: string): Csl[] {
  return citationJs().plugins.input.chain(text, { forceType, generateGraph: false });
}

/** CSL as citecheck keeps it: no citation-js bookkeeping, the key as id. */
function cleanCsl(item: Csl, id: string): CslItem {
  const { _graph: _unused, ...rest } = item;
  return { ...rest, id } as CslItem;
}

const firstLine = (source: SourceFile, span: Span): Span => {
  const newline = source.text.indexOf('\n', span.start);
  const end = newline === -1 || newline > span.end ? span.end : newline;
  return { start: span.start, end: Math.max(end, Math.min(span.start + 1, source.text.length)) };
};

const briefError = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!.slice(0, 160);

export function parseCompanion(source: SourceFile, format: CompanionFormat): ParsedCompanion {
  const parsed = format === 'bibtex' ? parseBibtex(source) : format === 'ris' ? parseRis(source) : parseCslJson(source);
  if (parsed.entries.length === 0 && parsed.problems.length === 0 && source.text.length > 0) {
    parsed.problems.push({ path: source.path, message: `${source.path} holds no bibliography entries.`, span: firstLine(source, { start: 0, end: source.text.length }), source });
  }
  return parsed;
}

function toEntries(source: SourceFile, scanned: ScannedEntry[], read: (entry: ScannedEntry) => Csl | Error): ParsedCompanion {
  const result: ParsedCompanion = { entries: [], problems: [] };
  const stem = basename(source.path).replace(/\.[^.]+$/, '');
  scanned.forEach((entry, index) => {
    const label = entry.key ? `"${entry.key}"` : `number ${index + 1}`;
    const csl = entry.unterminated ? new Error('it never closes (a brace or bracket is missing)') : read(entry);
    if (csl instanceof Error) {
      const message = `Entry ${label} in ${source.path} cannot be read: ${csl.message}`;
      result.problems.push({ path: source.path, message, span: firstLine(source, entry.span), source });
      return;
    }
    const id = entry.key ?? (typeof csl['id'] === 'string' && !String(csl['id']).startsWith('temp_id') ? String(csl['id']) : `${stem}-${index + 1}`);
    result.entries.push({ id, origin: 'companion', raw: source.text.slice(entry.span.start, entry.span.end), span: entry.span, source, csl: cleanCsl(csl, id) });
  });
  return result;
}

function parseBibtex(source: SourceFile): ParsedCompanion {
  const scanned = scanBibtex(source.text);
  // Parse the whole file once (string macros, crossref); entry by entry only when that fails.
  let whole: Map<string, Csl[]> | null = null;
  try {
    whole = new Map();
    for (const item of chain(source.text, '@biblatex/text')) {
      const key = String(item['citation-key'] ?? item['id'] ?? '');
      pushTo(whole, key, item);
    }
  } catch {
    whole = null;
  }
  const macros = [...source.text.matchAll(/@[ \t]*string[ \t]*\{[^@]*?\}[ \t]*(?=\r?\n|$)/gi)].map((m) => m[0]).join('\n');
  return toEntries(source, scanned, (entry) => {
    const fromWhole = entry.key !== undefined ? whole?.get(entry.key)?.shift() : undefined;
    if (fromWhole) return fromWhole;
    try {
      const items = chain(`${macros}\n${source.text.slice(entry.span.start, entry.span.end)}`, '@biblatex/text');
      return items[0] ?? new Error('citation-js found no entry in it');
    } catch (error) {
      return new Error(briefError(error));
    }
  });
}

function parseRis(source: SourceFile): ParsedCompanion {
  return toEntries(source, scanRis(source.text), (entry) => {
    try {
      const items = chain(`${source.text.slice(entry.span.start, entry.span.end)}\n`, '@ris/file');
      return items[0] ?? new Error('citation-js found no record in it');
    } catch (error) {
      return new Error(briefError(error));
    }
  });
}

function parseCslJson(source: SourceFile): ParsedCompanion {
  let data: unknown;
  try {
    data = JSON.parse(source.text);
  } catch (error) {
    const at = /position (\d+)/.exec(briefError(error));
    const start = at ? Math.min(Number(at[1]), Math.max(0, source.text.length - 1)) : 0;
    const span = firstLine(source, { start, end: source.text.length });
    return { entries: [], problems: [{ path: source.path, message: `${source.path} is not valid JSON: ${briefError(error)}`, span, source }] };
  }
  const items = Array.isArray(data) ? data : [data];
  const scanned = scanCslJson(source.text);
  if (scanned.length !== items.length) {
    const span = firstLine(source, { start: 0, end: source.text.length });
    return { entries: [], problems: [{ path: source.path, message: `${source.path} is not a CSL-JSON list of entries.`, span, source }] };
  }
  return toEntries(source, scanned, (entry) => {
    const item = items[scanned.indexOf(entry)];
    return item && typeof item === 'object' && !Array.isArray(item) ? (item as Csl) : new Error('it is not a JSON object');
  });
}

/**
 * Where each entry of a bibliography file starts and ends, so that findings and
 * references.json point into the file itself. citation-js parses the entries but keeps no
 * positions; these scanners only find boundaries (and the key), never field values.
 */
import type { Span } from '../model/types.js';

export interface ScannedEntry {
  /** The citation key as written (BibTeX key, CSL-JSON "id", RIS "ID"), if any. */
  key?: string;
  span: Span;
  /** The entry never closes (an unbalanced brace or bracket): its span runs to the next entry. */
  unterminated?: boolean;
}

const NON_ENTRIES = new Set(['comment', 'preamble', 'string']);

/** BibTeX/BibLaTeX: `@type{key, …}` or `@type(key, …)`, with nested braces; @string/@comment skipped. */
export function scanBibtex(text: string): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  const opener = /@[ \t]*([A-Za-z]+)[ \t\r\n]*([{(])/g;
  let match: RegExpExecArray | null;
  while ((match = opener.exec(text))) {
    const start = match.index;
    const open = match[2]!;
    const close = open === '{' ? '}' : ')';
    let depth = 0;
    let end = -1;
    for (let i = start + match[0].length - 1; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch === '{' || (open === '(' && ch === '(')) depth++;
      else if (ch === '}' || (open === '(' && ch === ')')) {
        depth--;
        if (depth === 0) {
          if (ch === close) end = i + 1;
          break;
        }
      }
    }
    const type = match[1]!.toLowerCase();
    if (end === -1) {
      // Runs to the next line that starts an entry, or the end of the file.
      const next = text.slice(start + 1).search(/\n[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/);
      end = next === -1 ? text.length : start + 1 + next;
      if (!NON_ENTRIES.has(type)) entries.push({ key: keyOf(text, start + match[0].length, end), span: trimmed(text, start, end), unterminated: true });
      opener.lastIndex = end;
      continue;
    }
    opener.lastIndex = end;
    if (NON_ENTRIES.has(type)) continue;
    entries.push({ key: keyOf(text, start + match[0].length, end), span: { start, end } });
  }
  return entries;
}

function keyOf(text: string, from: number, to: number): string | undefined {
  const key = /^\s*([^,\s{}()]+)\s*,/.exec(text.slice(from, to));
  return key ? key[1] : undefined;
}

function trimmed(text: string, start: number, end: number): Span {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** CSL-JSON: the objects of the top-level array (or the one top-level object), with their "id". */
export function scanCslJson(text: string): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  const stack: string[] = [];
  let objectStart = -1;
  const itemDepth = text.trimStart().startsWith('[') ? 2 : 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      i = endOfString(text, i);
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      if (ch === '{' && stack.length === itemDepth) objectStart = i;
    } else if (ch === '}' || ch === ']') {
      if (ch === '}' && stack.length === itemDepth && objectStart !== -1) {
        const span = { start: objectStart, end: i + 1 };
        entries.push({ key: topLevelId(text, span), span });
        objectStart = -1;
      }
      stack.pop();
    }
  }
  return entries;
}

function endOfString(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

/** The "id" member of an object (at its own level, not inside a nested object). */
function topLevelId(text: string, span: Span): string | undefined {
  try {
    const value = JSON.parse(text.slice(span.start, span.end)) as { id?: unknown };
    return value.id === undefined || value.id === null ? undefined : String(value.id);
  } catch {
    return undefined;
  }
}

/** RIS: from a `TY  -` line to its `ER  -` line; the key is the `ID  -` field. */
export function scanRis(text: string): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  const tag = /^([A-Z][A-Z0-9])  -(?: (.*?))?\r?$/gm;
  let current: ScannedEntry | null = null;
  let lastLineEnd = 0;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(text))) {
    const [line, name, value] = match;
    const lineEnd = match.index + line.replace(/\r$/, '').length;
    if (name === 'TY') {
      if (current) entries.push({ ...current, span: { start: current.span.start, end: lastLineEnd }, unterminated: true });
      current = { span: { start: match.index, end: lineEnd } };
    } else if (current && name === 'ID' && value) {
      current.key = value.trim();
    } else if (current && name === 'ER') {
      entries.push({ ...current, span: { start: current.span.start, end: lineEnd } });
      current = null;
    }
    lastLineEnd = lineEnd;
    if (tag.lastIndex === match.index) tag.lastIndex++;
  }
  if (current) entries.push({ ...current, span: { start: current.span.start, end: lastLineEnd }, unterminated: true });
  return entries;
}

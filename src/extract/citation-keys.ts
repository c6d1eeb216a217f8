/**
 * Citations by key: pandoc "[@key; @key2, p. 3]", "[-@key]" and narrative "@key"; Manubot
 * "[@doi:10.x/y]" and "[@tag:Name]"; LaTeX "\cite{a,b}". Not citations: pandoc-crossref
 * references ("Figure @fig:x", "@tbl:", "@eq:"), e-mail addresses, handles that are link text
 * ("[@njbart](https://github.com/njbart)"), Jinja "@{{…}}", and anything in code.
 */
import type { Block, Span } from '../model/types.js';
import type { FoundCitation } from './author-year.js';

/** A key starts with a letter, digit or _ and may hold internal punctuation (pandoc's rule). */
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/]+(?=[\p{L}\p{N}_]))*`;
const KEY_AT = new RegExp(String.raw`(?<![\p{L}\p{N}_@.\/:+-])(-?)@(?:\{([^{}\s]+)\}|(${KEY}))`, 'gu');
const CROSSREF = /^(?:fig|tbl|eq|sec|lst|table|figure)[:_-]/i;
const LATEX_CITE = /\\(?:[Cc]ite[tp]?|parencite|textcite|autocite|footcite|citeauthor|citeyear|nocite)\*?(?:\[[^\]]*\]){0,2}\{([^}]+)\}/g;

/** Persistent identifiers that Manubot resolves by itself: they need no bibliography entry. */
export const PERSISTENT_KEY = /^(?:doi|arxiv|pmid|pmcid|url|isbn|wikidata|https?):|^10\.\d{4,9}\//i;

export function isPersistentKey(key: string): boolean {
  return PERSISTENT_KEY.test(key);
}

interface KeyAt {
  key: string;
  start: number;
  end: number;
}

function keysIn(text: string, from: number, to: number): KeyAt[] {
  const keys: KeyAt[] = [];
  KEY_AT.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(KEY_AT)) {
    const key = match[2] ?? match[3]!;
    if (match[2] === undefined && slice[match.index! + match[0].length] === '{') continue; // "@{{ jinja }}"
    if (CROSSREF.test(key)) continue;
    keys.push({ key, start: from + match.index!, end: from + match.index! + match[0].length });
  }
  return keys;
}

const inside = (spans: Span[], at: number) => spans.some((s) => at >= s.start && at < s.end);

export interface KeyOptions {
  /** Source spans of links that are not citations (a key inside one is link text, e.g. a handle). */
  linkSpans: Span[];
  /** Whether bare "@key" in prose counts: only in documents that cite by key. */
  narrative: boolean;
}

export function keyCitations(block: Block, options: KeyOptions): FoundCitation[] {
  const text = block.text;
  const found: FoundCitation[] = [];
  const taken: Span[] = [];
  const inLink = (at: number) => inside(options.linkSpans, block.offsets[at] ?? -1);
  // Bracketed groups: every ";"-part must hold a key, or the brackets are something else.
  for (const match of text.matchAll(/\[([^[\]]*@[^[\]]*)\]/g)) {
    const open = match.index!;
    const close = open + match[0].length;
    if (text[close] === '(' || text[close] === ':') continue; // a Markdown link or a definition
    const parts = match[1]!.split(';');
    const keys = keysIn(text, open + 1, close - 1);
    if (keys.length === 0 || keys.length < parts.length || keys.some((k) => inLink(k.start))) continue;
    if (parts.some((p) => !/@/.test(p))) continue;
    const last = parts.at(-1)!;
    const locator = /,\s*([^,@]+)$/.exec(last)?.[1]?.trim();
    found.push({ kind: 'key', start: open, end: close, keys: keys.map((k) => k.key), ...(locator ? { locator } : {}) });
    taken.push({ start: open, end: close });
  }
  // "[@smith2020, p. 3" with no closing bracket before the paragraph ends: a broken citation.
  for (const match of text.matchAll(/\[(?=-?@)([^[\]]*)$/g)) {
    const keys = keysIn(text, match.index! + 1, text.length);
    if (keys.length === 0 || keys.some((k) => inLink(k.start))) continue;
    const end = keys.at(-1)!.end;
    found.push({ kind: 'key', start: match.index!, end, keys: keys.map((k) => k.key), problem: 'unclosed' });
    taken.push({ start: match.index!, end: text.length });
  }
  if (options.narrative) {
    for (const key of keysIn(text, 0, text.length)) {
      if (inside(taken, key.start) || inLink(key.start)) continue;
      found.push({ kind: 'key', start: key.start, end: key.end, keys: [key.key] });
    }
  }
  for (const match of text.matchAll(LATEX_CITE)) {
    const keys = match[1]!.split(',').map((k) => k.trim()).filter(Boolean);
    if (keys.length) found.push({ kind: 'key', start: match.index!, end: match.index! + match[0].length, keys });
  }
  return found;
}

/** Whether a text uses pandoc-style bracketed key citations at all. */
export function hasBracketKeys(text: string): boolean {
  for (const match of text.matchAll(/\[([^[\]]*@[^[\]]*)\]/g)) {
    if (keysIn(text, match.index! + 1, match.index! + match[0].length - 1).length > 0) return true;
  }
  return false;
}

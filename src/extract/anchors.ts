/**
 * In-document links to reference entries: `[[19](#r19)]` or `[Koebler, 2015](#Koebler)` pointing
 * at `<a name="r19"></a>` / `<a name="Koebler"></a>` written in a reference list. Fragments are
 * case-sensitive, so `#hedges` does not reach `name="Hedges"`.
 */
import type { Block, DocModel, ReferenceEntry, Span } from '../model/types.js';

export interface Anchor {
  name: string;
  offset: number;
}

export type FragmentStatus = 'entry' | 'anchor' | 'case-mismatch' | 'none';

export interface FragmentLink {
  fragment: string;
  span: Span;
  status: FragmentStatus;
  /** The entry the fragment reaches (or, for a case mismatch, would reach). */
  entry?: ReferenceEntry;
  /** The anchor as written, for a case mismatch. */
  anchor?: string;
}

const ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']+)["']/gi;
const ID_ATTRIBUTE = /\sid\s*=\s*["']([^"']+)["']/gi;

export function documentAnchors(doc: DocModel): Anchor[] {
  const code = doc.blocks.filter((b) => b.kind === 'code').map((b) => b.span);
  const pattern = doc.format === 'html' ? ID_ATTRIBUTE : ANCHOR;
  const anchors: Anchor[] = [];
  for (const match of doc.source.text.matchAll(pattern)) {
    if (code.some((s) => match.index! >= s.start && match.index! < s.end)) continue;
    anchors.push({ name: match[1]!, offset: match.index! });
  }
  if (doc.format === 'html') for (const match of doc.source.text.matchAll(ANCHOR)) anchors.push({ name: match[1]!, offset: match.index! });
  return anchors;
}

/** Anchors written inside (or on the line of) a reference entry of the document. */
export function entryAnchors(doc: DocModel, anchors: Anchor[]): Map<string, ReferenceEntry> {
  const byName = new Map<string, ReferenceEntry>();
  const text = doc.source.text;
  for (const entry of doc.references) {
    if (entry.source !== doc.source) continue;
    const lineStart = text.lastIndexOf('\n', entry.span.start - 1) + 1;
    for (const anchor of anchors) {
      if (anchor.offset >= lineStart && anchor.offset < entry.span.end && !byName.has(anchor.name)) byName.set(anchor.name, entry);
    }
  }
  return byName;
}

export interface AnchorIndex {
  anchors: Set<string>;
  entries: Map<string, ReferenceEntry>;
  /** Lower-cased entry anchor → the anchor as written. */
  folded: Map<string, string>;
}

export function anchorIndex(doc: DocModel): AnchorIndex {
  const anchors = documentAnchors(doc);
  const entries = entryAnchors(doc, anchors);
  const folded = new Map([...entries.keys()].map((name) => [name.toLowerCase(), name]));
  return { anchors: new Set(anchors.map((a) => a.name)), entries, folded };
}

function decodeFragment(url: string): string {
  try {
    return decodeURIComponent(url.slice(1));
  } catch {
    return url.slice(1);
  }
}

/** Every in-document link (`#fragment`) of the document, with what its fragment reaches. */
export function fragmentLinks(doc: DocModel, index: AnchorIndex): FragmentLink[] {
  return doc.links
    .filter((l) => !l.inCode && l.url.startsWith('#') && l.url.length > 1)
    .map((link): FragmentLink => {
      const fragment = decodeFragment(link.url);
      const entry = index.entries.get(fragment);
      if (entry) return { fragment, span: link.span, status: 'entry', entry };
      if (index.anchors.has(fragment)) return { fragment, span: link.span, status: 'anchor' };
      const cased = index.folded.get(fragment.toLowerCase());
      if (cased) return { fragment, span: link.span, status: 'case-mismatch', entry: index.entries.get(cased)!, anchor: cased };
      return { fragment, span: link.span, status: 'none' };
    });
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The visible text of a source span inside a block, with its block positions. */
export function visibleText(block: Block, span: Span): { start: number; end: number; text: string } | null {
  let start = -1;
  let end = -1;
  for (let i = 0; i < block.text.length; i++) {
    const offset = block.offsets[i]!;
    if (offset >= span.start && offset < span.end) {
      if (start === -1) start = i;
      end = i + 1;
    }
  }
  return start === -1 ? null : { start, end, text: block.text.slice(start, end) };
}

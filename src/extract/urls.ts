/**
 * URLs as written: markup links (Markdown, HTML href, autolinks) and bare addresses in text.
 * Trailing punctuation is not part of a URL; a URL inside code is kept but marked inCode.
 */
import type { DocModel, Span, UrlMention } from '../model/types.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { trimUrl } from './reference-fields.js';

const BARE_URL = /(?:\b(?:https?|ftp):\/\/|(?<![\w@.\/])www\.)[^\s<>"'“”‘’`]+/giu;

/** A comparable form: lower-case scheme and host, no default port, no fragment. */
export function normalizeUrl(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`;
  try {
    const parsed = new URL(withScheme);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}

/** The exact span of `url` inside a markup link's span (its destination, not its label). */
function spanOfUrlInLink(text: string, url: string, link: Span): Span {
  const slice = text.slice(link.start, link.end);
  const at = slice.lastIndexOf(url);
  return at === -1 ? link : { start: link.start + at, end: link.start + at + url.length };
}

export function extractUrls(doc: Pick<DocModel, 'blocks' | 'links' | 'source'>): UrlMention[] {
  const found: UrlMention[] = [];
  const text = doc.source.text;
  for (const link of doc.links) {
    if (!/^(?:https?|ftp):\/\/|^www\./i.test(link.url)) continue;
    const span = spanOfUrlInLink(text, link.url, link.span);
    found.push({ url: text.slice(span.start, span.end), normalized: normalizeUrl(link.url), span, inCode: link.inCode });
  }
  for (const block of doc.blocks) {
    const inCode = block.kind === 'code';
    for (const match of block.text.matchAll(BARE_URL)) {
      const url = trimUrl(match[0]);
      const span = toSourceSpan(block, match.index!, match.index! + url.length);
      if (found.some((u) => span.start < u.span.end && span.end > u.span.start)) continue;
      found.push({ url: text.slice(span.start, span.end), normalized: normalizeUrl(url), span, inCode });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

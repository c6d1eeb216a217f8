/**
 * URLs as written: markup links (Markdown links and autolinks, HTML href) and bare addresses in
 * the visible text of every format. Trailing punctuation and glued access dates are not part of
 * a URL; a URL that a PDF line break cut in two is joined again; a URL inside code is kept but
 * marked inCode (never checked). Labels of links are not URLs of their own.
 */
import type { Block, DocModel, Format, LinkMention, Span, UrlMention } from '../model/types.js';
import { toSourceSpan } from '../readers/block-builder.js';
import { trimUrlEnd } from './url-syntax.js';

/** Something that starts like an address: any "scheme://", the usual http typos, or "www.". */
const BARE_URL = /(?:\b[a-z][a-z0-9+.-]{1,9}:\/\/|\bhttps?:\/(?!\/)|\bhttps?\/\/|(?<![\w@.\/:-])www\.)[^\s<>"'“”‘’`]*/giu;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]{1,9}:\/\/|https?:\/|https?\/\/|www\.)/i;
/** Characters a continuation of a URL on the next line may consist of. */
const URL_CHARS = /^[A-Za-z0-9\-._~%/?#=&+:@!$,;()*]+$/;
const PAGE_SUFFIX = /^\.(?:html?|php|aspx?|pdf|jsp|cfm|xml)\b/i;

/**
 * The source span of characters [start, end) of a URL found at `span`. A URL joined across a
 * line break ("https://⏎   nasional.tempo.co/…") skips the break and the indentation.
 */
export function spanInUrl(text: string, span: Span, start: number, end: number): Span {
  const written = text.slice(span.start, span.end);
  if (!/\r?\n/.test(written)) return { start: span.start + start, end: span.start + end };
  const offsets: number[] = [];
  for (let at = span.start; at < span.end; at++) if (!/\s/.test(text[at]!)) offsets.push(at);
  const from = offsets[start] ?? span.end;
  return { start: from, end: (offsets[end - 1] ?? from) + 1 };
}

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

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** `url` as a regular expression that also accepts Markdown escapes and HTML entities. */
function writtenForms(url: string): RegExp {
  const parts = [...url].map((ch) => {
    const escaped = ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (ch === '&') return '(?:&|&amp;|&#0*38;)';
    return /[!-/:-@[-`{-~]/.test(ch) ? `\\\\?${escaped}` : escaped;
  });
  return new RegExp(parts.join(''), 'g');
}

/** The span of a link's destination inside the link's markup (not its label). */
function locateDestination(text: string, link: LinkMention, url: string, format: Format): Span {
  const slice = text.slice(link.span.start, link.span.end);
  const candidates = [url, url.replace(/^http:\/\/(?=www\.)/i, '')];
  for (const candidate of candidates) {
    const matches = [...slice.matchAll(writtenForms(candidate))];
    // Markdown writes the destination after the label, HTML puts href before the content.
    const match = format === 'html' ? matches[0] : matches.at(-1);
    if (match) return { start: link.span.start + match.index!, end: link.span.start + match.index! + match[0].length };
  }
  return link.span;
}

/**
 * Should `token`, the first word of the next line, be glued to `url`? Only with evidence that
 * the line break cut an address: the line is full and the URL ends with a character that
 * cannot end one, or the next word is made of path pieces.
 */
function continuesUrl(url: string, token: string, lineLength: number): boolean {
  if (lineLength < 40 || token.length < 2 || !URL_CHARS.test(token) || URL_LIKE.test(token)) return false;
  if (/^(?:\d{1,3}[.)]$|[-*+•]$)/.test(token)) return false; // the next line starts a list item
  const last = url.at(-1) ?? '';
  if (/[-_=&?%+~#]/.test(last)) return true;
  if (last === '/') return /[/_=&?%]|\w-\w/.test(token) || PAGE_SUFFIX.test(token);
  if (/[A-Za-z0-9]/.test(last)) return /^[/?&=#%_]/.test(token) || PAGE_SUFFIX.test(token);
  return false;
}

/** Extends a URL that ends at a line end with the path pieces on the following lines. */
function joinAcrossLineBreaks(text: string, span: Span, url: string): { span: Span; url: string } {
  let end = span.end;
  // "https://nasional.⏎tempo.co/read/…": the host itself was cut after a dot (no path yet).
  const cutHost = /^\.[ \t]*\r?\n[ \t]*([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?)/i.exec(text.slice(end, end + 600));
  if (cutHost && !url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').includes('/')) {
    const token = trimUrlEnd(cutHost[1]!).url;
    end = end + cutHost[0].length - cutHost[1]!.length + token.length;
    url += `.${token}`;
  }
  for (let lines = 0; lines < 4; lines++) {
    const next = /^[ \t]*\r?\n[ \t]*(\S+)/.exec(text.slice(end, end + 600));
    if (!next) break;
    const token = trimUrlEnd(next[1]!).url;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (!continuesUrl(url, token, end - lineStart)) break;
    end = end + next[0].length - next[1]!.length + token.length;
    url += token;
  }
  return { span: { start: span.start, end }, url };
}

/** The host (and path) that a line break cut off a bare scheme, and where it ends in the source. */
function hostOnNextLine(text: string, span: Span): { host: string; end: number } | undefined {
  const next = /^[ \t]*\r?\n[ \t]*((?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?)/i.exec(text.slice(span.end, span.end + 600));
  if (!next) return undefined;
  const host = trimUrlEnd(next[1]!).url;
  return { host, end: span.end + next[0].length - next[1]!.length + host.length };
}

/** The URL text of a block match: the visible text, or the source without its line breaks. */
function writtenUrl(text: string, block: Block, start: number, length: number, span: Span): string {
  const source = text.slice(span.start, span.end);
  // A URL that the reader joined across a line break (e.g. "kebi-" + "jakan"): the source keeps the hyphen.
  if (/\r?\n/.test(source)) return source.replace(/\r?\n[ \t]*/g, '');
  return block.text.slice(start, start + length);
}

/** Markdown link reference definitions ("[ref]: https://…"): the parser keeps no node for them. */
const LINK_DEFINITION = /^ {0,3}\[(?![\^@])[^\]\n]+\]:[ \t]*<?((?:[a-z][a-z0-9+.-]{1,9}:\/\/|www\.)[^\s>]+)>?/gim;

function definitionUrls(text: string, blocks: Block[]): UrlMention[] {
  const code = blocks.filter((b) => b.kind === 'code').map((b) => b.span);
  return [...text.matchAll(LINK_DEFINITION)].flatMap((match): UrlMention[] => {
    const start = match.index! + match[0].indexOf(match[1]!);
    const span = { start, end: start + match[1]!.length };
    if (code.some((c) => overlaps(c, span))) return [];
    return [{ url: match[1]!, normalized: normalizeUrl(match[1]!), span, inCode: false }];
  });
}

export function extractUrls(doc: Pick<DocModel, 'blocks' | 'links' | 'source'> & { format?: Format }): UrlMention[] {
  const text = doc.source.text;
  const format = doc.format ?? 'text';
  const joinLines = format === 'text' || format === 'markdown';
  const bySpan = new Map<string, UrlMention>();
  const claimed: Span[] = [];

  for (const link of doc.links) {
    let url = link.url.trim();
    if (!URL_LIKE.test(url)) continue;
    claimed.push(link.span);
    if (link.inCode) url = trimUrlEnd(url).url;
    let span = locateDestination(text, link, url, format);
    // An autolink literal ("see https://x.org/a/\nb/c") is plain text that a line break may cut.
    const isLiteral = text.slice(link.span.start, link.span.end) === text.slice(span.start, span.end) && span.start === link.span.start;
    if (joinLines && isLiteral && !link.inCode) ({ span, url } = joinAcrossLineBreaks(text, span, url));
    const key = `${span.start}:${span.end}`;
    const seen = bySpan.get(key);
    if (seen) seen.inCode ||= link.inCode;
    else bySpan.set(key, { url, normalized: normalizeUrl(url), span, inCode: link.inCode });
  }

  const found = [...bySpan.values()];
  if (format === 'markdown') found.push(...definitionUrls(text, doc.blocks).filter((d) => !found.some((u) => overlaps(u.span, d.span))));
  for (const block of doc.blocks) {
    const inCode = block.kind === 'code';
    for (const match of block.text.matchAll(BARE_URL)) {
      let url = trimUrlEnd(match[0]).url;
      let span = toSourceSpan(block, match.index!, match.index! + url.length);
      if (!/[\w]/.test(url.replace(/^[a-z][a-z0-9+.-]*:\/*/i, ''))) {
        // Only a scheme: "Diunduh dari https://⏎www.kominfo.go.id/…" keeps its host on the next line.
        const rest = joinLines && !inCode ? hostOnNextLine(text, span) : undefined;
        if (!rest) continue;
        [url, span] = [url + rest.host, { start: span.start, end: rest.end }];
        if (claimed.some((c) => overlaps(c, span)) || found.some((u) => overlaps(u.span, span))) continue;
        ({ span, url } = joinAcrossLineBreaks(text, span, url));
        found.push({ url, normalized: normalizeUrl(url), span, inCode });
        continue;
      }
      if (span.end <= span.start || claimed.some((c) => overlaps(c, span)) || found.some((u) => overlaps(u.span, span))) continue;
      let written = writtenUrl(text, block, match.index!, url.length, span);
      if (joinLines && !inCode) ({ span, url: written } = joinAcrossLineBreaks(text, span, written));
      found.push({ url: written, normalized: normalizeUrl(written), span, inCode });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

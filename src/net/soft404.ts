// Soft-404 detection: a page that answers 200 but says "not found". Conservative by design:
// a page is only called a soft-404 when it reads like an error page AND a random path on the
// same site returns a similar-looking 200 page.
import { randomBytes } from 'node:crypto';
import type { RunContext } from './context.js';
import type { HopResponse } from './fetch-status.js';
import { followRedirects } from './redirects.js';

/** Phrases of error pages (English, Indonesian, and a few other languages common in references). */
const NOT_FOUND_PHRASES = [
  String.raw`not\s+found`,
  String.raw`tidak\s+ditemukan`,
  String.raw`halaman\s+tidak\s+(ada|tersedia)`,
  String.raw`page\s+(does\s*n[o']?t|doesn[’']t|does\s+not)\s+exist`,
  String.raw`(page|file|article)\s+(cannot|could\s+not|can[’']t)\s+be\s+found`,
  String.raw`no\s+longer\s+(exists|available)`,
  String.raw`page\s+introuvable`,
  String.raw`seite\s+nicht\s+gefunden`,
  String.raw`p[áa]gina\s+no\s+encontrada`,
  String.raw`pagina\s+non\s+trovata`,
].join('|');

/** In a title a bare "404" is telling; in body text it may be a page number ("pp. 404–410"). */
const TITLE_PATTERN = new RegExp(String.raw`${NOT_FOUND_PHRASES}|\b404\b`, 'i');
const TEXT_PATTERN = new RegExp(String.raw`${NOT_FOUND_PHRASES}|\berror\s*404\b|\b404\s*(error|[-–:|]?\s*not\s+found)\b`, 'i');

/** Only the prominent part of the text is searched, so an article merely mentioning "not found" is not suspected. */
const PROMINENT_TEXT_CHARS = 1000;
/** Two pages whose text lengths differ by at most this fraction count as "the same page". */
const LENGTH_TOLERANCE = 0.1;

export interface PageSignature {
  title: string;
  headings: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}

function toText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname; // malformed %-escapes: use the raw path
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Removes whole-word occurrences of `echo` (case-insensitive) from `text`. */
function removeWhole(text: string, echo: string): string {
  const haystack = text.toLowerCase();
  const needle = echo.toLowerCase();
  // Lower-casing can change lengths (rare letters); then positions would not match: leave the text.
  if (haystack.length !== text.length || !haystack.includes(needle)) return text;
  let kept = '';
  let copiedUpTo = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    const whole = (before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after));
    if (!whole) continue;
    kept += `${text.slice(copiedUpTo, at)} `;
    copiedUpTo = at + needle.length;
  }
  return kept + text.slice(copiedUpTo);
}

/**
 * Removes echoes of the requested path from page text. Many sites put the path, or its last
 * segment, in titles ("Document /doc/404"), which must neither look like an error ("404") nor
 * make two different error pages look different.
 */
function withoutPathEcho(text: string, url: URL | undefined): string {
  if (!url) return text;
  const path = decodedPath(url);
  const echoes = [path, ...path.split('/')].filter((echo) => echo.length > 0 && echo !== '/');
  let cleaned = text;
  for (const echo of echoes.sort((a, b) => b.length - a.length)) cleaned = removeWhole(cleaned, echo);
  return cleaned.replace(/\s+/g, ' ').trim();
}

/** Title, main headings and text of a page; `url` (the page's own) lets echoes of its path be ignored. */
export function pageSignature(html: string, url?: URL): PageSignature {
  const withoutCode = html.replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  const title = toText(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(withoutCode)?.[1] ?? '');
  const headings = [...withoutCode.matchAll(/<h[12]\b[^>]*>([\s\S]*?)<\/h[12]\s*>/gi)].map((m) => toText(m[1] ?? '')).join(' | ');
  const body = /<body\b[^>]*>([\s\S]*)/i.exec(withoutCode)?.[1] ?? withoutCode.replace(/<head\b[\s\S]*?<\/head\s*>/i, ' ');
  return {
    title: withoutPathEcho(title, url),
    headings: withoutPathEcho(headings, url),
    text: withoutPathEcho(toText(body), url),
  };
}

/** Does the page read like an error page? */
export function looksLikeNotFound(page: PageSignature): boolean {
  return (
    TITLE_PATTERN.test(page.title) ||
    TEXT_PATTERN.test(page.headings) ||
    TEXT_PATTERN.test(page.text.slice(0, PROMINENT_TEXT_CHARS))
  );
}

/** Is the suspect page the same page the site serves for a path that certainly does not exist? */
export function similarPages(suspect: PageSignature, probe: PageSignature): boolean {
  const suspectTitle = suspect.title.toLowerCase();
  if (suspectTitle !== '' && suspectTitle === probe.title.toLowerCase()) return true;
  const longer = Math.max(suspect.text.length, probe.text.length);
  const lengthsClose = longer > 0 && Math.abs(suspect.text.length - probe.text.length) <= longer * LENGTH_TOLERANCE;
  return lengthsClose && looksLikeNotFound(probe);
}

/** Fetches a random, certainly nonexistent path of the origin, once per origin per run. */
function probeOrigin(ctx: RunContext, origin: string): Promise<PageSignature | null> {
  let pending = ctx.soft404Probes.get(origin);
  if (!pending) {
    pending = (async () => {
      const url = new URL(`/citecheck-probe-${randomBytes(8).toString('hex')}`, origin);
      const result = await followRedirects(ctx, url, { firstMethod: 'GET', readBody: 'always' });
      if (result.type !== 'final') return null;
      const { response } = result.final;
      // A site that answers a nonsense path with anything but 200 reports missing pages honestly.
      if (response.status !== 200 || response.body === undefined) return null;
      return pageSignature(response.body, response.url);
    })();
    ctx.soft404Probes.set(origin, pending);
  }
  return pending;
}

/** True when a 200 response is in fact the site's "not found" page. */
export async function isSoft404(ctx: RunContext, response: HopResponse): Promise<boolean> {
  if (response.status !== 200 || response.body === undefined) return false;
  const page = pageSignature(response.body, response.url);
  if (!looksLikeNotFound(page)) return false;
  const probe = await probeOrigin(ctx, response.url.origin);
  return probe !== null && similarPages(page, probe);
}

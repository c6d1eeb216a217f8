/**
 * What a URL looks like on paper, judged without any request: where a written URL ends
 * (trailing punctuation, a glued access date), whether it can be valid at all (scheme, spaces,
 * top-level domain via the public-suffix list in tldts, cut-off), and a loose comparable form
 * for spotting one resource written in different ways.
 */
import { distance } from 'fastest-levenshtein';
import { parse as parseHost } from 'tldts';

/** Template placeholders ({{ var }}, {% tag %}, ${var}) are filled in later: not URLs yet. */
export function isTemplated(url: string): boolean {
  return /\{\{|\{%|\$\{/.test(url);
}

const BRACKETS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export interface TrimmedUrl {
  url: string;
  /** The URL was followed by an ellipsis ("…", "..."): someone shortened it. */
  ellipsis: boolean;
}

/**
 * The URL part of a run of non-space characters: no trailing sentence punctuation, closing
 * brackets only when the URL opened them, no glued "[20211201]" access date, nothing after a
 * Markdown "](" seam (a link written out in a plain-text file).
 */
export function trimUrlEnd(raw: string): TrimmedUrl {
  let url = raw;
  const seam = url.indexOf('](');
  if (seam > 0) url = url.slice(0, seam);
  let ellipsis = false;
  for (;;) {
    const before = url;
    if (/(?:…|\.{3,})$/.test(url)) {
      ellipsis = true;
      url = url.replace(/(?:…|\.{3,})$/, '');
    }
    url = url.replace(/[.,;:!?'"”’»›>*]+$/u, '');
    // An access date or a note number glued to the end: "…/8da168d740c[20211201]".
    url = url.replace(/\[[\d\s./-]*\]$/, '');
    const last = url.at(-1);
    if (last && last in BRACKETS) {
      const open = BRACKETS[last]!;
      if (url.split(open).length < url.split(last).length) url = url.slice(0, -1);
    }
    if (url === before) return { url, ellipsis };
  }
}

export type UrlProblemKind = 'scheme' | 'space' | 'backslash' | 'host' | 'tld' | 'cut-off' | 'escape' | 'unparseable';

export interface UrlProblem {
  kind: UrlProblemKind;
  message: string;
  suggestion?: string;
  /** Weak evidence (a space or an escape that a browser tolerates): a warning, not an error. */
  weak?: boolean;
}

/** Schemes that are not web addresses but are fine where they appear. */
const OTHER_SCHEMES = new Set([
  'ftp', 'ftps', 'sftp', 'file', 'git', 'ssh', 'svn', 'irc', 'ircs', 'ws', 'wss', 'rtsp', 'rtmp', 's3', 'gs',
  'hdfs', 'mailto', 'tel', 'data', 'urn', 'doi', 'hdl', 'news', 'nntp', 'telnet', 'gopher', 'ldap', 'magnet',
  'zotero', 'chrome', 'about', 'javascript', 'spotify', 'steam', 'slack', 'zoommtg', 'xmpp', 'sip', 'geo',
]);

const isWebScheme = (scheme: string) => scheme === 'http' || scheme === 'https';

/** A misspelt "http"/"https" ("htp", "htttps", "hhtp"); other unknown schemes are left alone. */
function looksLikeHttpTypo(scheme: string): boolean {
  // "hxxp" is the deliberate "defanged" spelling of a dangerous address, not a typo.
  if (isWebScheme(scheme) || OTHER_SCHEMES.has(scheme) || scheme.length > 7 || /^hxxps?$/.test(scheme)) return false;
  return /^h|^t{1,3}p/.test(scheme) && Math.min(distance(scheme, 'http'), distance(scheme, 'https')) <= 2;
}

/** Is `tld` a top-level domain in the public-suffix list (ICANN section)? */
function isIcannTld(tld: string): boolean {
  return parseHost(`example.${tld}`).isIcann === true;
}

/**
 * Why `url` (as written, already trimmed) cannot be a valid web address, or null when it can
 * (or when it is not a web address at all: another scheme, a template).
 */
export function diagnoseUrl(url: string): UrlProblem | null {
  if (isTemplated(url)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const missingColon = /^(https?)\/\/(?=[^/])/i.exec(url);
  if (missingColon) {
    return { kind: 'scheme', message: `The scheme lacks its colon ("${missingColon[1]}//").`, suggestion: url.replace(/^(https?)\/\//i, '$1://') };
  }
  if (scheme === undefined) {
    if (!/^www\./i.test(url)) return null;
  } else if (!isWebScheme(scheme)) {
    if (!looksLikeHttpTypo(scheme) || !/^[a-z]+:\/{0,3}[\w\\]/i.test(url)) return null;
    const fixed = url.replace(/^[a-z]+:[/\\]*/i, scheme.endsWith('s') ? 'https://' : 'http://');
    return { kind: 'scheme', message: `"${scheme}:" is not a web scheme; "http:" or "https:" was probably meant.`, suggestion: fixed };
  }
  if (/\s/.test(url)) {
    return { kind: 'space', message: 'The URL contains a space; a space in an address must be written as %20.', suggestion: url.replace(/\s+/g, '%20'), weak: true };
  }
  if (scheme !== undefined) {
    const afterScheme = url.slice(scheme.length + 1);
    if (/^\\\\|^\/\\|^\\\//.test(afterScheme) || /^\/(?!\/)/.test(afterScheme) || /^\/{3,}/.test(afterScheme) || !afterScheme.startsWith('/')) {
      return { kind: 'scheme', message: `"${scheme}:" must be followed by exactly two slashes.`, suggestion: `${scheme}://${afterScheme.replace(/^[/\\]*/, '')}` };
    }
    if (/^\/\/https?:?\/\//i.test(afterScheme)) {
      return { kind: 'scheme', message: 'The scheme is written twice.', suggestion: afterScheme.slice(2).replace(/^(https?):?\/+/i, '$1://') };
    }
  }
  if (url.includes('\\')) {
    // A Markdown escape ("Isu\_Sepekan") copied into the address; browsers read "\" as "/".
    return { kind: 'backslash', message: 'The URL contains a backslash (a Markdown escape copied into the address?).', suggestion: url.replace(/\\(?=[\\`*_{}[\]()#+\-.!~])/g, ''), weak: true };
  }
  let parsed: URL;
  try {
    parsed = new URL(scheme === undefined ? `http://${url}` : url);
  } catch {
    return { kind: 'unparseable', message: 'The URL cannot be parsed (a bad host name or port).' };
  }
  const hostProblem = diagnoseHost(parsed.hostname);
  if (hostProblem) return hostProblem;
  const badEscape = /%(?![0-9a-f]{2})/i.exec(url);
  if (badEscape) {
    const atEnd = /%[0-9a-f]?$/i.test(url);
    return atEnd
      ? { kind: 'cut-off', message: 'The URL ends inside a %-escape: it has been cut off.' }
      : { kind: 'escape', message: '"%" is not followed by two hexadecimal digits (a bare "%" must be written %25).', weak: true };
  }
  return null;
}

function diagnoseHost(hostname: string): UrlProblem | null {
  const host = hostname.replace(/\.$/, '');
  if (host === '') return { kind: 'cut-off', message: 'The URL has no host name: it has been cut off.' };
  if (/^\[.*\]$/.test(host) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return null; // an IP address
  const labels = host.split('.');
  if (labels.some((label) => label === '' || label.length > 63 || /^-|-$/.test(label))) {
    return { kind: 'host', message: `"${host}" is not a valid host name (an empty label or a label starting or ending with "-").` };
  }
  const info = parseHost(host, { detectSpecialUse: true });
  if (info.isSpecialUse) return null; // localhost, example, test, invalid, local, onion: reserved, fine
  if (labels.length === 1) {
    return host === 'www'
      ? { kind: 'cut-off', message: 'The host name is only "www": the URL has been cut off.' }
      : { kind: 'tld', message: `The host name "${host}" has no top-level domain.` };
  }
  const tld = labels.at(-1)!;
  if (!isIcannTld(tld)) return { kind: 'tld', message: `".${tld}" is not a top-level domain, so "${host}" cannot exist.` };
  return null;
}

/** Query parameters that only track where a click came from: not part of the resource. */
const TRACKING_PARAM = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|s_cid|spm|oly_anon_id|oly_enc_id|vero_id|__s)$/i;

export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAM.test(name);
}

/** How two spellings of one resource differ. */
export type SpellingDifference = 'scheme' | 'www' | 'trailing-slash' | 'tracking' | 'path-case' | 'query-order' | 'escape';

export interface LooseUrl {
  /** Equal for spellings of the same resource. */
  key: string;
  /** Equal only for spellings that differ in nothing but the fragment and URL-standard trivia. */
  exact: string;
  parts: { scheme: string; www: boolean; slash: boolean; tracking: boolean; path: string; query: string; escapes: string };
}

/** A comparable form of an http(s)/www URL, or null for anything else. */
export function looseUrl(url: string): LooseUrl | null {
  if (isTemplated(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : /^www\./i.test(url) ? `http://${url}` : 'invalid:');
  } catch {
    return null;
  }
  if (!isWebScheme(parsed.protocol.slice(0, -1))) return null;
  parsed.hash = '';
  const exact = parsed.href;
  const host = parsed.hostname.replace(/^www\./, '');
  const path = decodeUnreserved(parsed.pathname);
  const slash = path.length > 1 && path.endsWith('/');
  const params = [...parsed.searchParams];
  const kept = params.filter(([name]) => !isTrackingParam(name));
  const query = kept.map(([k, v]) => `${k}=${v}`).join('&');
  const sortedQuery = [...kept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join('&');
  const barePath = slash ? path.slice(0, -1) : path;
  return {
    key: `${host}${parsed.port ? `:${parsed.port}` : ''}${barePath.toLowerCase()}?${sortedQuery}`,
    exact,
    parts: {
      scheme: parsed.protocol,
      www: parsed.hostname.startsWith('www.'),
      slash,
      tracking: kept.length !== params.length,
      path: barePath,
      query,
      escapes: parsed.pathname,
    },
  };
}

/** %41 and A are the same character in a path (RFC 3986 §6.2.2.2); other escapes stay. */
function decodeUnreserved(path: string): string {
  return path.replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : escape.toUpperCase();
  });
}

export function spellingDifferences(a: LooseUrl, b: LooseUrl): SpellingDifference[] {
  const found: SpellingDifference[] = [];
  if (a.parts.scheme !== b.parts.scheme) found.push('scheme');
  if (a.parts.www !== b.parts.www) found.push('www');
  if (a.parts.slash !== b.parts.slash) found.push('trailing-slash');
  if (a.parts.tracking || b.parts.tracking) found.push('tracking');
  if (a.parts.path !== b.parts.path) found.push('path-case');
  if (a.parts.query !== b.parts.query && !found.includes('tracking')) found.push('query-order');
  if (found.length === 0 && a.parts.escapes !== b.parts.escapes) found.push('escape');
  return found;
}

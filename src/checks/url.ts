/**
 * The offline url/* rules: url/malformed (an address that cannot work as written) and
 * url/duplicate (one resource cited under different spellings). The live rules (broken,
 * unreachable, redirected, not-verified) are in url-live.ts.
 */
import { parse as parseHost } from 'tldts';
import type { DocModel, LinkMention, Span } from '../model/types.js';
import { placedUrls, type PlacedUrl } from '../extract/link-targets.js';
import { diagnoseUrl, looseUrl, spellingDifferences, type LooseUrl, type SpellingDifference } from '../extract/url-syntax.js';
import type { DocumentCheck, RawFinding } from './types.js';

/** Top-level domains that are also common file extensions ("notes.md", "run.sh"): a relative file link. */
const FILE_EXTENSION_TLDS = new Set(['md', 'py', 'sh', 'pl', 'rs', 'zip', 'mov', 'ps', 'so', 'cc', 'ml', 'mk', 'tf', 'am', 'bz', 'sc', 'st', 'sv', 'rar']);

/** Text right after a URL that says it was shortened ("https://example.org/a/b…"). */
function shortenedBy(doc: DocModel, url: PlacedUrl): boolean {
  const after = url.source.text.slice(url.span.end, url.span.end + 3);
  const hasPath = /^(?:[a-z]+:\/\/|www\.)[^/]+\/[^/]/i.test(url.url);
  return url.url.includes('…') || (hasPath && (after.startsWith('…') || after.startsWith('...')));
}

function malformedUrl(doc: DocModel, url: PlacedUrl): RawFinding | null {
  const problem = diagnoseUrl(url.url);
  if (problem) {
    return {
      span: url.span,
      message: problem.message,
      ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
      ...(url.source !== doc.source ? { source: url.source } : {}),
      ...(problem.weak ? { severity: 'warning' as const } : {}),
    };
  }
  if (shortenedBy(doc, url)) {
    return {
      span: url.span,
      message: 'The URL was shortened with an ellipsis ("…"): it cannot be followed as written.',
      ...(url.source !== doc.source ? { source: url.source } : {}),
      severity: 'warning',
    };
  }
  return null;
}

/** The span of a link's destination (Markdown writes it after the label, HTML before). */
function destinationSpan(doc: DocModel, link: LinkMention): Span {
  const slice = doc.source.text.slice(link.span.start, link.span.end);
  const at = doc.format === 'html' ? slice.indexOf(link.url) : slice.lastIndexOf(link.url);
  return at === -1 ? link.span : { start: link.span.start + at, end: link.span.start + at + link.url.length };
}

/**
 * A link whose target is a bare domain ("[Zenodo](zenodo.org)"): rendered as a relative path.
 * Arguable (the reader sees the intent), so info.
 */
function schemelessLink(doc: DocModel, link: LinkMention): RawFinding | null {
  if (link.inCode || (doc.format !== 'markdown' && doc.format !== 'html')) return null;
  const target = link.url.trim();
  const host = /^((?:[a-z0-9-]+\.)+([a-z0-9-]+))(?:[/?#]|$)/i.exec(target);
  if (!host || /^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const info = parseHost(host[1]!);
  if (!info.isIcann || !info.domain || FILE_EXTENSION_TLDS.has(host[2]!.toLowerCase())) return null;
  return {
    span: destinationSpan(doc, link),
    message: `The link target "${target}" has no scheme, so it is read as a relative path, not as a web address.`,
    suggestion: `https://${target}`,
    severity: 'info',
  };
}

export const urlMalformed: DocumentCheck = {
  id: 'url/malformed',
  severity: 'error',
  scope: 'document',
  description: 'A URL that cannot be valid: a bad scheme, a space, no such top-level domain, cut off.',
  run(doc) {
    const findings: RawFinding[] = [];
    for (const url of placedUrls(doc)) {
      if (url.inCode) continue;
      const finding = malformedUrl(doc, url);
      if (finding) findings.push(finding);
    }
    for (const link of doc.links) {
      const finding = schemelessLink(doc, link);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

const DIFFERENCE_WORDS: Record<SpellingDifference, string> = {
  scheme: 'http versus https',
  www: 'with and without "www."',
  'trailing-slash': 'a trailing slash',
  tracking: 'tracking parameters (utm_… and the like)',
  'path-case': 'the letter case of the path (most servers treat paths as case-sensitive, so one of them may not work)',
  'query-order': 'the order of the query parameters',
  escape: 'the %-encoding of the path',
};

interface Spelling {
  loose: LooseUrl;
  mentions: PlacedUrl[];
}

/** The spelling others are compared with: without tracking, https, then the most used, then the first. */
function preferredSpelling(spellings: Spelling[]): Spelling {
  const score = (s: Spelling) => [s.loose.parts.tracking ? 0 : 1, s.loose.parts.scheme === 'https:' ? 1 : 0, s.mentions.length];
  return spellings.reduce((best, s) => {
    const [a, b] = [score(s), score(best)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? s : best;
    return best;
  });
}

function lineOf(url: PlacedUrl): number {
  return url.source.lines.position(url.span.start).line;
}

export const urlDuplicate: DocumentCheck = {
  id: 'url/duplicate',
  severity: 'warning',
  scope: 'document',
  description: 'The same resource cited under different spellings of its URL.',
  run(doc) {
    const groups = new Map<string, Map<string, Spelling>>();
    for (const url of placedUrls(doc)) {
      if (url.inCode || diagnoseUrl(url.url) !== null) continue;
      const loose = looseUrl(url.url);
      if (!loose) continue;
      const spellings = groups.get(loose.key) ?? new Map<string, Spelling>();
      groups.set(loose.key, spellings);
      const spelling = spellings.get(loose.exact) ?? { loose, mentions: [] };
      spellings.set(loose.exact, spelling);
      spelling.mentions.push(url);
    }
    const findings: RawFinding[] = [];
    for (const spellings of groups.values()) {
      if (spellings.size < 2) continue;
      const preferred = preferredSpelling([...spellings.values()]);
      const anchor = preferred.mentions[0]!;
      for (const spelling of spellings.values()) {
        if (spelling === preferred) continue;
        const differences = spellingDifferences(preferred.loose, spelling.loose);
        for (const url of spelling.mentions) {
          if (url.reference && url.reference === anchor.reference) continue; // one entry giving two forms
          const caseOnly = differences.includes('path-case');
          const separateEntries = url.reference !== undefined && anchor.reference !== undefined;
          findings.push({
            span: url.span,
            message: `Same resource as "${anchor.url}" (line ${lineOf(anchor)}${anchor.source !== url.source ? ` of ${anchor.source.path}` : ''}), written differently: ${differences.map((d) => DIFFERENCE_WORDS[d]).join('; ')}.`,
            ...(caseOnly ? {} : { suggestion: anchor.url }),
            related: preferred.mentions.map((m) => ({ source: m.source, span: m.span })),
            ...(url.source !== doc.source ? { source: url.source } : {}),
            ...(caseOnly || separateEntries ? {} : { severity: 'info' as const }),
          });
        }
      }
    }
    return findings;
  },
};

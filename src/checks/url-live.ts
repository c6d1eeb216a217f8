/**
 * The live url/* rules: url/broken, url/unreachable, url/redirected and url/not-verified. They
 * read the outcomes of the URL phase (src/pipeline/url-phase.ts) and stay pure functions of the
 * document and those outcomes. "Could not check" is never reported as broken or unreachable.
 */
import { linkTargets, type LinkTarget } from '../extract/link-targets.js';
import { looseUrl } from '../extract/url-syntax.js';
import type { DocModel } from '../model/types.js';
import { waybackUrl } from '../net/archive.js';
import type { UrlOutcome } from '../net/types.js';
import type { LinkResults } from '../pipeline/url-phase.js';
import type { DocumentCheck, RawFinding } from './types.js';

type OutcomeOf<K extends UrlOutcome['kind']> = Extract<UrlOutcome, { kind: K }>;

const STATUS_TEXT: Record<number, string> = { 404: 'Not Found', 410: 'Gone' };

const UNREACHABLE_TEXT: Record<OutcomeOf<'unreachable'>['reason'], string> = {
  dns: 'its host name does not resolve (DNS lookup failed)',
  refused: 'the server refused the connection',
  tls: 'the secure connection (TLS) failed',
  timeout: 'the server did not answer in time',
  reset: 'the connection was reset',
  other: 'the connection failed',
};

function outcomeOf(results: LinkResults, target: LinkTarget): UrlOutcome | undefined {
  return (target.kind === 'url' ? results.urls : results.dois).get(target.target);
}

/** Each target of the document with its outcome of the given kind. */
function withOutcome<K extends UrlOutcome['kind']>(doc: DocModel, results: LinkResults, kind: K): [LinkTarget, OutcomeOf<K>][] {
  return linkTargets(doc).flatMap((target) => {
    const outcome = outcomeOf(results, target);
    return outcome?.kind === kind ? [[target, outcome as OutcomeOf<K>]] : [];
  });
}

function place(doc: DocModel, target: LinkTarget): Pick<RawFinding, 'span' | 'source'> {
  return target.source === doc.source ? { span: target.span } : { span: target.span, source: target.source };
}

/** YYYY-MM-DD of the access date of the target's reference entry, when the day is known. */
function accessDate(target: LinkTarget): string | undefined {
  const parts = target.reference?.csl.accessed?.['date-parts']?.[0];
  if (!parts || parts.length < 3 || parts.some((p) => !Number.isInteger(p))) return undefined;
  const [y, m, d] = parts as [number, number, number];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function brokenFinding(doc: DocModel, target: LinkTarget, outcome: OutcomeOf<'broken'>): RawFinding {
  if (target.kind === 'doi') {
    return { ...place(doc, target), message: `The DOI is not registered: doi.org does not know "${target.text.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')}".` };
  }
  const accessed = accessDate(target);
  const wayback = accessed ? { suggestion: waybackUrl(target.target, accessed) } : {};
  const archiveNote = accessed ? ` An archived copy from the access date (${accessed}) may exist.` : '';
  if (outcome.soft404) {
    return {
      ...place(doc, target),
      message: `The page answers 200 but reads like the site's "not found" page (the same as for a made-up address on that site).${archiveNote}`,
      severity: 'warning',
      ...wayback,
    };
  }
  const moved = outcome.finalUrl && outcome.finalUrl !== target.target && looseUrl(outcome.finalUrl)?.key !== looseUrl(target.target)?.key;
  const status = `${outcome.status}${STATUS_TEXT[outcome.status] ? ` ${STATUS_TEXT[outcome.status]}` : ''}`;
  return {
    ...place(doc, target),
    message: `The server answers ${status}${moved ? ` (after redirects, at ${outcome.finalUrl})` : ''}.${archiveNote}`,
    ...wayback,
  };
}

function redirectedFinding(doc: DocModel, target: LinkTarget, outcome: OutcomeOf<'redirected'>): RawFinding {
  const from = looseUrl(target.target);
  const to = looseUrl(outcome.finalUrl);
  let path = '/';
  try {
    path = new URL(target.target).pathname;
  } catch {
    // unreachable for a checked URL
  }
  const toHomePage = /^https?:\/\/[^/]+\/?$/i.test(outcome.finalUrl) && path.length > 1;
  const sameResource = from !== null && to !== null && from.key === to.key;
  return {
    ...place(doc, target),
    message: toHomePage
      ? `Permanently redirected to the site's home page (${outcome.finalUrl}): the cited page may have been removed.`
      : `Permanently redirected to ${outcome.finalUrl}.`,
    suggestion: outcome.finalUrl,
    ...(sameResource ? { severity: 'info' as const } : {}),
  };
}

function notVerifiedMessage(target: LinkTarget, outcome: OutcomeOf<'not-verified'>): string {
  const what = target.kind === 'doi' ? 'DOI' : 'URL';
  switch (outcome.reason) {
    case 'private-address':
      return `${what} not checked: its host is on a private or local network (--allow-private-network checks it).`;
    case 'rate-limited':
      return `${what} not checked: the server asked to wait (HTTP 429/503) until after the URL phase ended.`;
    case 'deadline':
      return `${what} not checked: the URL phase ran out of time (--deadline).`;
    case 'too-many-redirects':
      return `${what} not verified: too many redirects (a redirect loop?).`;
    case 'http-status':
      return `${what} not verified: the server answered HTTP ${outcome.status ?? '?'}, which shows neither that the page exists nor that it is gone (often a block on automated requests).`;
    default:
      return `${what} not verified: ${outcome.detail}.`;
  }
}

/** The four live checks for one run's outcomes (none when the run was --offline). */
export function liveUrlChecks(results: LinkResults): DocumentCheck[] {
  if (results.mode === 'offline') return [];
  const broken: DocumentCheck = {
    id: 'url/broken',
    severity: 'error',
    scope: 'document',
    description: 'The server answers 404/410 (or a "not found" page), or the DOI is not registered.',
    run: (doc) => withOutcome(doc, results, 'broken').map(([target, outcome]) => brokenFinding(doc, target, outcome)),
  };
  const unreachable: DocumentCheck = {
    id: 'url/unreachable',
    severity: 'warning',
    scope: 'document',
    description: 'DNS failure, refused connection, TLS failure, time-out.',
    run: (doc) =>
      withOutcome(doc, results, 'unreachable').map(([target, outcome]) => ({
        ...place(doc, target),
        message: `Could not reach this ${target.kind === 'doi' ? 'DOI resolver' : 'URL'}: ${UNREACHABLE_TEXT[outcome.reason]}.`,
      })),
  };
  const redirected: DocumentCheck = {
    id: 'url/redirected',
    severity: 'warning',
    scope: 'document',
    description: 'A permanent redirect; the final address is the suggestion.',
    run: (doc) => withOutcome(doc, results, 'redirected').map(([target, outcome]) => redirectedFinding(doc, target, outcome)),
  };
  const notVerified: DocumentCheck = {
    id: 'url/not-verified',
    severity: 'info',
    scope: 'document',
    description: 'A URL that could not be checked (no network, private address, rate-limited, time ran out).',
    run(doc) {
      const pairs = withOutcome(doc, results, 'not-verified');
      // No network says nothing about any one link: one note per document, not one per URL.
      const offline = pairs.filter(([, outcome]) => outcome.reason === 'offline');
      const findings: RawFinding[] = pairs
        .filter(([, outcome]) => outcome.reason !== 'offline')
        .map(([target, outcome]) => ({ ...place(doc, target), message: notVerifiedMessage(target, outcome) }));
      if (offline.length > 0) {
        const [first] = offline[0]!;
        findings.push({
          ...place(doc, first),
          message: `No network: no server could be reached (every lookup or connection failed), so ${offline.length} link${offline.length === 1 ? '' : 's'} (URLs and DOIs) of this document could not be checked.`,
        });
      }
      return findings;
    },
  };
  return [broken, unreachable, redirected, notVerified];
}

/**
 * The live URL phase: every checkable URL and DOI of the run, deduplicated, handed to the
 * network library in one go (URLs and DOIs in one queue, under one set of limits and one deadline), and the outcomes
 * kept for the url/* live checks. With --offline nothing is requested at all. When every host
 * failed its DNS lookup, or no server answered at all, the machine has no network: every
 * unreachable outcome becomes not-verified (never broken or unreachable).
 */
import { linkTargets } from '../extract/link-targets.js';
import type { DocModel } from '../model/types.js';
import { looksOffline, markOffline } from '../net/offline.js';
import type { CheckOptions, UrlOutcome } from '../net/types.js';

export interface LinkPhaseOptions {
  /** --offline: make no request at all. */
  offline: boolean;
  /** Limits, timeouts, cache, SSRF guard: passed to the network library as they are. */
  check?: CheckOptions;
}

export interface LinkResults {
  /** offline: nothing was requested; live: checked; no-network: every lookup failed. */
  mode: 'offline' | 'live' | 'no-network';
  /** Outcome per URL as handed to checkUrls (an absolute http(s) URL). */
  urls: ReadonlyMap<string, UrlOutcome>;
  /** Outcome per DOI as handed to checkDois (bare, doi:, or a doi.org URL). */
  dois: ReadonlyMap<string, UrlOutcome>;
}

export const OFFLINE_RESULTS: LinkResults = { mode: 'offline', urls: new Map(), dois: new Map() };

export async function checkLinks(docs: readonly DocModel[], options: LinkPhaseOptions): Promise<LinkResults> {
  if (options.offline) return OFFLINE_RESULTS;
  const targets = docs.flatMap((doc) => linkTargets(doc));
  const urls = [...new Set(targets.filter((t) => t.kind === 'url').map((t) => t.target))];
  const dois = [...new Set(targets.filter((t) => t.kind === 'doi').map((t) => t.target))];
  // Loaded only for a live run: an offline audit never pays for the HTTP client.
  const { checkUrlsAndDois } = await import('../net/index.js');
  // One job queue for both, so the global and per-host limits and the deadline hold for the run.
  const { urls: urlOutcomes, dois: doiOutcomes } =
    urls.length + dois.length > 0 ? await checkUrlsAndDois({ urls, dois }, options.check) : { urls: new Map<string, UrlOutcome>(), dois: new Map<string, UrlOutcome>() };
  const all = [...urlOutcomes.values(), ...doiOutcomes.values()];
  if (looksOffline(all) || cutOff(all)) {
    return { mode: 'no-network', urls: asOffline(markOffline(urlOutcomes)), dois: asOffline(markOffline(doiOutcomes)) };
  }
  return { mode: 'live', urls: urlOutcomes, dois: doiOutcomes };
}

/** Outcomes that prove some server answered: the network works. */
const ANSWERED_REASONS: ReadonlySet<string> = new Set(['http-status', 'rate-limited', 'too-many-redirects']);
const answered = (o: UrlOutcome) => o.kind === 'ok' || o.kind === 'broken' || o.kind === 'redirected' || (o.kind === 'not-verified' && ANSWERED_REASONS.has(o.reason));

/**
 * No server answered at all and every attempt failed to connect (a firewall, a proxy-only
 * network): like failed DNS, this says nothing about the links themselves.
 */
function cutOff(outcomes: UrlOutcome[]): boolean {
  return outcomes.some((o) => o.kind === 'unreachable') && !outcomes.some(answered);
}

function asOffline(outcomes: Map<string, UrlOutcome>): Map<string, UrlOutcome> {
  return new Map(
    [...outcomes].map(([key, o]) => [key, o.kind === 'unreachable' ? { kind: 'not-verified', reason: 'offline', detail: `no network (${o.detail})` } : o]),
  );
}

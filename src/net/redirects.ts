// Manual redirect following, so that every hop goes through the SSRF guard, the scheduler
// and the retry logic of fetchHop.
import type { RunContext } from './context.js';
import { fetchHop, header, type HopOptions, type HopResponse } from './fetch-status.js';
import type { UrlOutcome } from './types.js';

export interface FollowedResponse {
  response: HopResponse;
  /** Every URL visited, starting with the requested one and ending with response.url. */
  chain: string[];
  /** Status of each redirect hop (chain.length - 1 entries). */
  redirectStatuses: number[];
}

export type FollowResult = { type: 'final'; final: FollowedResponse } | { type: 'outcome'; outcome: UrlOutcome };

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
export const PERMANENT_REDIRECTS: ReadonlySet<number> = new Set([301, 308]);

export function isHttpUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** The URL as requested on the wire: fragments never reach the server. */
export function withoutFragment(url: URL): URL {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy;
}

export async function followRedirects(ctx: RunContext, start: URL, hopOptions: HopOptions): Promise<FollowResult> {
  const chain = [start.href];
  const redirectStatuses: number[] = [];
  let current = start;

  for (;;) {
    if (!isHttpUrl(current)) {
      return {
        type: 'outcome',
        outcome: { kind: 'not-verified', reason: 'unsupported-scheme', detail: `cannot check ${current.protocol} URLs` },
      };
    }
    const hop = await fetchHop(ctx, current, hopOptions);
    if (hop.type === 'outcome') return hop;
    const { response } = hop;
    const location = header(response.headers, 'location');
    if (!REDIRECT_STATUSES.has(response.status) || location === undefined) {
      return { type: 'final', final: { response, chain, redirectStatuses } };
    }

    let next: URL;
    try {
      next = withoutFragment(new URL(location, current));
    } catch {
      return {
        type: 'outcome',
        outcome: { kind: 'not-verified', reason: 'other', detail: `HTTP ${response.status} with invalid Location "${location}"` },
      };
    }
    if (chain.includes(next.href)) {
      return {
        type: 'outcome',
        outcome: { kind: 'not-verified', reason: 'too-many-redirects', detail: `redirect loop: ${[...chain, next.href].join(' -> ')}` },
      };
    }
    if (redirectStatuses.length >= ctx.options.maxRedirects) {
      return {
        type: 'outcome',
        outcome: { kind: 'not-verified', reason: 'too-many-redirects', detail: `more than ${ctx.options.maxRedirects} redirects` },
      };
    }
    chain.push(next.href);
    redirectStatuses.push(response.status);
    current = next;
  }
}

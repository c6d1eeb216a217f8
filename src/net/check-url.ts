// Classification of one URL: follow redirects, then turn the final answer into an outcome.
import type { RunContext } from './context.js';
import { followRedirects, PERMANENT_REDIRECTS, type FollowedResponse } from './redirects.js';
import { isSoft404 } from './soft404.js';
import type { UrlOutcome } from './types.js';

/**
 * The URL a permanently moved link should now point to: the target of the leading run of
 * permanent hops. Returns undefined when the first hop is temporary (or there is none).
 */
function permanentTarget({ chain, redirectStatuses }: FollowedResponse): string | undefined {
  let permanentHops = 0;
  while (permanentHops < redirectStatuses.length && PERMANENT_REDIRECTS.has(redirectStatuses[permanentHops]!)) permanentHops++;
  return permanentHops > 0 ? chain[permanentHops] : undefined;
}

async function classify(ctx: RunContext, followed: FollowedResponse): Promise<UrlOutcome> {
  const { response, chain } = followed;
  const { status } = response;
  const finalUrl = response.url.href;

  if (status >= 200 && status < 300) {
    if (ctx.options.soft404 && (await isSoft404(ctx, response))) {
      return { kind: 'broken', status, finalUrl, soft404: true };
    }
    const movedTo = permanentTarget(followed);
    return movedTo === undefined ? { kind: 'ok', status, finalUrl } : { kind: 'redirected', status, finalUrl: movedTo, chain };
  }
  if (status === 404 || status === 410) return { kind: 'broken', status, finalUrl };
  if (status >= 300 && status < 400) {
    return { kind: 'not-verified', reason: 'other', detail: `HTTP ${status} without a usable Location`, status };
  }
  return { kind: 'not-verified', reason: 'http-status', detail: `HTTP ${status} at ${finalUrl}`, status };
}

export async function checkUrl(ctx: RunContext, url: URL): Promise<UrlOutcome> {
  const result = await followRedirects(ctx, url, { readBody: ctx.options.soft404 ? 'html' : 'never' });
  return result.type === 'outcome' ? result.outcome : classify(ctx, result.final);
}

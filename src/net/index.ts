// Live link checker: public entry points.
import { checkUrl } from './check-url.js';
import { checkDoi, normalizeDoi } from './doi.js';
import { isHttpUrl, withoutFragment } from './redirects.js';
import { runJobs, type CheckJob } from './run.js';
import type { CheckOptions, UrlOutcome } from './types.js';

export type { CheckOptions, NotVerifiedReason, UnreachableReason, UrlOutcome } from './types.js';
export { waybackUrl } from './archive.js';
export { looksOffline, markOffline } from './offline.js';
export { normalizeDoi } from './doi.js';
export { isNonPublicAddress } from './ssrf-guard.js';

function urlJob(input: string): CheckJob {
  let url: URL;
  try {
    url = withoutFragment(new URL(input.trim()));
  } catch {
    return {
      key: `invalid:${input}`,
      immediate: { kind: 'not-verified', reason: 'invalid-input', detail: `not a URL: ${input}` },
    };
  }
  if (!isHttpUrl(url)) {
    return {
      key: url.href,
      immediate: { kind: 'not-verified', reason: 'unsupported-scheme', detail: `cannot check ${url.protocol} URLs` },
    };
  }
  return { key: `url:${url.href}`, check: (ctx) => checkUrl(ctx, url) };
}

function doiJob(input: string): CheckJob {
  const doi = normalizeDoi(input);
  if (doi === null) {
    return {
      key: `invalid:${input}`,
      immediate: { kind: 'not-verified', reason: 'invalid-input', detail: `not a DOI: ${input}` },
    };
  }
  return { key: `doi:${doi}`, check: (ctx) => checkDoi(ctx, doi) };
}

/**
 * Checks each distinct URL once (fragments ignored) and maps every input string to its outcome.
 * Never rejects because of a URL; resolves before `deadlineMs`.
 */
export async function checkUrls(urls: string[], options?: CheckOptions): Promise<Map<string, UrlOutcome>> {
  return runJobs(urls, urlJob, options);
}

/** Checks DOIs through the handle API: responseCode 1 -> ok, 100 -> broken. */
export async function checkDois(dois: string[], options?: CheckOptions): Promise<Map<string, UrlOutcome>> {
  return runJobs(dois, doiJob, options);
}

/** Tags that keep URL and DOI inputs apart inside one run (a doi.org URL may be in both lists). */
const URL_TAG = 'url\u0000';
const DOI_TAG = 'doi\u0000';

function untag(results: Map<string, UrlOutcome>, tag: string): Map<string, UrlOutcome> {
  const picked = new Map<string, UrlOutcome>();
  for (const [input, outcome] of results) if (input.startsWith(tag)) picked.set(input.slice(tag.length), outcome);
  return picked;
}

/**
 * URLs and DOIs in one run: one deadline, one set of limits (global and per host), one cache
 * session, one progress count. Equivalent to checkUrls + checkDois otherwise.
 */
export async function checkUrlsAndDois(
  links: { urls: readonly string[]; dois: readonly string[] },
  options?: CheckOptions,
): Promise<{ urls: Map<string, UrlOutcome>; dois: Map<string, UrlOutcome> }> {
  const tagged = [...links.urls.map((url) => URL_TAG + url), ...links.dois.map((doi) => DOI_TAG + doi)];
  const results = await runJobs(
    tagged,
    (input) => (input.startsWith(URL_TAG) ? urlJob(input.slice(URL_TAG.length)) : doiJob(input.slice(DOI_TAG.length))),
    options,
  );
  return { urls: untag(results, URL_TAG), dois: untag(results, DOI_TAG) };
}

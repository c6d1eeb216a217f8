// DOI checks through the Handle System REST API (https://doi.org/api/handles/<doi>), which
// answers for the DOI itself without visiting the publisher's (often bot-hostile) site.
import type { RunContext } from './context.js';
import { followRedirects } from './redirects.js';
import type { UrlOutcome } from './types.js';

/** Handle API response codes (https://www.handle.net/proxy_servlet.html). */
const HANDLE_FOUND = 1;
const HANDLE_NOT_FOUND = 100;
const HANDLE_VALUES_NOT_FOUND = 200;

interface HandleResponse {
  responseCode?: unknown;
  values?: Array<{ type?: unknown; data?: { value?: unknown } }>;
}

/**
 * Normalises the usual ways of writing a DOI ("doi:10.1/x", "https://doi.org/10.1/x",
 * "https://dx.doi.org/10.1/x") to the bare lower-cased DOI (DOIs are case-insensitive), or
 * returns null when the text is not a DOI.
 */
export function normalizeDoi(input: string): string | null {
  let doi = input.trim();
  doi = doi.replace(/^doi:\s*/i, '');
  doi = doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  try {
    if (/%[0-9a-f]{2}/i.test(doi)) doi = decodeURIComponent(doi);
  } catch {
    // keep it as written
  }
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi.toLowerCase() : null;
}

/** Escapes each path segment (suffixes may contain <, >, #, ?, ;) but keeps the prefix/suffix slashes. */
function handleApiUrl(base: string, doi: string): URL {
  const root = base.endsWith('/') ? base : `${base}/`;
  return new URL(root + doi.split('/').map(encodeURIComponent).join('/'));
}

function resolverUrlOf(values: HandleResponse['values']): string | undefined {
  const entry = values?.find((value) => value.type === 'URL');
  return typeof entry?.data?.value === 'string' ? entry.data.value : undefined;
}

export async function checkDoi(ctx: RunContext, doi: string): Promise<UrlOutcome> {
  const apiUrl = handleApiUrl(ctx.options.doiResolverBase, doi);
  const result = await followRedirects(ctx, apiUrl, { firstMethod: 'GET', readBody: 'always' });
  if (result.type === 'outcome') return result.outcome;

  const { status, body } = result.final.response;
  const doiUrl = `https://doi.org/${doi}`;
  let parsed: HandleResponse;
  try {
    parsed = JSON.parse(body ?? '') as HandleResponse;
  } catch {
    const reason = status === 404 ? 'DOI resolver answered 404 without JSON' : 'DOI resolver answer is not JSON';
    return { kind: 'not-verified', reason: status >= 400 ? 'http-status' : 'other', detail: `${reason} (HTTP ${status})`, status };
  }

  switch (parsed.responseCode) {
    case HANDLE_FOUND:
      return { kind: 'ok', status, finalUrl: resolverUrlOf(parsed.values) ?? doiUrl };
    case HANDLE_NOT_FOUND:
      return { kind: 'broken', status, finalUrl: doiUrl };
    case HANDLE_VALUES_NOT_FOUND:
      return { kind: 'not-verified', reason: 'other', detail: `DOI ${doi} is registered but has no URL`, status };
    default:
      return {
        kind: 'not-verified',
        reason: status >= 400 ? 'http-status' : 'other',
        detail: `DOI resolver answered responseCode ${String(parsed.responseCode)} (HTTP ${status})`,
        status,
      };
  }
}

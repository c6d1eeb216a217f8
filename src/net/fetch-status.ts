// One hop of a link check: HEAD (falling back to GET), retries with backoff, Retry-After pauses,
// a per-request timeout and a hard cap on the bytes read from any body.
import { request } from 'undici';
import type { RunContext } from './context.js';
import { monotonicNow } from './host-pool.js';
import { backoffDelay, parseRetryAfter, sleep } from './retry.js';
import { DeadlineExceeded, type UnreachableReason, type UrlOutcome } from './types.js';

type Method = 'HEAD' | 'GET';
type Headers = Record<string, string | string[] | undefined>;

/** A response whose body (if requested) has been read up to the cap. */
export interface HopResponse {
  url: URL;
  method: Method;
  status: number;
  headers: Headers;
  /** Present only for GET requests that asked for the body; at most maxBodyBytes, decoded as UTF-8. */
  body?: string;
}

interface NetworkFailure {
  failure: UnreachableReason;
  detail: string;
}

export type HopResult = { type: 'response'; response: HopResponse } | { type: 'outcome'; outcome: UrlOutcome };

export interface HopOptions {
  /**
   * HEAD falls back to GET when the answer to HEAD is not conclusive. Default: HEAD, except GET on
   * hosts known to serve HTML when HTML bodies are wanted.
   */
  firstMethod?: Method;
  /** Which GET bodies to read (up to maxBodyBytes): all, only HTML ones, or none. */
  readBody: 'always' | 'html' | 'never';
}

const RETRYABLE_FAILURES: ReadonlySet<UnreachableReason> = new Set(['reset', 'timeout']);

export function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function isHtml(headers: Headers): boolean {
  const type = header(headers, 'content-type');
  // Servers that omit the type are frequently serving HTML.
  return type === undefined || /\b(text\/html|application\/xhtml\+xml)\b/i.test(type);
}

/** Success and redirects are trusted from HEAD; everything else is double-checked with GET. */
function headIsConclusive(status: number): boolean {
  return status >= 200 && status < 400;
}

/**
 * How long to leave the host alone if the response is a rate limit (429, or 503 with
 * Retry-After); undefined otherwise. Without Retry-After, back off exponentially.
 */
function rateLimitWait(ctx: RunContext, response: HopResponse, waitsSoFar: number): number | undefined {
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], ctx.options.now());
  const limited = response.status === 429 || (response.status === 503 && retryAfterMs !== undefined);
  if (!limited) return undefined;
  const { retryBaseMs, random } = ctx.options;
  return retryAfterMs ?? backoffDelay(waitsSoFar + 1, Math.max(retryBaseMs, 1000), random);
}

const NETWORK_CODES: ReadonlyArray<[UnreachableReason, (code: string) => boolean]> = [
  ['dns', (code) => /^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NODATA|EAI_NONAME|ENODATA|ESERVFAIL)$/.test(code)],
  ['refused', (code) => code === 'ECONNREFUSED'],
  ['reset', (code) => /^(ECONNRESET|EPIPE|ECONNABORTED|UND_ERR_SOCKET)$/.test(code)],
  ['timeout', (code) => /^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/.test(code)],
  ['tls', (code) => /^(ERR_TLS_|ERR_SSL_|CERT_|EPROTO$)|CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)],
];

/** Maps a network error (walking its `cause` chain) to an unreachable reason. */
export function classifyNetworkError(error: unknown): NetworkFailure {
  const codes: string[] = [];
  const messages: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof message === 'string' && message) messages.push(message);
    current = cause;
  }
  const detail = [codes[0], messages[0]].filter(Boolean).join(': ') || String(error);
  for (const [reason, matches] of NETWORK_CODES) {
    if (codes.some(matches)) return { failure: reason, detail };
  }
  return { failure: 'other', detail };
}

type BodyStream = AsyncIterable<Buffer> & {
  destroy(): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  dump(options: { limit: number }): Promise<unknown>;
};

const ignore = (): void => {};

/** Small unwanted bodies are drained so the connection can be reused; bigger ones are cut off. */
const DRAIN_LIMIT_BYTES = 8 * 1024;

/** Reads at most `limit` bytes of a body stream, then drops the rest (closing the connection). */
export async function readAtMost(body: BodyStream, limit: number): Promise<Buffer> {
  body.on('error', ignore); // cutting a body short surfaces as an "aborted" error nobody needs
  if (limit <= 0) {
    body.destroy();
    return Buffer.alloc(0);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    const kept = chunk.length > limit - length ? chunk.subarray(0, limit - length) : chunk;
    chunks.push(kept);
    length += kept.length;
    if (length >= limit) break; // leaving the loop destroys the stream
  }
  return Buffer.concat(chunks, length);
}

async function discardBody(body: BodyStream, maxBodyBytes: number): Promise<void> {
  body.on('error', ignore);
  const limit = Math.min(maxBodyBytes, DRAIN_LIMIT_BYTES);
  if (limit <= 0) body.destroy();
  else await body.dump({ limit }).catch(ignore);
}

/** Sends one request with its own timeout; the phase deadline aborts it too. */
async function sendOnce(
  ctx: RunContext,
  url: URL,
  method: Method,
  readBody: HopOptions['readBody'],
): Promise<HopResponse | NetworkFailure> {
  if (ctx.deadlineSignal.aborted) throw new DeadlineExceeded();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.options.timeoutMs);
  const onDeadline = () => controller.abort();
  ctx.deadlineSignal.addEventListener('abort', onDeadline, { once: true });
  try {
    const response = await request(url, {
      dispatcher: ctx.agent,
      method,
      signal: controller.signal,
      headers: {
        'user-agent': ctx.options.userAgent,
        accept: 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8',
      },
    });
    const wantsBody =
      method === 'GET' && (readBody === 'always' || (readBody === 'html' && isHtml(response.headers)));
    let body: string | undefined;
    if (wantsBody) body = (await readAtMost(response.body, ctx.options.maxBodyBytes)).toString('utf8');
    else await discardBody(response.body, ctx.options.maxBodyBytes);
    return { url, method, status: response.statusCode, headers: response.headers, body };
  } catch (error) {
    if (ctx.deadlineSignal.aborted) throw new DeadlineExceeded();
    if (timedOut) return { failure: 'timeout', detail: `no complete answer within ${ctx.options.timeoutMs} ms` };
    return classifyNetworkError(error);
  } finally {
    clearTimeout(timer);
    ctx.deadlineSignal.removeEventListener('abort', onDeadline);
  }
}

/**
 * Fetches one URL without following redirects. Resolves to the response to use, or to a final
 * outcome (unreachable, private address, rate-limited...). Throws only DeadlineExceeded /
 * RateLimitedPastDeadline, which the run turns into not-verified outcomes.
 */
export async function fetchHop(ctx: RunContext, url: URL, options: HopOptions): Promise<HopResult> {
  const guard = await Promise.race([ctx.resolver.check(url.hostname), ctx.deadlineReached]);
  if (!guard) throw new DeadlineExceeded();
  if (!guard.ok) return { type: 'outcome', outcome: guard.outcome };

  const { retries, retryBaseMs, random } = ctx.options;
  const maxRateLimitWaits = Math.max(1, retries + 1);
  const hostKey = url.host;
  // Decided when the first request actually goes out: by then an earlier URL may have shown the host serves HTML.
  let method: Method | undefined = options.firstMethod;
  const firstMethod = (): Method => (options.readBody === 'html' && ctx.htmlHosts.has(hostKey) ? 'GET' : 'HEAD');
  let retriesUsed = 0;
  let rateLimitWaits = 0;
  const backOff = () => sleep(backoffDelay(++retriesUsed, retryBaseMs, random), ctx.deadlineSignal);

  for (;;) {
    const { result, rateLimitWaitMs } = await ctx.scheduler.run(hostKey, async () => {
      method ??= firstMethod();
      const sent = await sendOnce(ctx, url, method, options.readBody);
      const waitMs = 'failure' in sent ? undefined : rateLimitWait(ctx, sent, rateLimitWaits);
      // Pause the host while this request still holds its slot, so no queued request slips through.
      if (waitMs !== undefined) ctx.scheduler.pause(hostKey, monotonicNow() + waitMs);
      return { result: sent, rateLimitWaitMs: waitMs };
    });

    if ('failure' in result) {
      if (RETRYABLE_FAILURES.has(result.failure) && retriesUsed < retries) {
        method = 'GET'; // some firewalls drop or reset HEAD only, so the retry asks the ordinary way
        await backOff();
        continue;
      }
      return { type: 'outcome', outcome: { kind: 'unreachable', reason: result.failure, detail: result.detail } };
    }

    const { status, headers } = result;
    if (rateLimitWaitMs !== undefined) {
      const pausedPastDeadline = monotonicNow() + rateLimitWaitMs >= ctx.deadlineAt;
      if (rateLimitWaits >= maxRateLimitWaits || pausedPastDeadline) {
        return {
          type: 'outcome',
          outcome: { kind: 'not-verified', reason: 'rate-limited', detail: `HTTP ${status}, asked to wait ${rateLimitWaitMs} ms`, status },
        };
      }
      rateLimitWaits++;
      continue; // the scheduler holds the next attempt until the pause is over
    }

    if (method === 'HEAD' && !headIsConclusive(status)) {
      method = 'GET'; // many servers refuse or mishandle HEAD; GET has the last word
      continue;
    }
    if (status >= 500 && retriesUsed < retries) {
      await backOff();
      continue;
    }
    if (method === 'HEAD' && status === 200 && options.readBody !== 'never' && isHtml(headers)) {
      method = 'GET'; // the soft-404 check needs to see the page itself
      ctx.htmlHosts.add(hostKey);
      continue;
    }
    return { type: 'response', response: result };
  }
}

// Backoff, Retry-After parsing and abortable sleeping.
import { DeadlineExceeded } from './types.js';

/** Longest single backoff, whatever the attempt number. */
const MAX_BACKOFF_MS = 30_000;

/**
 * Exponential backoff with "equal jitter": half of the exponential step is fixed, the other half
 * random, so retries of many URLs against one recovering server do not arrive in lockstep.
 * `attempt` starts at 1 for the first retry.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  const step = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  const jitter = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * jitter);
}

/**
 * Parses a Retry-After header: delta-seconds or an HTTP date. Returns the wait in ms (never
 * negative), or undefined when the header is absent or unparseable.
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const header = Array.isArray(value) ? value[0] : value;
  if (header === undefined) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Sleeps `ms`, rejecting with DeadlineExceeded as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new DeadlineExceeded());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DeadlineExceeded());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export { seededRandom } from '../util/random.js';

// Public types and option defaults of the live link checker.

export type UnreachableReason = 'dns' | 'refused' | 'tls' | 'timeout' | 'reset' | 'other';

export type NotVerifiedReason =
  | 'offline'
  | 'private-address'
  | 'rate-limited'
  | 'deadline'
  | 'too-many-redirects'
  | 'unsupported-scheme'
  /** The server answered with a status that proves neither "ok" nor "broken" (401, 403, persistent 5xx, ...). */
  | 'http-status'
  /** The input is not a parseable http(s) URL / DOI. */
  | 'invalid-input'
  | 'other';

export type UrlOutcome =
  | { kind: 'ok'; status: number; finalUrl: string }
  /** 404/410 (confirmed with GET), or a soft-404 page. */
  | { kind: 'broken'; status: number; finalUrl: string; soft404?: boolean }
  | { kind: 'unreachable'; reason: UnreachableReason; detail: string }
  /**
   * The chain starts with permanent redirect(s) (301/308) and ends OK.
   * `finalUrl` is where the link should now point: the target of the leading run of permanent hops
   * (a later temporary hop, e.g. to a login page, is not a place to cite).
   * `chain` lists every URL visited, starting with the checked URL and ending with the last one fetched.
   */
  | { kind: 'redirected'; status: number; finalUrl: string; chain: string[] }
  | { kind: 'not-verified'; reason: NotVerifiedReason; detail: string; status?: number };

export type OutcomeKind = UrlOutcome['kind'];

export interface CheckOptions {
  /** Global number of requests in flight. Default 16. */
  concurrency?: number;
  /** Requests in flight per host (hostname:port). Default 2. */
  perHost?: number;
  /** Per request (connect + headers + capped body). Default 15000. */
  timeoutMs?: number;
  /** Whole phase. Past it, remaining URLs become not-verified/deadline. Default 120000. */
  deadlineMs?: number;
  /** Retries on 5xx, connection reset and timeout. Default 2. */
  retries?: number;
  /** Base of the exponential backoff between retries. Default 500. */
  retryBaseMs?: number;
  /** Source of jitter (and nothing else); inject a seeded one for reproducible tests. Default Math.random. */
  random?: () => number;
  /** Default 10. */
  maxRedirects?: number;
  /** Cap on bytes read from any response body. Default 64 KiB. */
  maxBodyBytes?: number;
  /**
   * Default false: no request to loopback/private/link-local/unique-local/CGNAT/multicast/unspecified
   * addresses, checked after DNS resolution and on every redirect hop.
   */
  allowPrivateNetwork?: boolean;
  /** Exact IP addresses exempt from the private-address guard (e.g. a trusted intranet mirror). */
  allowAddresses?: string[];
  /** Directory of the SQLite cache. Default '.citecheck-cache'; null = no cache. */
  cacheDir?: string | null;
  userAgent?: string;
  /** DNS injection point. Default: node:dns lookup (all addresses). */
  resolve?: (host: string) => Promise<string[]>;
  /** Default 'https://doi.org/api/handles/'. */
  doiResolverBase?: string;
  /**
   * Detect soft-404 pages. Costs a GET (body capped at maxBodyBytes) for HTML pages answering 200;
   * a host that has served HTML gets GET instead of HEAD for its later URLs. Default true.
   */
  soft404?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Warnings that do not stop the run (e.g. cache unusable). Default console.warn. */
  warn?: (message: string) => void;
  /** Wall clock for cache expiry and Retry-After dates. Default Date.now. */
  now?: () => number;
}

export type ResolvedOptions = Required<Omit<CheckOptions, 'onProgress' | 'cacheDir'>> & {
  cacheDir: string | null;
  onProgress: CheckOptions['onProgress'];
};

export const DEFAULT_USER_AGENT = 'citecheck/0.1 (link checker for scholarly manuscripts)';

/** setTimeout treats longer delays as 1 ms, so durations are clamped to this. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  const positive = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_TIMER_MS) : fallback;
  const nonNegative = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
  return {
    concurrency: Math.floor(positive(options.concurrency, 16)),
    perHost: Math.floor(positive(options.perHost, 2)),
    timeoutMs: positive(options.timeoutMs, 15_000),
    deadlineMs: positive(options.deadlineMs, 120_000),
    retries: Math.floor(nonNegative(options.retries, 2)),
    retryBaseMs: nonNegative(options.retryBaseMs, 500),
    random: options.random ?? Math.random,
    maxRedirects: Math.floor(nonNegative(options.maxRedirects, 10)),
    maxBodyBytes: Math.floor(nonNegative(options.maxBodyBytes, 64 * 1024)),
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
    allowAddresses: options.allowAddresses ?? [],
    cacheDir: options.cacheDir === undefined ? '.citecheck-cache' : options.cacheDir,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    resolve: options.resolve ?? defaultResolve,
    doiResolverBase: options.doiResolverBase ?? 'https://doi.org/api/handles/',
    soft404: options.soft404 ?? true,
    onProgress: options.onProgress,
    warn: options.warn ?? ((message: string) => console.warn(`citecheck: ${message}`)),
    now: options.now ?? Date.now,
  };
}

async function defaultResolve(host: string): Promise<string[]> {
  const { lookup } = await import('node:dns/promises');
  const records = await lookup(host, { all: true, verbatim: true });
  return records.map((record) => record.address);
}

/** Thrown inside a run when the phase deadline passes; turned into not-verified/deadline. */
export class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
    this.name = 'DeadlineExceeded';
  }
}

/** Thrown when a host stays rate-limited past the deadline; turned into not-verified/rate-limited. */
export class RateLimitedPastDeadline extends Error {
  constructor(host: string) {
    super(`${host} asked to wait past the deadline`);
    this.name = 'RateLimitedPastDeadline';
  }
}

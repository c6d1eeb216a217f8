// One checking phase: de-duplicate inputs, answer from the cache where possible, run the rest
// under the limits, and resolve no later than the deadline whatever the servers do.
import { OutcomeCache } from './cache.js';
import { createRunContext, type RunContext } from './context.js';
import { monotonicNow } from './host-pool.js';
import { looksOffline } from './offline.js';
import { DeadlineExceeded, RateLimitedPastDeadline, resolveOptions, type CheckOptions, type UrlOutcome } from './types.js';

/**
 * What to do for one input. `key` is the cache and de-duplication key (inputs with the same key
 * are checked once); `immediate` judges an input without any request (malformed, unsupported scheme).
 */
export type CheckJob =
  | { key: string; immediate: UrlOutcome }
  | { key: string; check: (ctx: RunContext) => Promise<UrlOutcome> };

type NetworkJob = Extract<CheckJob, { check: unknown }>;

const DEADLINE_OUTCOME: UrlOutcome = {
  kind: 'not-verified',
  reason: 'deadline',
  detail: 'the link-checking phase ran out of time',
};

/** Never lets one URL's failure escape: every error becomes an outcome. */
async function settle(work: Promise<UrlOutcome>): Promise<UrlOutcome> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DeadlineExceeded) return DEADLINE_OUTCOME;
    if (error instanceof RateLimitedPastDeadline) {
      return { kind: 'not-verified', reason: 'rate-limited', detail: error.message };
    }
    return { kind: 'not-verified', reason: 'other', detail: `internal error: ${(error as Error)?.message ?? String(error)}` };
  }
}

/** Outcomes worth persisting: DNS failures of an apparently offline run say nothing about the links. */
function cacheable(fresh: Map<string, UrlOutcome>): Map<string, UrlOutcome> {
  if (!looksOffline(fresh)) return fresh;
  return new Map([...fresh].filter(([, outcome]) => !(outcome.kind === 'unreachable' && outcome.reason === 'dns')));
}

export async function runJobs(
  inputs: readonly string[],
  toJob: (input: string) => CheckJob,
  checkOptions: CheckOptions | undefined,
): Promise<Map<string, UrlOutcome>> {
  const startedAt = monotonicNow();
  const options = resolveOptions(checkOptions);

  const keyOfInput = new Map<string, string>();
  const jobs = new Map<string, CheckJob>();
  for (const input of inputs) {
    if (keyOfInput.has(input)) continue;
    const job = toJob(input);
    keyOfInput.set(input, job.key);
    if (!jobs.has(job.key)) jobs.set(job.key, job);
  }

  const outcomes = new Map<string, UrlOutcome>();
  let done = 0;
  const record = (key: string, outcome: UrlOutcome) => {
    outcomes.set(key, outcome);
    done++;
    try {
      options.onProgress?.(done, jobs.size);
    } catch {
      // a failing progress display must not lose the results
    }
  };

  const cache = options.cacheDir === null || jobs.size === 0 ? null : OutcomeCache.open(options.cacheDir, options.warn);
  const pending: NetworkJob[] = [];
  for (const job of jobs.values()) {
    if ('immediate' in job) {
      record(job.key, job.immediate);
      continue;
    }
    const cached = cache?.get(job.key, options.now());
    if (cached) record(job.key, cached);
    else pending.push(job);
  }

  const fresh = new Map<string, UrlOutcome>();
  if (pending.length > 0) {
    const ctx = createRunContext(options, startedAt);
    let phaseOver = false; // results arriving after the deadline are dropped
    try {
      const tasks = pending.map(async (job) => {
        const outcome = await settle(job.check(ctx));
        if (phaseOver) return;
        fresh.set(job.key, outcome);
        record(job.key, outcome);
      });
      await Promise.race([Promise.all(tasks), ctx.deadlineReached]);
    } finally {
      phaseOver = true;
      await ctx.dispose();
    }
    for (const job of pending) if (!outcomes.has(job.key)) record(job.key, DEADLINE_OUTCOME);
  }

  if (cache) {
    cache.putMany(cacheable(fresh), options.now());
    cache.close();
  }

  const results = new Map<string, UrlOutcome>();
  for (const [input, key] of keyOfInput) results.set(input, outcomes.get(key) ?? DEADLINE_OUTCOME);
  return results;
}

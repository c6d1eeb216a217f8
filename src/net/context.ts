// Everything one checking run shares: options, the HTTP agent, the scheduler, the DNS guard
// and the phase deadline.
import { setMaxListeners } from 'node:events';
import { Agent } from 'undici';
import { HostScheduler, monotonicNow } from './host-pool.js';
import type { PageSignature } from './soft404.js';
import { PinnedResolver } from './ssrf-guard.js';
import type { ResolvedOptions } from './types.js';

export interface RunContext {
  readonly options: ResolvedOptions;
  readonly agent: Agent;
  readonly scheduler: HostScheduler;
  readonly resolver: PinnedResolver;
  /** Aborts when the phase deadline passes. */
  readonly deadlineSignal: AbortSignal;
  /** Monotonic time (performance.now) of the deadline. */
  readonly deadlineAt: number;
  /**
   * Hosts whose pages turned out to be HTML (when the soft-404 check needs page bodies): their
   * next URLs start with GET, since a HEAD would be followed by a GET anyway.
   */
  readonly htmlHosts: Set<string>;
  /** Soft-404 probe of each origin (its page for a random path, or null), made once per run. */
  readonly soft404Probes: Map<string, Promise<PageSignature | null>>;
  /** Resolves when the deadline passes; never rejects. */
  readonly deadlineReached: Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Time kept back from the caller's deadline for wrapping up (aborting sockets, writing the cache),
 * so that the whole call resolves before `deadlineMs`.
 */
function wrapUpMargin(deadlineMs: number): number {
  return Math.min(250, deadlineMs / 10);
}

export function createRunContext(options: ResolvedOptions, startedAt: number): RunContext {
  const deadlineAt = startedAt + options.deadlineMs - wrapUpMargin(options.deadlineMs);
  const deadline = new AbortController();
  setMaxListeners(0, deadline.signal); // one listener per request in flight is expected, not a leak
  let markReached: () => void = () => {};
  const deadlineReached = new Promise<void>((resolve) => (markReached = resolve));
  const timer = setTimeout(
    () => {
      deadline.abort();
      markReached();
    },
    Math.max(0, deadlineAt - monotonicNow()),
  );

  const resolver = new PinnedResolver(options);
  const agent = new Agent({
    connect: { lookup: resolver.lookup, timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
  });
  const scheduler = new HostScheduler({
    concurrency: options.concurrency,
    perHost: options.perHost,
    deadlineAt,
    signal: deadline.signal,
  });

  return {
    options,
    agent,
    scheduler,
    resolver,
    deadlineSignal: deadline.signal,
    deadlineAt,
    htmlHosts: new Set(),
    soft404Probes: new Map(),
    deadlineReached,
    async dispose() {
      clearTimeout(timer);
      if (!deadline.signal.aborted) deadline.abort(); // wakes any straggler still sleeping
      markReached();
      // destroy (not close): never wait for a hanging server to finish a response; and do not
      // let even that hold up the caller for long.
      const destroyed = agent.destroy().catch(() => undefined);
      await Promise.race([destroyed, new Promise((resolve) => setTimeout(resolve, 100).unref())]);
    },
  };
}

// Request scheduling: a global concurrency limit, a per-host limit, and per-host pauses
// (Retry-After) that hold back only the paused host.
import pLimit, { type LimitFunction } from 'p-limit';
import { sleep } from './retry.js';
import { RateLimitedPastDeadline } from './types.js';

interface HostState {
  limit: LimitFunction;
  /** Monotonic time (performance.now) before which no request may start on this host. */
  pausedUntil: number;
}

export interface SchedulerOptions {
  concurrency: number;
  perHost: number;
  /** Monotonic time after which waiting makes no sense. */
  deadlineAt: number;
  signal: AbortSignal;
}

export const monotonicNow = (): number => performance.now();

export class HostScheduler {
  private readonly global: LimitFunction;
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly options: SchedulerOptions) {
    this.global = pLimit(options.concurrency);
  }

  private host(key: string): HostState {
    let state = this.hosts.get(key);
    if (!state) {
      state = { limit: pLimit(this.options.perHost), pausedUntil: 0 };
      this.hosts.set(key, state);
    }
    return state;
  }

  /**
   * Runs one request. The host slot is taken first and the global slot last, so a request
   * waiting for its (busy or paused) host never sits on a global slot other hosts could use.
   */
  run<T>(hostKey: string, request: () => Promise<T>): Promise<T> {
    const state = this.host(hostKey);
    return state.limit(async () => {
      await this.waitWhilePaused(hostKey, state);
      return this.global(request);
    });
  }

  /** Holds back new requests to `hostKey` until `until` (monotonic ms); pauses only ever extend. */
  pause(hostKey: string, until: number): void {
    const state = this.host(hostKey);
    state.pausedUntil = Math.max(state.pausedUntil, until);
  }

  private async waitWhilePaused(hostKey: string, state: HostState): Promise<void> {
    // Loop: the pause may be extended by another request while we sleep.
    for (let now = monotonicNow(); state.pausedUntil > now; now = monotonicNow()) {
      if (state.pausedUntil >= this.options.deadlineAt) throw new RateLimitedPastDeadline(hostKey);
      await sleep(state.pausedUntil - now, this.options.signal);
    }
  }
}

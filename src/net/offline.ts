// "Is the machine simply offline?" When every host failed DNS, the failures say nothing about
// the links, so they must not be reported (or cached) as unreachable.
import type { NotVerifiedReason, UrlOutcome } from './types.js';

/** Outcomes decided without touching the network; they neither prove nor disprove connectivity. */
const NO_NETWORK_INVOLVED: ReadonlySet<NotVerifiedReason> = new Set([
  'unsupported-scheme',
  'invalid-input',
  'private-address',
  'deadline',
  'offline',
]);

function outcomesOf(results: Map<string, UrlOutcome> | Iterable<UrlOutcome>): UrlOutcome[] {
  return results instanceof Map ? [...results.values()] : [...results];
}

const isDnsFailure = (outcome: UrlOutcome): boolean => outcome.kind === 'unreachable' && outcome.reason === 'dns';

/**
 * True when at least one lookup was attempted and every outcome that involved the network is a
 * DNS failure — the signature of a machine without network rather than of dead links.
 */
export function looksOffline(results: Map<string, UrlOutcome> | Iterable<UrlOutcome>): boolean {
  const networked = outcomesOf(results).filter(
    (outcome) => !(outcome.kind === 'not-verified' && NO_NETWORK_INVOLVED.has(outcome.reason)),
  );
  return networked.length > 0 && networked.every(isDnsFailure);
}

/** Copy of `results` with DNS failures turned into not-verified/offline (for when looksOffline). */
export function markOffline(results: Map<string, UrlOutcome>): Map<string, UrlOutcome> {
  const marked = new Map<string, UrlOutcome>();
  for (const [key, outcome] of results) {
    marked.set(
      key,
      isDnsFailure(outcome) && outcome.kind === 'unreachable'
        ? { kind: 'not-verified', reason: 'offline', detail: `no network (${outcome.detail})` }
        : outcome,
    );
  }
  return marked;
}

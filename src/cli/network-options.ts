/**
 * The link-checking flags (--concurrency, --per-host, --timeout, --deadline, --cache, --no-cache,
 * --allow-private-network, --doi-resolver): their parseArgs declarations, their zod validation, their help text,
 * and the options they become for the URL phase.
 */
import { z } from 'zod';
import type { LinkPhaseOptions } from '../pipeline/url-phase.js';
import { progressLine } from './progress.js';

export const NETWORK_DEFAULTS = { concurrency: 16, perHost: 2, timeoutMs: 15_000, deadlineMs: 120_000, cacheDir: '.citecheck-cache' } as const;

/** Declarations to spread into parseArgs' options. */
export const NETWORK_ARGS = {
  concurrency: { type: 'string' },
  'per-host': { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  'allow-private-network': { type: 'boolean', default: false },
  'doi-resolver': { type: 'string' },
} as const;

export const NETWORK_USAGE = `  --concurrency N    URL checks in flight at once (default: ${NETWORK_DEFAULTS.concurrency})
  --per-host N       URL checks in flight per host (default: ${NETWORK_DEFAULTS.perHost})
  --timeout MS       time limit per request in milliseconds (default: ${NETWORK_DEFAULTS.timeoutMs})
  --deadline MS      time limit for the whole URL phase; what is left is "not verified"
                     (default: ${NETWORK_DEFAULTS.deadlineMs})
  --cache DIR        where URL results are kept between runs (default: ${NETWORK_DEFAULTS.cacheDir}/)
  --no-cache         neither read nor write the URL cache
  --allow-private-network
                     also check URLs on loopback, private and link-local addresses
  --doi-resolver URL DOI handle API to ask (default: https://doi.org/api/handles/)`;

/** A whole number within [min, max], from the flag's text; messages name the flag. */
function wholeNumber(flag: string, min: number, max: number) {
  const problem = `${flag}: expected a whole number from ${min} to ${max}`;
  return z
    .string({ error: `${flag} needs a value` })
    .regex(/^\s*\d+\s*$/, { error: (issue) => `${problem}, got "${String(issue.input)}"` })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: (issue) => `${problem}, got ${String(issue.input)}` }).max(max, { error: (issue) => `${problem}, got ${String(issue.input)}` }));
}

export const NetworkFlags = z
  .object({
    concurrency: wholeNumber('--concurrency', 1, 1024).optional(),
    perHost: wholeNumber('--per-host', 1, 256).optional(),
    timeoutMs: wholeNumber('--timeout', 1, 3_600_000).optional(),
    deadlineMs: wholeNumber('--deadline', 1, 86_400_000).optional(),
    cacheDir: z.string().trim().min(1, { error: '--cache needs a folder' }).optional(),
    noCache: z.boolean(),
    allowPrivateNetwork: z.boolean(),
    doiResolver: z.url({ protocol: /^https?$/, error: (issue) => `--doi-resolver: expected an http(s) URL, got "${String(issue.input)}"` }).optional(),
  })
  .refine((flags) => !(flags.noCache && flags.cacheDir !== undefined), { error: '--cache and --no-cache cannot be used together' });

export type NetworkFlags = z.infer<typeof NetworkFlags>;

/** parseArgs values → the object NetworkFlags validates. */
export function networkFlagsInput(values: Record<string, string | boolean | (string | boolean)[] | undefined>): Record<string, unknown> {
  return {
    concurrency: values['concurrency'],
    perHost: values['per-host'],
    timeoutMs: values['timeout'],
    deadlineMs: values['deadline'],
    cacheDir: values['cache'],
    noCache: values['no-cache'] ?? false,
    allowPrivateNetwork: values['allow-private-network'] ?? false,
    doiResolver: values['doi-resolver'],
  };
}

export interface ProgressIo {
  stderr: (text: string) => void;
  /** Standard error is a terminal: only then is a progress line drawn. */
  stderrIsTty?: boolean;
}

/** What the URL phase gets from the command line; `finish` clears the progress line. */
export function linkPhaseOptions(offline: boolean, flags: NetworkFlags, io: ProgressIo): { phase: LinkPhaseOptions; finish: () => void } {
  if (offline) return { phase: { offline: true }, finish: () => {} };
  const progress = io.stderrIsTty ? progressLine(io.stderr, 'Checking links') : undefined;
  const phase: LinkPhaseOptions = {
    offline: false,
    check: {
      concurrency: flags.concurrency ?? NETWORK_DEFAULTS.concurrency,
      perHost: flags.perHost ?? NETWORK_DEFAULTS.perHost,
      timeoutMs: flags.timeoutMs ?? NETWORK_DEFAULTS.timeoutMs,
      deadlineMs: flags.deadlineMs ?? NETWORK_DEFAULTS.deadlineMs,
      cacheDir: flags.noCache ? null : flags.cacheDir ?? NETWORK_DEFAULTS.cacheDir,
      allowPrivateNetwork: flags.allowPrivateNetwork,
      ...(flags.doiResolver ? { doiResolverBase: flags.doiResolver } : {}),
      warn: (message) => {
        progress?.clear();
        io.stderr(`citecheck: ${message}\n`);
      },
      ...(progress ? { onProgress: progress.update } : {}),
    },
  };
  return { phase, finish: () => progress?.clear() };
}

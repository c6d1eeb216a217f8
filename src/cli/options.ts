/** Command-line options, parsed with node:util parseArgs and validated with zod. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../config/errors.js';
import { NETWORK_ARGS, NETWORK_USAGE, NetworkFlags, networkFlagsInput } from './network-options.js';

export const REPORT_FORMATS = ['json', 'md', 'html', 'sarif', 'github'] as const;

const AuditOptions = z.object({
  paths: z.array(z.string()),
  out: z.string().min(1),
  formats: z.array(z.enum(REPORT_FORMATS, { error: (issue) => `--format: unknown format "${String(issue.input)}" (expected ${REPORT_FORMATS.join(', ')})` })),
  offline: z.boolean(),
  /** Link checking: limits, time-outs, cache, private network (src/cli/network-options.ts). */
  network: NetworkFlags,
  failOn: z.enum(['error', 'warning', 'never'], { error: (issue) => `--fail-on: expected error, warning or never, got "${String(issue.input)}"` }),
  config: z.string().optional(),
  rules: z.string().optional(),
  quiet: z.boolean(),
  /** A previous report.json: only findings not in it are reported. */
  baseline: z.string().min(1, '--baseline needs a PATH').optional(),
  /** All given files are the chapters of one manuscript. */
  manuscript: z.boolean(),
});

export type AuditOptions = z.infer<typeof AuditOptions>;

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'audit'; options: AuditOptions }
  | { kind: 'extract'; options: AuditOptions }
  | { kind: 'parse-references'; file: string; rules?: string };

export const USAGE = `Usage:
  citecheck [paths...] [--out DIR] [--format json,md,html,sarif,github] [--offline] [--fail-on error|warning|never] [--baseline report.json] [--manuscript]
  citecheck extract [paths...] --out DIR
  citecheck parse-references FILE|-

Audits manuscripts (.md, .txt, .html) for footnote, citation, reference, date, URL and
consistency problems. With no paths, input/ is audited; with no --out, output/ is used.

Options:
  --out DIR          where report files are written (default: output)
  --format LIST      report files to write, comma-separated: json, md, html, sarif (json is always
                     written); github prints GitHub Actions annotations to standard output
  --baseline FILE    a previous report.json: report only findings that are not in it
  --manuscript       read all given files, in the order given, as the chapters of one manuscript
  --offline          make no network request at all
${NETWORK_USAGE}
  --fail-on LEVEL    exit 1 when a finding reaches LEVEL: error (default), warning, never
  --config FILE      configuration file (default: rules/config.yaml)
  --rules DIR        rules folder with lang/ word lists (default: ./rules, else the bundled one)
  --quiet            print only the summary line
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 no finding at the --fail-on level, 1 some finding at that level,
2 usage or configuration error (bad option, missing path, unreadable file).`;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f', multiple: true },
        offline: { type: 'boolean', default: false },
        ...NETWORK_ARGS,
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        rules: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        baseline: { type: 'string' },
        manuscript: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nRun "citecheck --help" for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [first, ...rest] = positionals;
  if (first === 'parse-references') {
    if (rest.length !== 1) throw new UsageError('parse-references takes one FILE (one reference per line), or - for standard input');
    return { kind: 'parse-references', file: rest[0]!, rules: values.rules };
  }
  const isExtract = first === 'extract';
  const paths = isExtract ? rest : positionals;
  if (isExtract && !values.out) throw new UsageError('extract needs --out DIR');
  const formats = (values.format ?? []).flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean);
  const result = AuditOptions.safeParse({
    paths: paths.length > 0 ? paths : ['input'],
    out: values.out ?? 'output',
    formats: [...new Set(['json', ...formats])],
    offline: values.offline,
    network: networkFlagsInput(values),
    failOn: values['fail-on'] ?? 'error',
    config: values.config,
    rules: values.rules,
    quiet: values.quiet,
    baseline: values.baseline,
    manuscript: values.manuscript,
  });
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join('\n'));
  return { kind: isExtract ? 'extract' : 'audit', options: result.data };
}

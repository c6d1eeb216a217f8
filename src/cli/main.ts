/** The citecheck command: parse options, run, write reports, print a summary, exit 0/1/2. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../config/errors.js';
import { runAudit, type RunResult } from '../pipeline/run.js';
import { FILE_RENDERERS, isFileFormat } from '../reporters/index.js';
import { renderGithub } from '../reporters/github.js';
import { renderTerminal } from '../reporters/terminal.js';
import { VERSION } from '../version.js';
import { parseCommand, USAGE, type AuditOptions } from './options.js';
import { linkPhaseOptions } from './network-options.js';
import { runParseReferences } from './parse-references.js';
import { runExtract } from './extract.js';
import type { Report } from '../report/report.js';

const BUNDLED_RULES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

/** ./rules when the working folder has one (a project's own word lists), else the bundled rules. */
export function resolveRulesDir(explicit?: string): string {
  if (explicit) return explicit;
  return existsSync(join('rules', 'lang')) ? 'rules' : BUNDLED_RULES;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  /** Standard error is a terminal: a progress line is drawn there while URLs are checked. */
  stderrIsTty?: boolean;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
  stderrIsTty: Boolean(process.stderr.isTTY),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE + '\n');
        return 0;
      case 'version':
        io.stdout(`citecheck ${VERSION}\n`);
        return 0;
      case 'parse-references':
        return await runParseReferences(command.file, resolveRulesDir(command.rules), io);
      case 'extract':
        return runExtract(command.options, resolveRulesDir(command.options.rules), io);
      case 'audit':
        return await audit(command.options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`citecheck: ${error.message}\n`);
      return 2;
    }
    io.stderr(`citecheck: internal error: ${(error as Error).message}\n`);
    return 2;
  }
}

async function audit(options: AuditOptions, io: Io): Promise<number> {
  const links = linkPhaseOptions(options.offline, options.network, io);
  const result = await runAudit({ paths: options.paths, rulesDir: resolveRulesDir(options.rules), configPath: options.config, baseline: options.baseline, links: links.phase, manuscript: options.manuscript }).finally(links.finish);
  if (result.links.mode === 'no-network') io.stderr('citecheck: no network (no server could be reached): URLs are reported as not verified\n');
  writeReports(result, options);
  if (options.formats.includes('github')) io.stdout(renderGithub(result.report));
  for (const skip of result.skipped) io.stderr(`citecheck: skipped ${skip.path}: ${skip.reason}\n`);
  for (const failure of result.failures) io.stderr(`citecheck: a check failed and was skipped: ${failure}\n`);
  const summary = renderTerminal(result.report, { color: io.isTty, limit: options.quiet ? 0 : 10 });
  io.stdout((options.quiet ? summary.split('\n').at(-1)! : summary) + '\n');
  const code = exitCode(result.report, options.failOn, result.skipped.some((s) => s.usage));
  io.stdout(`Reports in ${options.out}/ (${options.formats.filter(isFileFormat).map((f) => `report.${f}`).join(', ')}). ${exitReason(options.failOn, code)}\n`);
  return code;
}

function writeReports(result: RunResult, options: AuditOptions): void {
  try {
    mkdirSync(options.out, { recursive: true });
    for (const format of options.formats.filter(isFileFormat)) {
      writeFileSync(join(options.out, `report.${format}`), FILE_RENDERERS[format](result));
    }
  } catch (error) {
    throw new UsageError(`cannot write reports to ${resolve(options.out)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function exitCode(report: Report, failOn: AuditOptions['failOn'], usageProblem: boolean): number {
  if (usageProblem) return 2;
  if (failOn === 'never') return 0;
  const failing = failOn === 'warning' ? report.summary.error + report.summary.warning : report.summary.error;
  return failing > 0 ? 1 : 0;
}

function exitReason(failOn: AuditOptions['failOn'], code: number): string {
  if (code === 2) return 'Exit code 2: some paths could not be read (see above).';
  if (code === 1) return `Exit code 1: findings at or above "${failOn}".`;
  return failOn === 'never' ? 'Exit code 0 (--fail-on never).' : `Exit code 0: no finding at or above "${failOn}".`;
}

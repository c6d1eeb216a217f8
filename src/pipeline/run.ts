/**
 * One audit: config and word lists → files → readers → document models → checks → findings.
 * Nothing here prints or writes; the CLI does that with the result.
 */
import { ALL_CHECKS } from '../checks/index.js';
import type { Check } from '../checks/types.js';
import { loadConfig, type Config } from '../config/config.js';
import { compareFindings, dedupeFindings, summarize, type Finding } from '../findings/finalize.js';
import { collectFiles, globMatcher, type SkippedPath } from '../input/collect.js';
import { readSource } from '../input/read-source.js';
import { loadLexicons, type Lexicons } from '../lang/load.js';
import type { DocModel } from '../model/types.js';
import { DOCUMENT_EXTENSIONS, readerFor } from '../readers/index.js';
import { generatedAt, summarizeDocument, type Report } from '../report/report.js';
import { buildDocument } from './build-document.js';
import { runChecks } from './engine.js';
import { parseReferenceText } from './parse-reference.js';
import { VERSION } from '../version.js';

export interface RunOptions {
  paths: string[];
  rulesDir: string;
  configPath?: string;
  /** YYYY-MM-DD; defaults to the real date. */
  today?: string;
  checks?: readonly Check[];
}

export interface RunResult {
  report: Report;
  docs: DocModel[];
  skipped: SkippedPath[];
  failures: string[];
}

export interface Setup {
  config: Config;
  lexicons: Lexicons;
}

export function loadSetup(rulesDir: string, configPath?: string): Setup {
  return { config: loadConfig(rulesDir, configPath), lexicons: loadLexicons(rulesDir) };
}

export function loadDocuments(paths: string[], setup: Setup): { docs: DocModel[]; skipped: SkippedPath[]; roots: Map<string, string> } {
  const { files, skipped } = collectFiles(paths, DOCUMENT_EXTENSIONS, globMatcher(setup.config.ignore));
  const docs: DocModel[] = [];
  const roots = new Map<string, string>();
  const env = { lexicons: setup.lexicons, defaultLanguage: setup.config.defaultLanguage, parseReference: (raw: string) => parseReferenceText(raw, setup.lexicons) };
  for (const file of files) {
    const outcome = readSource(file.path, setup.config.maxFileBytes);
    if (!outcome.ok) {
      skipped.push({ path: file.path, reason: outcome.reason, usage: !/empty/.test(outcome.reason) });
      continue;
    }
    try {
      const source = outcome.source;
      docs.push(buildDocument(source, readerFor(source).read(source), env));
      roots.set(file.path, file.root);
    } catch (error) {
      skipped.push({ path: file.path, reason: `could not be read: ${(error as Error).message}`, usage: false });
    }
  }
  return { docs, skipped, roots };
}

function skippedFinding(skip: SkippedPath): Finding {
  return {
    ruleId: 'input/skipped',
    severity: 'info',
    file: skip.path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: `Not audited: ${skip.reason}.`,
    excerpt: '',
  };
}

export function runAudit(options: RunOptions): RunResult {
  const setup = loadSetup(options.rulesDir, options.configPath);
  const { docs, skipped } = loadDocuments(options.paths, setup);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { findings, failures } = runChecks(options.checks ?? ALL_CHECKS, docs, setup.config, setup.lexicons, today);
  const all = dedupeFindings([...findings, ...skipped.map(skippedFinding)]).sort(compareFindings);
  const report: Report = {
    tool: { name: 'citecheck', version: VERSION },
    generatedAt: generatedAt(),
    documents: docs.map(summarizeDocument),
    findings: all,
    summary: summarize(all),
  };
  return { report, docs, skipped, failures };
}

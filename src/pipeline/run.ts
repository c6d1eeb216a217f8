/**
 * One audit: config and word lists → files → readers → document models → checks → findings.
 * Nothing here prints or writes; the CLI does that with the result.
 */
import { extname } from 'node:path';
import { ALL_CHECKS } from '../checks/index.js';
import { createCompanionLoader, diskCompanionFs } from '../companions/load.js';
import type { Check } from '../checks/types.js';
import { loadConfig, type Config } from '../config/config.js';
import { compareFindings, dedupeFindings, summarize, type Finding } from '../findings/finalize.js';
import { loadBaseline } from '../findings/baseline.js';
import { applyFilters, baselineFilter, configIgnores, inlineSuppressions, sourcesOf, withFingerprints, type SuppressedFinding } from '../findings/filters.js';
import { collectFiles, globMatcher, type SkippedPath } from '../input/collect.js';
import { readSource } from '../input/read-source.js';
import { loadLexicons, type Lexicons } from '../lang/load.js';
import { FactBase } from '../facts/base.js';
import { loadFacts } from '../facts/load.js';
import type { DocModel } from '../model/types.js';
import { DOCUMENT_EXTENSIONS, readerFor } from '../readers/index.js';
import { generatedAt, summarizeDocument, summarizeManuscript, type Report } from '../report/report.js';
import { detectManuscripts, type Manuscript } from '../manuscripts/detect.js';
import { joinManuscripts } from '../manuscripts/join.js';
import { buildTimeline } from '../report/timeline.js';
import { completeDocument, startDocument } from './build-document.js';
import type { ReadResult } from '../readers/types.js';
import { runChecks } from './engine.js';
import { checkLinks, type LinkPhaseOptions, type LinkResults } from './url-phase.js';
import { liveUrlChecks } from '../checks/url-live.js';
import { parseReferenceText } from './parse-reference.js';
import { VERSION } from '../version.js';

export interface RunOptions {
  paths: string[];
  rulesDir: string;
  configPath?: string;
  /** YYYY-MM-DD; defaults to the real date. */
  today?: string;
  checks?: readonly Check[];
  /** --baseline: a previous report.json; only findings not in it are reported. */
  baseline?: string;
  /** The live URL phase; absent = offline (no request at all). */
  links?: LinkPhaseOptions;
  /** --manuscript: all documents are the chapters of one manuscript. */
  manuscript?: boolean;
}

export interface RunResult {
  report: Report;
  docs: DocModel[];
  skipped: SkippedPath[];
  failures: string[];
  /** Findings removed by inline comments or config ignoreRules (counted in summary.suppressed). */
  suppressed: SuppressedFinding[];
  /** Findings already in the --baseline report. */
  baselined: Finding[];
  /** What the URL phase did (offline, live, or no network) and its outcomes. */
  links: LinkResults;
}

export interface Setup {
  config: Config;
  lexicons: Lexicons;
  /** rules/facts.yaml; without it the fact checks stay silent. */
  facts?: FactBase;
}

export function loadSetup(rulesDir: string, configPath?: string): Setup {
  return { config: loadConfig(rulesDir, configPath), lexicons: loadLexicons(rulesDir), facts: new FactBase(loadFacts(rulesDir)) };
}

export interface LoadedDocuments {
  docs: DocModel[];
  skipped: SkippedPath[];
  roots: Map<string, string>;
  /** Multi-file manuscripts among the documents (src/manuscripts/detect.ts). */
  manuscripts: Manuscript[];
}

export function loadDocuments(paths: string[], setup: Setup, options: { manuscript?: boolean } = {}): LoadedDocuments {
  const { files, skipped } = collectFiles(paths, DOCUMENT_EXTENSIONS, globMatcher(setup.config.ignore));
  const docs: DocModel[] = [];
  const roots = new Map<string, string>();
  const isDocument = (name: string) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase());
  const fs = diskCompanionFs(setup.config.maxFileBytes);
  const loadCompanions = createCompanionLoader(fs, isDocument);
  const env = {
    lexicons: setup.lexicons,
    defaultLanguage: setup.config.defaultLanguage,
    parseReference: (raw: string) => parseReferenceText(raw, setup.lexicons),
    loadCompanions,
    ...(setup.facts ? { facts: setup.facts } : {}),
  };
  const started: { doc: DocModel; read: ReadResult }[] = [];
  for (const file of files) {
    const outcome = readSource(file.path, setup.config.maxFileBytes);
    if (!outcome.ok) {
      skipped.push({ path: file.path, reason: outcome.reason, usage: !/empty/.test(outcome.reason) });
      continue;
    }
    try {
      const source = outcome.source;
      const read = readerFor(source).read(source);
      started.push({ doc: startDocument(source, read, env), read });
      roots.set(file.path, file.root);
    } catch (error) {
      skipped.push({ path: file.path, reason: `could not be read: ${(error as Error).message}`, usage: false });
    }
  }
  // Chapters of a manuscript read its shared bibliography before their citations are read.
  const manuscripts = detectManuscripts(started.map((s) => s.doc), { all: options.manuscript ?? false, declared: setup.config.manuscripts, fs, isDocument });
  joinManuscripts(manuscripts, loadCompanions);
  for (const { doc, read } of started) {
    try {
      docs.push(completeDocument(doc, read, env));
    } catch (error) {
      skipped.push({ path: doc.source.path, reason: `could not be read: ${(error as Error).message}`, usage: false });
      roots.delete(doc.source.path);
    }
  }
  for (const manuscript of manuscripts) manuscript.chapters = manuscript.chapters.filter((d) => docs.includes(d));
  return { docs, skipped, roots, manuscripts };
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

export async function runAudit(options: RunOptions): Promise<RunResult> {
  const setup = loadSetup(options.rulesDir, options.configPath);
  const baseline = options.baseline === undefined ? undefined : loadBaseline(options.baseline);
  const { docs, skipped, manuscripts } = loadDocuments(options.paths, setup, { manuscript: options.manuscript ?? false });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const links = await checkLinks(docs, options.links ?? { offline: true });
  const checks = [...(options.checks ?? ALL_CHECKS), ...liveUrlChecks(links)];
  const { findings, failures } = runChecks(checks, docs, setup.config, setup.lexicons, today, setup.facts);
  const all = dedupeFindings([...findings, ...skipped.map(skippedFinding)]).sort(compareFindings);
  const sources = sourcesOf(docs);
  const filtered = applyFilters(withFingerprints(all, sources.map((s) => s.source)), [
    inlineSuppressions(sources),
    configIgnores(setup.config.ignoreRules),
    ...(baseline ? [baselineFilter(baseline)] : []),
  ]);
  const suppressed: SuppressedFinding[] = [
    ...filtered.removed.inline.map((finding) => ({ finding, by: 'inline' as const })),
    ...filtered.removed.config.map((finding) => ({ finding, by: 'config' as const })),
  ];
  const report: Report = {
    tool: { name: 'citecheck', version: VERSION },
    generatedAt: generatedAt(),
    documents: docs.map(summarizeDocument),
    manuscripts: manuscripts.map(summarizeManuscript),
    findings: filtered.findings,
    summary: { ...summarize(filtered.findings), suppressed: suppressed.length, ...(baseline ? { baselined: filtered.removed.baseline.length } : {}) },
    timeline: buildTimeline(docs),
  };
  return { report, docs, skipped, failures, suppressed, baselined: filtered.removed.baseline, links };
}

/**
 * report.sarif: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, VS Code viewers).
 * Columns are UTF-16 code units, as in report.json, and regions end one past the last character.
 * Suppressed findings stay in the log with `suppressions`, as SARIF intends.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { SuppressedFinding } from '../findings/filters.js';
import type { Finding, RelatedLocation } from '../findings/finalize.js';
import type { Report } from '../report/report.js';
import { ruleDoc, KNOWN_RULE_IDS } from './rule-docs.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/citecheck';

export interface SarifOptions {
  suppressed?: readonly SuppressedFinding[];
  /** True when the run compared against --baseline (results then say baselineState "new"). */
  baseline?: boolean;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative path becomes a relative URI reference (segments percent-encoded); an absolute one a file: URL. */
export function artifactUri(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const segments = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').split('/');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function location(place: Pick<RelatedLocation, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'excerpt'>): Location {
  return {
    physicalLocation: {
      artifactLocation: artifactUri(place.file),
      region: {
        startLine: place.line,
        startColumn: place.column,
        endLine: place.endLine,
        endColumn: place.endColumn,
        ...(place.excerpt ? { snippet: { text: place.excerpt } } : {}),
      },
    },
  };
}

function pascalCase(id: string): string {
  return id.split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function descriptor(id: string): ReportingDescriptor {
  const doc = ruleDoc(id);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: doc.description },
    fullDescription: { text: doc.help },
    help: { text: doc.help },
    defaultConfiguration: { level: LEVEL[doc.severity] },
    properties: { tags: [id.split('/')[0] ?? id] },
  };
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const suppressed = options.suppressed ?? [];
  const ids = [...new Set([...KNOWN_RULE_IDS, ...report.findings.map((f) => f.ruleId), ...suppressed.map((s) => s.finding.ruleId)])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const result = (f: Finding): Result => {
    const related = (f.related ?? []).map((r, i) => ({ id: i + 1, ...location(r), message: { text: r.excerpt ? `Related: ${r.excerpt}` : 'Related place' } }));
    const text = f.suggestion !== undefined ? `${f.message} Suggestion: ${f.suggestion}` : f.message;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text },
      locations: [location(f)],
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      ...(f.fingerprint ? { partialFingerprints: { 'citecheck/v1': f.fingerprint } } : {}),
      ...(f.suggestion !== undefined ? { properties: { suggestion: f.suggestion } } : {}),
    };
  };
  const results: Result[] = [
    ...report.findings.map((f) => ({ ...result(f), ...(options.baseline ? { baselineState: 'new' as const } : {}) })),
    ...suppressed.map(({ finding, by }) => ({
      ...result(finding),
      suppressions: [by === 'inline' ? { kind: 'inSource' as const, justification: 'citecheck-disable comment in the manuscript' } : { kind: 'external' as const, justification: 'ignoreRules in the citecheck configuration' }],
    })),
  ];
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'citecheck', version: report.tool.version, semanticVersion: report.tool.version, informationUri: INFORMATION_URI, rules: ids.map(descriptor) } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: true, endTimeUtc: report.generatedAt }],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

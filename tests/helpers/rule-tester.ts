/**
 * Table-driven tests for one check (after eslint's RuleTester and remark-lint's fixtures):
 * the real reader → extractors → this one check. For every finding it demands a non-empty span
 * inside the text, excerpt === text at line/column, and the same output on a second run.
 */
import { describe, expect, it } from 'vitest';
import type { Check, CheckContext, RawFinding } from '../../src/checks/types.js';
import { compareFindings, finalizeFinding, type Finding } from '../../src/findings/finalize.js';
import type { DocModel } from '../../src/model/types.js';
import { buildDoc, facts, lexicons, type Fixture } from './build.js';
import { documentUnits } from '../../src/manuscripts/units.js';

export interface ValidCase extends Fixture {
  name?: string;
  /** Further documents of the same run (corpus checks). */
  others?: Fixture[];
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: Partial<Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'excerpt' | 'suggestion' | 'severity' | 'file'>> & { message?: string | RegExp; related?: number }[];
}

export const TODAY = '2026-11-26';

function context(options: Record<string, unknown> = {}): CheckContext {
  const lex = lexicons();
  return { options, lexicon: (code) => lex.get(code) ?? lex.get('en')!, today: TODAY, facts: facts() };
}

export function runCheck(check: Check, docs: DocModel[], options?: Record<string, unknown>): Finding[] {
  const ctx = context(options);
  const ownerOf = (raw: RawFinding) => ({ raw, doc: docs.find((d) => d.source === raw.source) ?? docs[0]! });
  // A manuscript check reads the unit of the first document: its manuscript, or that document alone.
  const raws: { raw: RawFinding; doc: DocModel }[] =
    check.scope === 'corpus'
      ? check.run(docs, ctx).map(ownerOf)
      : check.scope === 'manuscript'
        ? check.run(documentUnits(docs).find((unit) => unit.includes(docs[0]!))!, ctx).map(ownerOf)
        : check.run(docs[0]!, ctx).map((raw) => ({ raw, doc: docs[0]! }));
  return raws.map(({ raw, doc }) => {
    const source = raw.source ?? doc.source;
    expect(raw.span.end, `empty span in ${check.id}: ${raw.message}`).toBeGreaterThan(raw.span.start);
    expect(raw.span.start).toBeGreaterThanOrEqual(0);
    expect(raw.span.end).toBeLessThanOrEqual(source.text.length);
    const finding = finalizeFinding(check.id, raw.severity ?? check.severity, raw, doc.source);
    const line = source.lines.lineText(finding.line);
    if (finding.line === finding.endLine) {
      expect(line.slice(finding.column - 1, finding.endColumn - 1)).toBe(finding.excerpt);
    } else {
      expect(source.text.startsWith(finding.excerpt, source.lines.lineStart(finding.line) + finding.column - 1)).toBe(true);
    }
    return finding;
  }).sort(compareFindings);
}

const docsOf = (c: ValidCase) => [buildDoc(c), ...(c.others ?? []).map(buildDoc)];
const label = (c: ValidCase) => c.name ?? `${c.format ?? 'txt'}: ${c.text.slice(0, 60).replace(/\n/g, '⏎')}`;

export function ruleTester(check: Check, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(check.id, () => {
    const names = [...cases.valid, ...cases.invalid].map(label);
    it('has no duplicate cases and at least one valid and one invalid case', () => {
      expect(new Set(names).size).toBe(names.length);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`stays silent: ${label(c)}`, () => {
        const findings = runCheck(check, docsOf(c), c.options).filter((f) => f.severity !== 'info');
        expect(findings).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`reports: ${label(c)}`, () => {
        const findings = runCheck(check, docsOf(c), c.options);
        expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toHaveLength(c.errors.length);
        c.errors.forEach((expected, i) => {
          const actual = findings[i]!;
          const { message, related, ...fields } = expected;
          expect(actual).toMatchObject(fields);
          if (message instanceof RegExp) expect(actual.message).toMatch(message);
          else if (message !== undefined) expect(actual.message).toBe(message);
          if (related !== undefined) expect(actual.related ?? []).toHaveLength(related);
        });
        expect(runCheck(check, docsOf(c), c.options)).toEqual(findings); // deterministic
      });
    }
  });
}

/** Runs the enabled checks over the documents and finalizes what they report. */
import type { Check, CheckContext } from '../checks/types.js';
import type { Config } from '../config/config.js';
import { ruleSetting } from '../config/config.js';
import type { Lexicons } from '../lang/load.js';
import type { FactBase } from '../facts/base.js';
import type { DocModel } from '../model/types.js';
import { finalizeFinding, type Finding } from '../findings/finalize.js';
import { documentUnits } from '../manuscripts/units.js';

export interface EngineResult {
  findings: Finding[];
  /** Checks that threw: reported, never fatal to the run. */
  failures: string[];
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

export function runChecks(checks: readonly Check[], docs: DocModel[], config: Config, lexicons: Lexicons, today: string, facts?: FactBase): EngineResult {
  const findings: Finding[] = [];
  const failures: string[] = [];
  const lexicon = (code: string) => lexicons.get(code) ?? lexicons.get('en')!;
  for (const check of checks) {
    const setting = ruleSetting(config, check.id, check.severity);
    if (setting.severity === 'off') continue;
    const configured = setting.severity;
    const ctx: CheckContext = { options: setting.options, lexicon, today, ...(facts ? { facts } : {}) };
    // A check may lower the severity of one finding (weak evidence); config sets the ceiling.
    const severityOf = (own?: keyof typeof SEVERITY_RANK) =>
      own && SEVERITY_RANK[own] < SEVERITY_RANK[check.severity] && SEVERITY_RANK[own] < SEVERITY_RANK[configured] ? own : configured;
    try {
      if (check.scope === 'corpus') {
        for (const raw of check.run(docs, ctx)) findings.push(finalizeFinding(check.id, severityOf(raw.severity), raw, raw.source));
      } else if (check.scope === 'manuscript') {
        for (const unit of documentUnits(docs)) {
          for (const raw of check.run(unit, ctx)) findings.push(finalizeFinding(check.id, severityOf(raw.severity), raw, raw.source));
        }
      } else {
        for (const doc of docs) {
          for (const raw of check.run(doc, ctx)) findings.push(finalizeFinding(check.id, severityOf(raw.severity), raw, doc.source));
        }
      }
    } catch (error) {
      failures.push(`${check.id}: ${(error as Error).message}`);
    }
  }
  return { findings, failures };
}

/** Every rule id has a one-line description and help (SARIF rule metadata, HTML tooltips). */
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { RULE_IDS } from '../../src/checks/rule-ids.js';
import { hasContractDescription, ruleDoc } from '../../src/reporters/rule-docs.js';

describe('rule documentation', () => {
  it.each(RULE_IDS.map((id) => [id]))('%s is described', (id) => {
    expect(hasContractDescription(id) || ALL_CHECKS.some((c) => c.id === id), `add ${id} to src/reporters/rule-docs.ts`).toBe(true);
    const doc = ruleDoc(id);
    expect(doc.description).toMatch(/^\S.{10,}$/);
    expect(doc.description).not.toMatch(/\n/);
    expect(doc.help).toContain(`citecheck-disable-next-line ${id}`);
  });

  it('prefers the check\'s own description', () => {
    for (const check of ALL_CHECKS) expect(ruleDoc(check.id).description).toBe(check.description);
  });
});

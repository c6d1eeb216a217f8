/** Every check is named in the report contract (or is a documented extension) and is tested. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../src/checks/index.js';
import { RULE_IDS } from '../src/checks/rule-ids.js';
import { SHARED_DIR } from './helpers/build.js';

const contract = readFileSync(join(SHARED_DIR, 'spec', 'report-format.md'), 'utf8');
const contractIds = [...contract.matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((m) => m[1]!);

function testSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? testSources(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

const checkSources = () =>
  readdirSync(join(import.meta.dirname, '..', 'src', 'checks'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(import.meta.dirname, '..', 'src', 'checks', f), 'utf8'))
    .join('\n');

describe('checks and the contract', () => {
  it('knows every rule id of the contract', () => {
    expect(contractIds.length).toBeGreaterThan(25);
    for (const id of contractIds) expect(RULE_IDS).toContain(id);
  });

  it.each(ALL_CHECKS.map((c) => [c.id, c]))('%s is a contract rule with a description and tests', (id, check) => {
    expect(contractIds).toContain(id);
    expect(check.description.length).toBeGreaterThan(10);
    expect(['error', 'warning', 'info']).toContain(check.severity);
    // The export that defines this id, and a ruleTester table for that export.
    const source = checkSources();
    const definition = new RegExp(`export const (\\w+)[^=]*= \\{\\s*id: '${id}'`).exec(source);
    expect(definition, `no "export const X = { id: '${id}'" in src/checks`).not.toBeNull();
    expect(testSources(import.meta.dirname)).toMatch(new RegExp(`ruleTester\\(\\s*${definition![1]}\\b`));
  });

  it('has no duplicate check ids', () => {
    const ids = ALL_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

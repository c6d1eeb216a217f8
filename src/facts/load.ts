/** Loads rules/facts.yaml (or an empty fact base when the file is absent). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlFile } from '../config/yaml-file.js';
import { FactsSchema, type Facts } from './schema.js';

export const EMPTY_FACTS: Facts = FactsSchema.parse({ kind: 'facts' });

export function loadFacts(rulesDir: string): Facts {
  const path = join(rulesDir, 'facts.yaml');
  return existsSync(path) ? loadYamlFile(path, FactsSchema) : EMPTY_FACTS;
}

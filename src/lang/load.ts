/** Loads and validates every rules/lang/<code>.yaml lexicon. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../config/errors.js';
import { loadYamlFile } from '../config/yaml-file.js';
import { LexiconSchema, type Lexicon } from './lexicon.js';

export type Lexicons = ReadonlyMap<string, Lexicon>;

export function loadLexicons(rulesDir: string): Lexicons {
  const dir = join(rulesDir, 'lang');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    throw new UsageError(`${dir}: no language files found (expected rules/lang/<code>.yaml)`);
  }
  const lexicons = new Map<string, Lexicon>();
  for (const file of files) {
    const path = join(dir, file);
    const lexicon = loadYamlFile(path, LexiconSchema);
    const code = file.replace(/\.ya?ml$/, '');
    if (lexicon.language !== code) {
      throw new UsageError(`${path}: language: "${lexicon.language}" does not match the file name "${code}"`);
    }
    lexicons.set(code, lexicon);
  }
  if (!lexicons.has('en')) throw new UsageError(`${dir}: en.yaml is required (English is the fallback language)`);
  return lexicons;
}

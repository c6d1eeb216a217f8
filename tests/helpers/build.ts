/** Builds real document models from inline text, through the real readers and extractors. */
import { join } from 'node:path';
import type { DocModel } from '../../src/model/types.js';
import { makeSource } from '../../src/input/read-source.js';
import { readerFor } from '../../src/readers/index.js';
import { buildDocument } from '../../src/pipeline/build-document.js';
import { loadLexicons, type Lexicons } from '../../src/lang/load.js';
import { parseReferenceText } from '../../src/pipeline/parse-reference.js';
import { FactBase } from '../../src/facts/base.js';
import { loadFacts } from '../../src/facts/load.js';
import { createCompanionLoader, memoryCompanionFs } from '../../src/companions/load.js';

export const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');
/** ../shared beside the checkout, or CITECHECK_SHARED (.ci/run sets it for a clone made elsewhere). */
export const SHARED_DIR = process.env['CITECHECK_SHARED'] ?? join(import.meta.dirname, '..', '..', '..', 'shared');

let cached: Lexicons | undefined;
export function lexicons(): Lexicons {
  cached ??= loadLexicons(RULES_DIR);
  return cached;
}

let cachedFacts: FactBase | undefined;
/** rules/facts.yaml as the CLI loads it. */
export function facts(): FactBase {
  cachedFacts ??= new FactBase(loadFacts(RULES_DIR));
  return cachedFacts;
}

export type Fixture = {
  text: string;
  format?: 'txt' | 'md' | 'html';
  lang?: string;
  path?: string;
  /** Companion files beside the document (path → text), read from memory. */
  files?: Record<string, string>;
};

/** A document model for `text`, read as .txt/.md/.html; `lang` pins the language. */
export function buildDoc(fixture: Fixture): DocModel {
  const path = fixture.path ?? `fixture.${fixture.format ?? 'txt'}`;
  const source = makeSource(path, fixture.text);
  const lex = lexicons();
  const defaultLanguage = fixture.lang ?? 'en';
  const doc = buildDocument(source, readerFor(source).read(source), {
    lexicons: lex,
    defaultLanguage,
    parseReference: (raw) => parseReferenceText(raw, lex),
    ...(fixture.lang ? { forceLanguage: fixture.lang } : {}),
    facts: facts(),
    ...(fixture.files ? { loadCompanions: createCompanionLoader(memoryCompanionFs(fixture.files), (name) => /\.(md|txt|html?)$/.test(name)) } : {}),
  });
  return doc;
}

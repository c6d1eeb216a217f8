/**
 * The citation/* checks on the real documents of ../shared/corpus (see corpus-MANIFEST.md):
 * the clean controls stay silent, the real defects are found, and nothing else is raised above
 * info. A new error or warning here is a false alarm until someone reads the document and
 * shows otherwise.
 */
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ambiguous, ibidWithoutAntecedent, malformed, missingReference, nameVariant, uncitedReference, yearMismatch } from '../../src/checks/citation.js';
import type { DocModel } from '../../src/model/types.js';
import { loadDocuments, loadSetup } from '../../src/pipeline/run.js';
import { RULES_DIR, SHARED_DIR } from '../helpers/build.js';
import { runCheck } from '../helpers/rule-tester.js';

const CHECKS = [missingReference, nameVariant, yearMismatch, ambiguous, malformed, uncitedReference, ibidWithoutAntecedent];

describe('citation checks on the real corpus', () => {
  let docs: DocModel[] = [];
  beforeAll(() => {
    docs = loadDocuments([join(SHARED_DIR, 'corpus')], loadSetup(RULES_DIR)).docs;
  }, 300_000);

  it('raises only the real defects above info', () => {
    const raised = CHECKS.flatMap((check) => runCheck(check, docs))
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.ruleId} ${f.severity} ${basename(f.file)}:${f.line} ${f.excerpt}`);
    expect(raised.sort()).toEqual([
      // [[19](#r19)]: the 19th note was pasted as a second "18." with anchor r18 (manifest).
      'citation/missing-reference error 2021-12-01-simple-linear-regression-least-square.md:280 [[19](#r19)]',
      // #hedges does not reach <a name="Hedges"> (fragments are case-sensitive; manifest).
      'citation/missing-reference warning sonification.md:72 [Hedges, (1978)](#hedges)',
    ]);
  }, 300_000);

  it('lists the 8 uncited entries of the AI-safety .bib, as info', () => {
    const uncited = runCheck(uncitedReference, docs).filter((f) => f.file.includes('distill-ai-safety'));
    expect(uncited.every((f) => f.severity === 'info')).toBe(true);
    const keys = uncited.map((f) => /^@\w+\{([^,]+),/.exec(f.excerpt)?.[1]).sort();
    expect(keys).toEqual(['irving2018debateblog', 'mellers2014psychological', 'milli2017interpretable', 'mishra2017simple', 'nisbett1977introspection', 'petty2010attitude', 'pronin2009introspection', 'thaler2008nudge']);
  }, 300_000);

  it('resolves every cited Manubot tag across the files of the manuscript', () => {
    const missing = runCheck(missingReference, docs).filter((f) => f.file.includes('manubot-deep-review'));
    expect(missing).toEqual([]);
    const unusedTags = runCheck(uncitedReference, docs).filter((f) => f.file.endsWith('90.back-matter.md'));
    expect(unusedTags.every((f) => f.severity === 'info')).toBe(true);
    expect(unusedTags.map((f) => f.excerpt)).toContain('[@tag:Spark]: doi:10.1145/2934664');
    expect(unusedTags.map((f) => f.message)).toContain('Nothing in the text cites this entry (tag:Spark).');
  }, 300_000);
});

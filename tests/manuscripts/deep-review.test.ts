/**
 * ../shared/corpus/manubot-deep-review audited as one Manubot manuscript. Its numbered sections
 * cite citation tags that content/90.back-matter.md defines; read file by file, every citation
 * would have no entry and every definition no citation.
 *
 * What remains was read by hand: the 26 uncited tags are defined in 90.back-matter.md and cited
 * in no file of the repository (not even response-to-reviewers.md); Manubot ignores unused tags,
 * so they stay informative. The 2 duplicates are real: tag:Angermueller2016_single_methyl and
 * tag:Angermueller2017 name one DOI (both are cited: the paper has two tags for one work), and
 * tag:Geras2017_multiview_mamm carries the DOI of tag:Gawad2016_singlecell (a wrong DOI for a
 * mammography paper; the tag is cited nowhere).
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finalize.js';
import type { RunResult } from '../../src/pipeline/run.js';
import { runAudit } from '../../src/pipeline/run.js';
import { RULES_DIR, SHARED_DIR } from '../helpers/build.js';
import { TODAY } from '../helpers/rule-tester.js';

const PAPER = join(SHARED_DIR, 'corpus', 'manubot-deep-review');

describe('manubot-deep-review as one manuscript', () => {
  let result: RunResult;
  const of = (rule: string): Finding[] => result.report.findings.filter((f) => f.ruleId === rule);
  beforeAll(async () => {
    result = await runAudit({ paths: [PAPER], rulesDir: RULES_DIR, today: TODAY });
  }, 120_000);

  it('is one manuscript of the ten numbered sections', () => {
    const manuscripts = result.report.manuscripts ?? [];
    expect(manuscripts).toHaveLength(1);
    expect(manuscripts[0]).toMatchObject({ detectedBy: 'manubot', bibliography: expect.stringMatching(/90\.back-matter\.md$/) });
    expect(manuscripts[0]!.files.map((f) => f.split('/').at(-1))).toEqual([
      '00.front-matter.md',
      '01.abstract.md',
      '02.intro.md',
      '03.categorize.md',
      '04.study.md',
      '05.treat.md',
      '06.discussion.md',
      '07.conclusions.md',
      '08.methods.md',
      '90.back-matter.md',
    ]);
  });

  it('resolves every citation tag across the sections and raises no footnote alarm', () => {
    expect(of('citation/missing-reference')).toEqual([]);
    expect(result.report.findings.filter((f) => f.ruleId.startsWith('footnote/'))).toEqual([]);
  });

  it('lists as uncited only the 26 tags that no file cites, as info', () => {
    const uncited = of('citation/uncited-reference');
    expect(uncited.every((f) => f.severity === 'info' && f.file.endsWith('90.back-matter.md'))).toBe(true);
    const tags = uncited.map((f) => /^\[@(tag:[^\]]+)\]/.exec(f.excerpt)![1]!);
    expect(tags).toHaveLength(26);
    const texts = result.docs.map((d) => d.source.text.replace(/^\[@tag:[^\]]+\]:.*$/gm, ''));
    for (const tag of tags) expect(texts.some((t) => new RegExp(`@${tag}(?![\\w-])`).test(t)), tag).toBe(false);
    expect(readFileSync(join(PAPER, 'content', 'response-to-reviewers.md'), 'utf8')).not.toMatch(/@tag:Spark\b/);
  });

  it('reports the two tags that share a DOI with another tag', () => {
    expect(of('reference/duplicate').map((f) => `${f.severity} ${f.excerpt}`)).toEqual([
      'warning [@tag:Angermueller2017]: doi:10.1186/s13059-017-1189-z',
      'warning [@tag:Geras2017_multiview_mamm]: doi:10.1038/nrg.2015.16',
    ]);
  });
});

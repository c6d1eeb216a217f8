/**
 * Citations over the chapters of a manuscript: an in-text Ibid. that opens a chapter, numbered
 * citations against their own chapter's numbered list, and author-year citations against the
 * list of another chapter.
 */
import { describe, expect, it } from 'vitest';
import { ibidWithoutAntecedent, missingReference, uncitedReference } from '../../src/checks/citation.js';
import type { Check } from '../../src/checks/types.js';
import type { DocModel } from '../../src/model/types.js';
import { buildDoc } from '../helpers/build.js';
import { runCheck } from '../helpers/rule-tester.js';

function manuscript(texts: Record<string, string>): DocModel[] {
  const docs = Object.entries(texts).map(([path, text]) => buildDoc({ path, text, format: 'md', lang: 'en' }));
  docs.forEach((doc, chapter) => (doc.manuscript = { name: 'thesis', chapter }));
  return docs;
}

const found = (check: Check, docs: DocModel[]) => runCheck(check, docs).map((f) => `${f.severity} ${f.file}:${f.line} ${f.excerpt}`);

describe('citations across chapters', () => {
  it('lets an Ibid. that opens a chapter refer to the last citation of the chapter before', () => {
    const docs = manuscript({
      'thesis/01-a.md': 'Rivers move fast (Smith, 2019).\n\n# References\n\nSmith, J. (2019). Rivers in motion. Water Press.\n',
      'thesis/02-b.md': 'They also carry sediment (ibid., p. 4).\n',
    });
    expect(found(ibidWithoutAntecedent, docs)).toEqual([]);
    expect(found(ibidWithoutAntecedent, [docs[1]!].map((d) => ({ ...d, manuscript: undefined }) as DocModel))).toEqual(['error thesis/02-b.md:1 (ibid., p. 4)']);
  });

  it('resolves author-year citations against every chapter and reports, at full severity, what no chapter lists', () => {
    const docs = manuscript({
      'thesis/01-intro.md': 'As Jones argued (Jones, 2020), and later (Brown, 2021).\n',
      'thesis/02-refs.md': '# References\n\nJones, K. (2020). Moving water. Journal of Rivers, 3, 1-9.\n\nOkafor, N. (2017). Soil moisture across seasons. Soil Press.\n',
    });
    expect(found(missingReference, docs)).toEqual(['error thesis/01-intro.md:1 (Brown, 2021)']);
    expect(found(uncitedReference, docs)).toEqual(['warning thesis/02-refs.md:5 Okafor, N. (2017). Soil moisture across seasons. Soil Press.']);
  });

  it('reads a numbered citation against its own chapter\'s numbered list when the chapter has one', () => {
    const docs = manuscript({
      'thesis/ch1.md': 'Claim one [1], two [2] and three [3].\n\n# References\n\n1. A. Author. 2001. First title. Press.\n2. B. Author. 2002. Second title. Press.\n3. E. Author. 2005. Fifth title. Press.\n',
      'thesis/ch2.md': 'Claim three [1], four [2] and five [3].\n\n# References\n\n1. C. Author. 2003. Third title. Press.\n2. D. Author. 2004. Fourth title. Press.\n',
    });
    // Chapter 2 has no entry 3; chapter 1's entry 3 belongs to chapter 1's list.
    expect(found(missingReference, docs)).toEqual(['error thesis/ch2.md:1 [3]']);
  });
});

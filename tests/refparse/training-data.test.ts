import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldFile, readTrainingDir, type GoldReference } from '../../src/refparse/gold.js';
import { readProtectedTexts, trainingDataProblems } from '../../src/refparse/training-check.js';
import { SHARED_DIR } from '../helpers/build.js';

const GOLD_PATH = join(SHARED_DIR, 'gold', 'anystyle-core.jsonl');
const TRAINING_DIR = join(import.meta.dirname, '..', '..', 'src', 'refparse', 'training');
const INPUT_DIR = join(import.meta.dirname, '..', '..', 'input');

const GOLD: GoldReference[] = [
  {
    raw: 'Shoham, Y. (1988). Reasoning about Change. Cambridge, MA: MIT Press.',
    fields: { author: 'Shoham, Y.', date: '(1988).', title: 'Reasoning about Change.', location: 'Cambridge, MA:', publisher: 'MIT Press.' },
  },
];
const CLEAN: GoldReference = {
  raw: 'Sukma, Rizal. 2003. Indonesia and China. London: Routledge.',
  fields: { author: 'Sukma, Rizal.', date: '2003.', title: 'Indonesia and China.', location: 'London:', publisher: 'Routledge.' },
};

describe('trainingDataProblems', () => {
  const cases: [string, GoldReference, RegExp][] = [
    ['a label the gold data does not use', { raw: CLEAN.raw, fields: { ...CLEAN.fields, publisher: undefined!, press: 'Routledge.' } }, /label "press"/],
    ['a field with spaces at its edge', { raw: CLEAN.raw, fields: { ...CLEAN.fields, publisher: 'Routledge. ' } }, /spaces at its edges/],
    ['fields that do not cover the raw text', { raw: `${CLEAN.raw} Reprint.`, fields: CLEAN.fields }, /do not cover the raw text/],
    [
      'a gold title',
      { raw: 'Smith, J. 2001. Reasoning about Change. Oxford: Clarendon.', fields: { author: 'Smith, J.', date: '2001.', title: 'Reasoning about Change.', location: 'Oxford:', publisher: 'Clarendon.' } },
      /title of a gold reference/,
    ],
    [
      'a gold reference written again',
      { raw: 'Shoham, Y. 1988. Reasoning About Change, Cambridge: MIT Press', fields: { author: 'Shoham, Y.', date: '1988.', title: 'Reasoning About Change,', location: 'Cambridge:', publisher: 'MIT Press' } },
      /shares \d+ % of its words/,
    ],
  ];
  it.each(cases)('rejects %s', (_, reference, expected) => {
    // JSON drops undefined fields, as a line read from a file would not have them.
    const problems = trainingDataProblems([JSON.parse(JSON.stringify(reference)) as GoldReference], GOLD).map((p) => p.problem);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('rejects a line of an audited document written again', () => {
    const seed = 'Daftar Pustaka\nSukma, Rizal. 2003. *Indonesia and China*. London: Routledge.\n';
    expect(trainingDataProblems([CLEAN], GOLD, [seed]).map((p) => p.problem)).toEqual([expect.stringMatching(/line of an audited document/)]);
    expect(trainingDataProblems([CLEAN], GOLD, ['Routledge published other books in London.'])).toEqual([]);
  });

  it('rejects a reference listed twice, at its second place', () => {
    expect(trainingDataProblems([CLEAN, CLEAN], GOLD)).toEqual([{ index: 1, problem: 'it is listed twice' }]);
  });

  it('accepts a new, well-labelled reference', () => {
    expect(trainingDataProblems([CLEAN], GOLD)).toEqual([]);
  });
});

describe.runIf(existsSync(GOLD_PATH))("the project's own training data", () => {
  it('is well labelled and copies no gold reference and no line of the seed documents', { timeout: 30_000 }, () => {
    const seeds = readProtectedTexts(INPUT_DIR);
    expect(seeds.length).toBeGreaterThan(0);
    const problems = trainingDataProblems(readTrainingDir(TRAINING_DIR), readGoldFile(GOLD_PATH), seeds);
    expect(problems).toEqual([]);
  });
});

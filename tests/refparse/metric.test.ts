import { describe, expect, it } from 'vitest';
import { FieldEvaluator, fieldsFromLabels, normaliseFieldText } from '../../src/refparse/metric.js';

describe('normaliseFieldText', () => {
  it.each([
    ['(2011).', '2011'],
    ['“Human Rights.”', 'Human Rights'],
    ['  In  O. C. A. and D. Card (Ed.),', 'In O. C. A. and D. Card (Ed'],
    ['pp. 1761–1800).', 'pp. 1761–1800'],
    ['[13]', '13'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseFieldText(input)).toBe(expected);
  });
});

describe('FieldEvaluator', () => {
  it('counts exact, wrong, missing and extra fields', () => {
    const evaluator = new FieldEvaluator();
    evaluator.add(
      { author: 'Solon, G.', date: '(1999)', title: 'Chapter 29.', journal: 'Elsevier' },
      { author: 'Solon, G.', date: '1999.', title: 'Chapter 29. Intergenerational mobility', publisher: 'Elsevier.' },
    );
    // author and date match (TP 2); title wrong (FP 1 + FN 1); journal extra (FP 1); publisher missed (FN 1).
    const { overall, perLabel } = evaluator.report();
    expect(overall).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 2 });
    expect(overall.precision).toBeCloseTo(0.5);
    expect(overall.recall).toBeCloseTo(0.5);
    expect(overall.f1).toBeCloseTo(0.5);
    expect(perLabel['title']).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(perLabel['author']?.f1).toBe(1);
  });

  it('micro-averages over references', () => {
    const evaluator = new FieldEvaluator();
    evaluator.add({ title: 'A' }, { title: 'A' });
    evaluator.add({ title: 'B', date: '2000' }, { title: 'B', date: '2001' });
    evaluator.add({}, { title: 'C' });
    const { overall } = evaluator.report();
    expect(overall).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(overall.precision).toBeCloseTo(2 / 3);
    expect(overall.recall).toBeCloseTo(2 / 4);
    expect(overall.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });
});

describe('fieldsFromLabels', () => {
  it('joins separate parts of one label with a space, in reading order', () => {
    const tokens = ['Heidegger', 'M.,', '1927,', 'Être', 'et', 'temps,', 'Ed.', '1986,'].map((text) => ({ text }));
    const labels = ['author', 'author', 'date', 'title', 'title', 'title', 'editor', 'date'];
    expect(fieldsFromLabels(tokens, labels)).toEqual({ author: 'Heidegger M.,', date: '1927, 1986,', title: 'Être et temps,', editor: 'Ed.' });
  });
});

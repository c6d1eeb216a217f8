import { describe, expect, it } from 'vitest';
import { augmentByRecombination } from '../../src/refparse/augment.js';
import { featurise } from '../../src/refparse/features.js';
import type { TrainingSequence } from '../../src/refparse/crf.js';

function sequence(parts: [string, string][]): TrainingSequence {
  const tokens: string[] = [];
  const labels: string[] = [];
  for (const [label, text] of parts) {
    for (const word of text.split(' ')) {
      tokens.push(word);
      labels.push(label);
    }
  }
  return { ...featurise(tokens), labels };
}

const runs = (s: TrainingSequence) => s.labels.filter((label, i) => label !== s.labels[i - 1]);

const apa = sequence([
  ['author', 'Solon, G.'],
  ['date', '(1999).'],
  ['title', 'Intergenerational mobility in the labor market.'],
  ['location', 'London:'],
  ['publisher', 'Elsevier.'],
]);
const chicago = sequence([
  ['author', 'Darnton, Robert.'],
  ['title', '“Communication Networks,”'],
  ['location', 'New York:'],
  ['publisher', 'Norton,'],
  ['date', '1995.'],
]);

describe('augmentation by recombination', () => {
  const copies = augmentByRecombination([apa, chicago], 6);

  it('makes the asked number of copies, each with the original’s order of fields', () => {
    expect(copies).toHaveLength(12);
    copies.slice(0, 6).forEach((copy) => expect(runs(copy)).toEqual(runs(apa)));
    copies.slice(6).forEach((copy) => expect(runs(copy)).toEqual(runs(chicago)));
  });

  it('swaps in other references’ fields with the original’s edge punctuation', () => {
    const titles = copies.slice(0, 6).map((copy) => copy.tokens.filter((_, i) => copy.labels[i] === 'title').join(' '));
    expect(titles).toContain('Communication Networks.');
    const places = copies.slice(6).map((copy) => copy.tokens.filter((_, i) => copy.labels[i] === 'location').join(' '));
    expect(places).toContain('London:');
    // Dates are never swapped.
    copies.slice(0, 6).forEach((copy) => expect(copy.tokens.filter((_, i) => copy.labels[i] === 'date')).toEqual(['(1999).']));
  });

  it('is deterministic and featurises every copy', () => {
    expect(augmentByRecombination([apa, chicago], 6).map((c) => c.tokens.join(' '))).toEqual(copies.map((c) => c.tokens.join(' ')));
    copies.forEach((copy) => expect(copy.features).toHaveLength(copy.tokens.length));
    expect(augmentByRecombination([apa], 0)).toEqual([]);
  });
});

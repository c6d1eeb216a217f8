import { describe, expect, it } from 'vitest';
import { BOUNDARY_CLASSES, boundaryClass, closesQuote, endsSegment, extractFeatures } from '../../src/refparse/features.js';

const gap = (previous: string, current: string) => BOUNDARY_CLASSES[boundaryClass(previous, current)];

describe('segment ends', () => {
  it.each([
    ['Chernobyl.', true],
    ['relationship?', true],
    ['Migration.”', true],
    ['Dir.', false],
    ['eds.', false],
    ['Vol.', false],
    ['pp.', false],
    ['J.', false],
    ['Kurtis', false],
  ])('%s → %s', (token, expected) => expect(endsSegment(token)).toBe(expected));
});

describe('gaps and quotes', () => {
  it('treats a question mark like a period between fields', () => {
    expect(gap('relationship?', 'Health')).toBe('period');
    expect(gap('Chernobyl.', 'Dir.')).toBe('period');
    expect(gap('Bill', 'Kurtis.')).toBe('plain');
  });

  it.each([
    ['Networks,”', true],
    ['Moyen-Âge', false],
    ['»,', true],
    ['Ali’s', false],
  ])('closing quote in %s → %s', (token, expected) => expect(closesQuote(token)).toBe(expected));

  it('tells the tokens after a closed quotation from those inside it', () => {
    const features = extractFeatures(['“Communication', 'Networks,”', 'in', 'The', 'Forbidden']);
    expect(features[1]).toContain('q=inside');
    expect(features[2]).toContain('q=after');
    expect(features[4]).toContain('q=after');
  });
});

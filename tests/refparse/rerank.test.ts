import { describe, expect, it } from 'vitest';
import { beamDecode, fieldConstraints, viterbi } from '../../src/refparse/decode.js';
import { boundaryClass } from '../../src/refparse/features.js';
import { Reranker, candidateFeatures, trainReranker, type RerankingExample } from '../../src/refparse/rerank.js';

const boundariesOf = (tokens: string[]) => tokens.map((token, i) => (i === 0 ? 0 : boundaryClass(tokens[i - 1]!, token)));

describe('k best readings from the beam', () => {
  // 3 tokens × 2 labels, no transition preferences (7 gap classes × 3 rows × 2 labels).
  const emissions = Float64Array.from([2, 0, 0, 1, 1, 0]);
  const transitions = new Array(7 * 3 * 2).fill(0);
  const constraints = { repeatable: [true, true], excludes: [0, 0] };

  it('returns distinct paths, best first, the first one being the Viterbi path', () => {
    const paths = beamDecode(emissions, [0, 0, 0], 2, transitions, constraints, { width: 16, perState: 4, k: 5 });
    expect(paths[0]!.labels).toEqual(viterbi(emissions, [0, 0, 0], 2, transitions));
    expect(paths[0]!.score).toBe(4);
    const keys = paths.map((p) => p.labels.join());
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < paths.length; i++) expect(paths[i]!.score).toBeLessThanOrEqual(paths[i - 1]!.score);
    expect(paths.length).toBe(5);
  });

  it('keeps the field constraints in every path', () => {
    // Label 0 may not come back once closed: 0,1,0 is not allowed.
    const strict = fieldConstraints(['title', 'journal']);
    const paths = beamDecode(Float64Array.from([5, 0, 0, 5, 5, 0]), [0, 0, 0], 2, transitions, strict, { width: 16, perState: 4, k: 8 });
    expect(paths.map((p) => p.labels.join())).not.toContain('0,1,0');
  });

  it('still finds a reading when the constraints rule out every label the scores favour', () => {
    // With a beam of one, the path so far is title, journal; token 3 strongly prefers the
    // closed title, so only a label the scores rule out (journal) can continue it.
    const strict = fieldConstraints(['title', 'journal']);
    const paths = beamDecode(Float64Array.from([10, 0, -100, 10, 10, -100]), [0, 0, 0], 2, transitions, strict, { width: 1, k: 3 });
    expect(paths[0]!.labels).toEqual([0, 1, 1]);
  });
});

describe('field features', () => {
  const tokens = ['“Communication', 'Networks,”', 'in', 'The', 'Forbidden', 'Best-Sellers'];
  const features = (labels: string[]) => candidateFeatures(tokens, boundariesOf(tokens), { labels, score: 0 }, 0);

  it('marks a field that runs on past its closing quote', () => {
    expect(features(['title', 'title', 'title', 'title', 'title', 'title']).has('title|innerClose')).toBe(true);
    expect(features(['title', 'title', 'container-title', 'container-title', 'container-title', 'container-title']).has('title|innerClose')).toBe(false);
  });

  it('describes the order of fields and the reading’s score relative to the best', () => {
    const f = candidateFeatures(tokens, boundariesOf(tokens), { labels: ['title', 'title', 'container-title', 'container-title', 'container-title', 'container-title'], score: -3 }, -1);
    expect(f.get('score')).toBe(-2);
    expect(f.has('title>container-title')).toBe(true);
    expect(f.has('^>title')).toBe(true);
  });

  it('gives a short field the shapes of all its words, so a name that runs on into the title differs from a name', () => {
    const name = ['Stein,', 'Stanley', 'J.', 'Vassouras,', 'a', 'Brazilian'];
    const read = (authorLength: number) =>
      candidateFeatures(name, boundariesOf(name), { labels: name.map((_, i) => (i < authorLength ? 'author' : 'title')), score: 0 }, 0);
    expect(read(3).has('author|pattern=Xx, Xx X.')).toBe(true);
    expect(read(4).has('author|pattern=Xx, Xx X. Xx,')).toBe(true);
    // Long fields get no pattern (too rare to learn from).
    const long = [...name, 'Coffee', 'County'];
    const f = candidateFeatures(long, boundariesOf(long), { labels: long.map(() => 'title'), score: 0 }, 0);
    expect([...f.keys()].some((k) => k.startsWith('title|pattern='))).toBe(false);
  });
});

describe('training the reranker', () => {
  /** The tagger prefers a title that swallows the container; the gold reading cuts at the closing quote. */
  function example(title: string, container: string): RerankingExample {
    const tokens = [`“${title}`, 'Part,”', 'in', container, 'Essays'];
    const runOn = ['title', 'title', 'title', 'title', 'title'];
    const cut = ['title', 'title', 'container-title', 'container-title', 'container-title'];
    return { tokens, boundaries: boundariesOf(tokens), candidates: [{ labels: runOn, score: 0 }, { labels: cut, score: -0.5 }], gold: cut };
  }
  const words = ['Networks', 'Order', 'Meals', 'Images', 'Forms', 'Spring', 'Home', 'Time'];
  const training = words.flatMap((w, i) => [example(w, words[(i + 3) % words.length]!), example(`${w}s`, 'Collected')]);

  it('learns to prefer the reading the gold data supports over the tagger’s first choice', () => {
    const reranker = new Reranker(trainReranker(training, { candidates: 2, minFeatureCount: 1 }));
    const unseen = example('Chronotope', 'Dialogic');
    expect(reranker.choose(unseen.tokens, unseen.boundaries, unseen.candidates)).toBe(1);
  });

  it('with a margin, separates the right reading from a worse one by a wider gap', () => {
    const unseen = example('Chronotope', 'Dialogic');
    const gap = (margin: number): number => {
      const reranker = new Reranker(trainReranker(training, { candidates: 2, minFeatureCount: 1, margin }));
      const [runOn, cut] = unseen.candidates.map((c) => reranker.value(unseen.tokens, unseen.boundaries, c, 0));
      return cut! - runOn!;
    };
    expect(gap(0)).toBeGreaterThan(0);
    expect(gap(2)).toBeGreaterThan(gap(0));
  });

  it('without weights keeps the tagger’s first choice', () => {
    const untrained = new Reranker({ candidates: 2, features: [], weights: [] });
    const unseen = example('Chronotope', 'Dialogic');
    expect(untrained.choose(unseen.tokens, unseen.boundaries, unseen.candidates)).toBe(0);
  });
});

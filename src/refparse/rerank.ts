/**
 * Reranking the tagger's k best readings of a reference with features of
 * whole fields (Collins & Koo 2005 style). The token tagger sees each token
 * with a small window around it; whether a field is plausible as a whole —
 * a title that runs on past its closing quote, a journal that swallows the
 * volume, two titles, a publisher before any title — is only visible once
 * the fields are cut. The reranker scores every candidate reading with the
 * tagger's own score plus weighted field features and picks the best.
 *
 * Training is listwise: for each training reference the candidates come from
 * a tagger that did not see it (inner cross-validation, see reference-tagger.ts), and
 * the weights maximise the probability of the candidates that get the most
 * fields right (softmax over the list), with AdaGrad and an L2 penalty.
 */
import { coreWord, shapeOf, tokenKinds, closesQuote, opensQuote, endsSegment, bracketBalance } from './features.js';
import { seededRandom } from '../util/random.js';
import { fieldsFromLabels, normaliseFieldText } from './metric.js';

export interface RerankerModel {
  /** How many readings the tagger proposes. */
  candidates: number;
  features: string[];
  weights: number[];
}

export interface Candidate {
  labels: readonly string[];
  /** The tagger's score of this reading (log-potential, higher is better). */
  score: number;
}

/** A maximal run of tokens with one label. */
export interface Field {
  label: string;
  start: number;
  end: number;
}

export function fieldsOf(labels: readonly string[]): Field[] {
  const fields: Field[] = [];
  labels.forEach((label, i) => {
    const last = fields[fields.length - 1];
    if (last !== undefined && last.label === label) last.end = i;
    else fields.push({ label, start: i, end: i });
  });
  return fields;
}

/** How many of the field's words are capitalised: title case, sentence case or none. */
function capitalBucket(fieldTokens: readonly string[]): string {
  const words = fieldTokens.filter((t) => /\p{L}{3,}/u.test(t));
  if (words.length === 0) return 'none';
  const capitalised = words.filter((t) => /^[\p{P}\p{S}]*\p{Lu}/u.test(t)).length / words.length;
  return capitalised === 1 ? 'all' : capitalised >= 0.5 ? 'most' : capitalised > 0 ? 'some' : 'none';
}

const lengthBucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : '13+');
const trailing = (token: string): string => /[\p{P}\p{S}]*$/u.exec(token)![0];

/** Features of one reading: feature → value (counts, and the tagger's score relative to the best reading). */
export function candidateFeatures(
  tokens: readonly string[],
  boundaries: readonly number[],
  candidate: Candidate,
  bestScore: number,
  cache: Map<string, readonly string[]> = new Map(),
): Map<string, number> {
  const features = new Map<string, number>();
  const add = (name: string, value = 1) => features.set(name, (features.get(name) ?? 0) + value);
  add('score', candidate.score - bestScore);
  const fields = fieldsOf(candidate.labels);
  const seen = new Set<string>();
  add(`fields=${lengthBucket(fields.length)}`);
  fields.forEach(({ label, start, end }, index) => {
    const previous = index === 0 ? '^' : fields[index - 1]!.label;
    add(`${previous}>${label}`);
    add(`${previous}>${label}|gap=${start === 0 ? '^' : boundaries[start]}`);
    add(`${label}|index=${Math.min(index, 6)}`);
    if (index === fields.length - 1) add(`${label}>$`);
    if (seen.has(label)) add(`repeat=${label}`);
    seen.add(label);
    const key = `${label}:${start}:${end}`;
    let own = cache.get(key);
    if (own === undefined) cache.set(key, (own = fieldFeatures(tokens, boundaries, label, start, end)));
    for (const name of own) add(name);
  });
  const present = [...seen].sort();
  for (let a = 0; a < present.length; a++) for (let b = a + 1; b < present.length; b++) add(`pair=${present[a]}+${present[b]}`);
  return features;
}

/** Features of one field that depend only on its label and its tokens (shared by all readings that cut it alike). */
function fieldFeatures(tokens: readonly string[], boundaries: readonly number[], label: string, start: number, end: number): string[] {
  const first = tokens[start]!;
  const last = tokens[end]!;
  const features = [
    `${label}|gapIn=${start === 0 ? '^' : boundaries[start]}`,
    `${label}|gapOut=${end === tokens.length - 1 ? '$' : boundaries[end + 1]}`,
    `${label}|end=${trailing(last)}`,
    `${label}|len=${lengthBucket(end - start + 1)}`,
    `${label}|first=${coreWord(first)}`,
    `${label}|last=${coreWord(last)}`,
    `${label}|firstShape=${shapeOf(first)}`,
    `${label}|lastShape=${shapeOf(last)}`,
    `${label}|rel=${Math.floor((5 * start) / tokens.length)}`,
    `${label}|before=${start === 0 ? '^' : trailing(tokens[start - 1]!)}|${shapeOf(first)}`,
    `${label}|after=${end === tokens.length - 1 ? '$' : shapeOf(tokens[end + 1]!)}`,
    `${label}|caps=${capitalBucket(tokens.slice(start, end + 1))}`,
  ];
  // The shapes of a short field as a whole: "Xx, Xx X." is a name, "Xx, Xx X. Xx," a name that ran on.
  if (end - start < 6) features.push(`${label}|pattern=${tokens.slice(start, end + 1).map(shapeOf).join(' ')}`);
  if (end > start) features.push(`${label}|first2=${coreWord(first)}|${coreWord(tokens[start + 1]!)}`);
  for (const kind of tokenKinds(first)) features.push(`${label}|firstKind=${kind}`);
  for (const kind of tokenKinds(last)) features.push(`${label}|lastKind=${kind}`);
  let segmentEnds = 0;
  let innerClose = false;
  let innerOpen = false;
  let paren = 0;
  const kinds = new Set<string>();
  for (let i = start; i <= end; i++) {
    const token = tokens[i]!;
    for (const kind of tokenKinds(token)) kinds.add(kind);
    if (i < end && endsSegment(token)) segmentEnds++;
    if (i < end && closesQuote(token)) innerClose = true;
    if (i > start && opensQuote(token)) innerOpen = true;
    paren += bracketBalance(token);
  }
  features.push(`${label}|segEnds=${Math.min(segmentEnds, 2)}`, `${label}|paren=${Math.sign(paren)}`);
  if (innerClose) features.push(`${label}|innerClose`);
  if (innerOpen) features.push(`${label}|innerOpen`);
  for (const kind of kinds) features.push(`${label}|has=${kind}`);
  return features;
}

export class Reranker {
  private readonly weights = new Map<string, number>();

  constructor(readonly model: RerankerModel) {
    model.features.forEach((feature, i) => this.weights.set(feature, model.weights[i]!));
  }

  /** The reranker's score of one reading (`bestScore`: the tagger's score of its best reading). */
  value(
    tokens: readonly string[],
    boundaries: readonly number[],
    candidate: Candidate,
    bestScore: number,
    cache: Map<string, readonly string[]> = new Map(),
  ): number {
    let value = 0;
    for (const [feature, x] of candidateFeatures(tokens, boundaries, candidate, bestScore, cache)) value += (this.weights.get(feature) ?? 0) * x;
    return value;
  }

  /** Index of the best candidate (candidates sorted by the tagger's score, best first). */
  choose(tokens: readonly string[], boundaries: readonly number[], candidates: readonly Candidate[]): number {
    let best = 0;
    let bestValue = -Infinity;
    const top = candidates[0]?.score ?? 0;
    const cache = new Map<string, readonly string[]>();
    candidates.forEach((candidate, i) => {
      const value = this.value(tokens, boundaries, candidate, top, cache);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    return best;
  }
}

/** One training reference: its tokens, gap classes, candidate readings and gold labels. */
export interface RerankingExample {
  tokens: readonly string[];
  boundaries: readonly number[];
  candidates: readonly Candidate[];
  gold: readonly string[];
}

export interface RerankerOptions {
  candidates: number;
  epochs: number;
  learningRate: number;
  l2: number;
  minFeatureCount: number;
  seed: number;
  /**
   * Softmax-margin (Gimpel & Smith 2010): in training, each candidate's value is raised by `margin` ×
   * how much worse it is than the best, so the weights must beat bad readings by a wider gap.
   */
  margin: number;
}

export const DEFAULT_RERANKER_OPTIONS: RerankerOptions = { candidates: 40, epochs: 10, learningRate: 0.1, l2: 10, minFeatureCount: 2, seed: 1, margin: 1 };

/**
 * Fields right minus fields wrong, compared as the metric compares them (`normalisedGold`: label →
 * normalised text): the reading the metric likes best scores highest.
 */
function agreement(tokens: readonly { text: string }[], labels: readonly string[], normalisedGold: ReadonlyMap<string, string>): number {
  let score = 0;
  for (const [label, text] of Object.entries(fieldsFromLabels(tokens, labels))) score += normalisedGold.get(label) === normaliseFieldText(text) ? 2 : -1;
  return score;
}

/** One candidate's features as parallel arrays: feature ids and their values, in the order they were made. */
interface EncodedCandidate {
  ids: Int32Array;
  values: Float64Array;
}

export function trainReranker(examples: readonly RerankingExample[], options: Partial<RerankerOptions> = {}): RerankerModel {
  const { candidates: k, epochs, learningRate, l2, minFeatureCount, seed, margin } = { ...DEFAULT_RERANKER_OPTIONS, ...options };
  // Featurise every candidate once; keep lists where the candidates differ in quality. Feature names get ids
  // in the order they are first seen, and candidates are kept as typed arrays of ids: the lists hold tens of
  // millions of features, and one Map of names per candidate needed several gigabytes.
  const featureIds = new Map<string, number>();
  const counts: number[] = [];
  const lists: { candidates: EncodedCandidate[]; targets: boolean[]; shortfalls: number[] }[] = [];
  for (const example of examples) {
    const candidates = example.candidates.slice(0, k);
    const tokens = example.tokens.map((text) => ({ text }));
    const gold = new Map(Object.entries(fieldsFromLabels(tokens, example.gold)).map(([label, text]) => [label, normaliseFieldText(text)]));
    const quality = candidates.map((c) => agreement(tokens, c.labels, gold));
    const best = Math.max(...quality);
    if (quality.every((q) => q === best)) continue;
    const top = candidates[0]!.score;
    const cache = new Map<string, readonly string[]>();
    const encoded = candidates.map((c) => {
      const features = candidateFeatures(example.tokens, example.boundaries, c, top, cache);
      const candidate: EncodedCandidate = { ids: new Int32Array(features.size), values: new Float64Array(features.size) };
      let n = 0;
      for (const [name, x] of features) {
        let id = featureIds.get(name);
        if (id === undefined) {
          id = counts.length;
          featureIds.set(name, id);
          counts.push(0);
        }
        counts[id]! += 1;
        candidate.ids[n] = id;
        candidate.values[n++] = x;
      }
      return candidate;
    });
    lists.push({ candidates: encoded, targets: quality.map((q) => q === best), shortfalls: quality.map((q) => best - q) });
  }
  // Keep the features seen often enough, renumbered in first-seen order.
  const names: string[] = [];
  const keptId = new Int32Array(counts.length).fill(-1);
  for (const [name, id] of featureIds) {
    if (counts[id]! >= minFeatureCount || name === 'score') keptId[id] = names.push(name) - 1;
  }
  featureIds.clear();
  for (const list of lists) list.candidates = list.candidates.map((c) => keepFeatures(c, keptId));
  const weights = new Float64Array(names.length);
  const squared = new Float64Array(names.length);
  const random = seededRandom(seed);
  const order = lists.map((_, i) => i);
  const averaged = new Float64Array(names.length);
  let averagedEpochs = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const listIndex of order) {
      const { candidates, targets, shortfalls } = lists[listIndex]!;
      const values = candidates.map((c, index) => {
        let sum = 0;
        for (let n = 0; n < c.ids.length; n++) sum += weights[c.ids[n]!]! * c.values[n]!;
        return sum + margin * shortfalls[index]!;
      });
      const model = softmax(values, values.map(() => true));
      const target = softmax(values, targets);
      // d(-log Σ_target p)/dθ = E_model[f] − E_target[f]
      const gradient = new Map<number, number>();
      candidates.forEach((c, index) => {
        const coefficient = model[index]! - target[index]!;
        if (coefficient === 0) return;
        for (let n = 0; n < c.ids.length; n++) gradient.set(c.ids[n]!, (gradient.get(c.ids[n]!) ?? 0) + coefficient * c.values[n]!);
      });
      for (const [id, g0] of gradient) {
        const g = g0 + (l2 * weights[id]!) / lists.length;
        if (g === 0) continue;
        squared[id]! += g * g;
        weights[id]! -= (learningRate * g) / Math.sqrt(squared[id]!);
      }
    }
    if (epoch >= Math.floor(epochs / 2)) {
      for (let f = 0; f < weights.length; f++) averaged[f]! += weights[f]!;
      averagedEpochs++;
    }
  }
  const kept = names.flatMap((name, f) => {
    const w = averaged[f]! / averagedEpochs;
    return Math.abs(w) >= 1e-3 ? [[name, Math.round(w * 1e4) / 1e4] as const] : [];
  });
  return { candidates: k, features: kept.map(([name]) => name), weights: kept.map(([, w]) => w) };
}

/** The candidate's kept features only, with their new ids (`keptId[id]` is -1 for a dropped feature). */
function keepFeatures(candidate: EncodedCandidate, keptId: Int32Array): EncodedCandidate {
  let size = 0;
  for (const id of candidate.ids) if (keptId[id]! >= 0) size++;
  const kept: EncodedCandidate = { ids: new Int32Array(size), values: new Float64Array(size) };
  let n = 0;
  candidate.ids.forEach((id, i) => {
    if (keptId[id]! < 0) return;
    kept.ids[n] = keptId[id]!;
    kept.values[n++] = candidate.values[i]!;
  });
  return kept;
}

/** Softmax of `values` over the entries where `include` is true (0 elsewhere). */
function softmax(values: readonly number[], include: readonly boolean[]): number[] {
  const max = Math.max(...values.filter((_, i) => include[i]));
  const exp = values.map((v, i) => (include[i] ? Math.exp(v - max) : 0));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

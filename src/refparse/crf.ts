/**
 * Training the tagger as a linear-chain conditional random field (Lafferty et
 * al. 2001): maximise the L2-regularised conditional log-likelihood of the
 * gold label sequences with L-BFGS. Transitions depend on the gap class
 * between tokens (see features.ts). Deterministic: no random initialisation.
 */
import type { FeaturisedSequence } from './features.js';
import { BOUNDARY_CLASSES } from './features.js';
import { minimiseLbfgs } from './lbfgs.js';
import { transitionIndex } from './decode.js';
import { SequenceTagger, quantiseModel } from './tagger.js';
import { seededRandom } from '../util/random.js';

export interface TrainingSequence extends FeaturisedSequence {
  labels: string[];
}

export interface CrfOptions {
  /** 'adagrad': stochastic, a few epochs (fast); 'lbfgs': full-batch quasi-Newton to convergence (slow). */
  optimiser: 'adagrad' | 'lbfgs';
  /** L2 penalty λ in λ/2·‖θ‖² (summed over all training sequences). */
  l2: number;
  /** AdaGrad: passes over the training data, step size, and the seed of the shuffling. */
  epochs: number;
  learningRate: number;
  seed: number;
  /** L-BFGS: iteration limit. */
  maxIterations: number;
  /** Features seen fewer times than this in training are dropped. */
  minFeatureCount: number;
  /** Features whose largest weight is smaller are left out of the saved model (keeps it small). */
  pruneBelow: number;
}

export const DEFAULT_CRF_OPTIONS: CrfOptions = {
  optimiser: 'adagrad',
  l2: 0.3,
  epochs: 10,
  learningRate: 0.1,
  seed: 1,
  maxIterations: 150,
  minFeatureCount: 2,
  pruneBelow: 0.05,
};

interface EncodedSequence {
  /** Feature ids of all tokens, concatenated; token t owns featureIds[offsets[t] .. offsets[t+1]). */
  featureIds: Int32Array;
  /** The distinct ids in featureIds (the weights one training step on this sequence touches). */
  distinctIds: Int32Array;
  offsets: Int32Array;
  boundaries: Int32Array;
  gold: Int32Array;
}

interface Problem {
  sequences: EncodedSequence[];
  labelCount: number;
  featureCount: number;
}

function encode(sequences: readonly TrainingSequence[], minCount: number) {
  const labels = [...new Set(sequences.flatMap((s) => s.labels))].sort();
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const counts = new Map<string, number>();
  for (const s of sequences) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const featureIndex = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= minCount) featureIndex.set(feature, featureIndex.size);

  const encoded = sequences.map((s): EncodedSequence => {
    const ids: number[] = [];
    const offsets = [0];
    for (const tokenFeatures of s.features) {
      for (const f of tokenFeatures) {
        const id = featureIndex.get(f);
        if (id !== undefined) ids.push(id);
      }
      offsets.push(ids.length);
    }
    return {
      featureIds: Int32Array.from(ids),
      distinctIds: Int32Array.from(new Set(ids)),
      offsets: Int32Array.from(offsets),
      boundaries: Int32Array.from(s.boundaries),
      gold: Int32Array.from(s.labels, (label) => labelIndex.get(label)!),
    };
  });
  const problem: Problem = { sequences: encoded, labelCount: labels.length, featureCount: featureIndex.size };
  return { labels, featureIndex, problem };
}

/** Scratch arrays for one sequence, sized for the longest one. */
class Workspace {
  readonly scores: Float64Array;
  readonly potentials: Float64Array;
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
  readonly marginals: Float64Array;
  readonly scale: Float64Array;
  constructor(longest: number, labelCount: number) {
    [this.scores, this.potentials, this.alpha, this.beta, this.marginals] = [0, 1, 2, 3, 4].map(
      () => new Float64Array(longest * labelCount),
    ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    this.scale = new Float64Array(longest);
  }
}

/**
 * Negative log-likelihood of one sequence's gold labels; adds its gradient to
 * `gradient` (same layout as θ: emissions featureCount × labels, then
 * transitions as in transitionIndex). Scaled forward-backward in probability space.
 */
function sequenceLoss(
  problem: Problem,
  sequence: EncodedSequence,
  theta: Float64Array,
  expTransitions: Float64Array,
  work: Workspace,
  gradient: Float64Array,
): number {
  const { labelCount: L, featureCount } = problem;
  const { featureIds, offsets, boundaries, gold } = sequence;
  const { scores, potentials, alpha, beta, marginals, scale } = work;
  const transitionBase = featureCount * L;
  const n = gold.length;
  if (n === 0) return 0;
  scores.fill(0, 0, n * L);
  for (let t = 0; t < n; t++) {
    for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
      const base = featureIds[j]! * L;
      for (let y = 0; y < L; y++) scores[t * L + y]! += theta[base + y]!;
    }
  }
  let goldScore = 0;
  for (let t = 0; t < n; t++) {
    goldScore += scores[t * L + gold[t]!]! + theta[transitionBase + transitionIndex(L, boundaries[t]!, t === 0 ? -1 : gold[t - 1]!, gold[t]!)]!;
  }
  // Potentials shifted by each token's maximum score, to keep exp() in range.
  let logZ = 0;
  for (let t = 0; t < n; t++) {
    let max = -Infinity;
    for (let y = 0; y < L; y++) max = Math.max(max, scores[t * L + y]!);
    logZ += max;
    for (let y = 0; y < L; y++) potentials[t * L + y] = Math.exp(scores[t * L + y]! - max);
  }
  for (let t = 0; t < n; t++) {
    let sum = 0;
    for (let y = 0; y < L; y++) {
      let incoming = 0;
      if (t === 0) incoming = expTransitions[transitionIndex(L, 0, -1, y)]!;
      else {
        const rowBase = transitionIndex(L, boundaries[t]!, 0, y);
        for (let p = 0; p < L; p++) incoming += alpha[(t - 1) * L + p]! * expTransitions[rowBase + p * L]!;
      }
      alpha[t * L + y] = incoming * potentials[t * L + y]!;
      sum += alpha[t * L + y]!;
    }
    scale[t] = sum;
    for (let y = 0; y < L; y++) alpha[t * L + y]! /= sum;
    logZ += Math.log(sum);
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
  for (let t = n - 2; t >= 0; t--) {
    for (let p = 0; p < L; p++) {
      const rowBase = transitionIndex(L, boundaries[t + 1]!, p, 0);
      let total = 0;
      for (let y = 0; y < L; y++) total += expTransitions[rowBase + y]! * potentials[(t + 1) * L + y]! * beta[(t + 1) * L + y]!;
      beta[t * L + p] = total / scale[t + 1]!;
    }
  }

  // Gradient: expected minus observed feature counts.
  for (let k = 0; k < n * L; k++) marginals[k] = alpha[k]! * beta[k]!;
  for (let t = 0; t < n; t++) {
    marginals[t * L + gold[t]!]! -= 1;
    for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
      const base = featureIds[j]! * L;
      for (let y = 0; y < L; y++) gradient[base + y]! += marginals[t * L + y]!;
    }
    if (t === 0) {
      for (let y = 0; y < L; y++) gradient[transitionBase + transitionIndex(L, 0, -1, y)]! += marginals[y]!;
      continue;
    }
    for (let p = 0; p < L; p++) {
      const rowBase = transitionIndex(L, boundaries[t]!, p, 0);
      const a = alpha[(t - 1) * L + p]! / scale[t]!;
      for (let y = 0; y < L; y++) {
        gradient[transitionBase + rowBase + y]! += a * expTransitions[rowBase + y]! * potentials[t * L + y]! * beta[t * L + y]!;
      }
    }
    gradient[transitionBase + transitionIndex(L, boundaries[t]!, gold[t - 1]!, gold[t]!)]! -= 1;
  }
  return logZ - goldScore;
}

function exponentiatedTransitions(problem: Problem, theta: Float64Array, into: Float64Array): Float64Array {
  const transitionBase = problem.featureCount * problem.labelCount;
  for (let k = 0; k < into.length; k++) into[k] = Math.exp(theta[transitionBase + k]!);
  return into;
}

function longestSequence(problem: Problem): number {
  return problem.sequences.reduce((longest, s) => Math.max(longest, s.gold.length), 0);
}

/** Regularised negative log-likelihood of all sequences, and its gradient. */
function negativeLogLikelihood(problem: Problem, theta: Float64Array, gradient: Float64Array, l2: number): number {
  const transitionCount = theta.length - problem.featureCount * problem.labelCount;
  const expTransitions = exponentiatedTransitions(problem, theta, new Float64Array(transitionCount));
  const work = new Workspace(longestSequence(problem), problem.labelCount);
  gradient.fill(0);
  let loss = 0;
  for (const sequence of problem.sequences) loss += sequenceLoss(problem, sequence, theta, expTransitions, work, gradient);
  for (let k = 0; k < theta.length; k++) {
    loss += 0.5 * l2 * theta[k]! * theta[k]!;
    gradient[k]! += l2 * theta[k]!;
  }
  return loss;
}

/**
 * Stochastic alternative to L-BFGS: AdaGrad over single sequences, with the
 * L2 term applied to the weights a sequence touches. Much faster to converge
 * in wall-clock time; the training order is shuffled with a fixed seed.
 */
function minimiseAdagrad(problem: Problem, theta: Float64Array, l2: number, epochs: number, learningRate: number, seed: number): void {
  const L = problem.labelCount;
  const transitionBase = problem.featureCount * L;
  const transitionCount = theta.length - transitionBase;
  const expTransitions = new Float64Array(transitionCount);
  const work = new Workspace(longestSequence(problem), L);
  const gradient = new Float64Array(theta.length);
  const squaredSums = new Float64Array(theta.length);
  const perSequenceL2 = l2 / problem.sequences.length;
  const random = seededRandom(seed);
  const order = problem.sequences.map((_, i) => i);

  const step = (k: number): void => {
    const g = gradient[k]! + perSequenceL2 * theta[k]!;
    gradient[k] = 0;
    if (g === 0) return;
    squaredSums[k]! += g * g;
    theta[k]! -= (learningRate * g) / Math.sqrt(squaredSums[k]!);
  };
  // Averaging the weights of the later epochs smooths out the noise of single-sequence updates.
  const averaged = new Float64Array(theta.length);
  let averagedEpochs = 0;
  const averageFrom = Math.floor(epochs / 2);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const sequence = problem.sequences[index]!;
      exponentiatedTransitions(problem, theta, expTransitions);
      sequenceLoss(problem, sequence, theta, expTransitions, work, gradient);
      // Apply the update to every weight the sequence touched; this also clears `gradient`.
      for (const id of sequence.distinctIds) for (let y = 0; y < L; y++) step(id * L + y);
      for (let k = transitionBase; k < theta.length; k++) step(k);
    }
    if (epoch >= averageFrom) {
      for (let k = 0; k < theta.length; k++) averaged[k]! += theta[k]!;
      averagedEpochs++;
    }
  }
  for (let k = 0; k < theta.length; k++) theta[k] = averaged[k]! / averagedEpochs;
}


function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export function trainCrf(sequences: readonly TrainingSequence[], options: Partial<CrfOptions> = {}): SequenceTagger {
  const { optimiser, l2, epochs, learningRate, seed, maxIterations, minFeatureCount, pruneBelow } = { ...DEFAULT_CRF_OPTIONS, ...options };
  const { labels, featureIndex, problem } = encode(sequences, minFeatureCount);
  const L = labels.length;
  const boundaryClassCount = BOUNDARY_CLASSES.length;
  const theta = new Float64Array(problem.featureCount * L + boundaryClassCount * (L + 1) * L);
  if (optimiser === 'adagrad') minimiseAdagrad(problem, theta, l2, epochs, learningRate, seed);
  else {
    const objective = (x: Float64Array, gradient: Float64Array) => negativeLogLikelihood(problem, x, gradient, l2);
    minimiseLbfgs(objective, theta, { maxIterations, tolerance: 1e-5, memory: 10 });
  }

  const featureNames = [...featureIndex.keys()]; // ids are assigned in insertion order
  const transitions = theta.subarray(problem.featureCount * L);
  const emissions = theta.subarray(0, problem.featureCount * L);
  return new SequenceTagger(quantiseModel(labels, boundaryClassCount, transitions, featureNames, emissions, pruneBelow));
}

/**
 * Inference for the linear-chain tagger: per-token scores are sums of
 * (feature, label) weights; transition weights between neighbouring labels
 * depend on the kind of gap between the two tokens (see BOUNDARY_CLASSES);
 * Viterbi finds the best-scoring label sequence.
 */
import type { FeaturisedSequence } from './features.js';
import { beamDecode, decodeWithConstraints, fieldConstraints, type FieldConstraints } from './decode.js';

export { transitionIndex, viterbi } from './decode.js';

/** Serialised model, as stored in model/*.json. */
export interface TaggerModel {
  labels: string[];
  boundaryClassCount: number;
  /**
   * boundaryClassCount × (labels + 1) × labels, flattened: for gap class c,
   * row 0 scores starting a reference with a label, row p+1 a label following label p.
   */
  transitions: number[];
  /** Feature names, in the order of `scales` and of the rows of `weights`. */
  features: string[];
  /** Per feature, the weight that the quantised value 127 stands for. */
  scales: number[];
  /**
   * Base64 of a features × labels Int8 matrix: weight = value / 127 × scale.
   * (Quantising to 8 bits keeps the model a few MB without measurable loss.)
   */
  weights: string;
}

/** Builds the stored form of a model from full-precision weights (features × labels). */
export function quantiseModel(
  labels: string[],
  boundaryClassCount: number,
  transitions: ArrayLike<number>,
  features: readonly string[],
  dense: Float64Array,
  dropBelow: number,
): TaggerModel {
  const L = labels.length;
  const keptFeatures: string[] = [];
  const scales: number[] = [];
  const rows: Int8Array[] = [];
  features.forEach((feature, f) => {
    const row = dense.subarray(f * L, (f + 1) * L);
    const largest = row.reduce((max, w) => Math.max(max, Math.abs(w)), 0);
    if (largest < dropBelow) return; // a feature this weak never changes a decision
    keptFeatures.push(feature);
    scales.push(Number(largest.toPrecision(4)));
    rows.push(Int8Array.from(row, (w) => Math.round((w / largest) * 127)));
  });
  const matrix = new Int8Array(rows.length * L);
  rows.forEach((row, f) => matrix.set(row, f * L));
  return {
    labels,
    boundaryClassCount,
    transitions: Array.from(transitions, (w) => Math.round(w * 1000) / 1000),
    features: keptFeatures,
    scales,
    weights: Buffer.from(matrix.buffer, matrix.byteOffset, matrix.byteLength).toString('base64'),
  };
}

export class SequenceTagger {
  private readonly transitions: Float64Array;
  private readonly constraints: FieldConstraints;
  /** The dequantised weights, features × labels, and each feature's row in it. */
  private readonly matrix: Float32Array;
  private readonly rowOf = new Map<string, number>();

  constructor(private readonly model: TaggerModel) {
    const L = model.labels.length;
    this.transitions = Float64Array.from(model.transitions);
    this.constraints = fieldConstraints(model.labels);
    const bytes = Buffer.from(model.weights, 'base64');
    const quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.matrix = new Float32Array(quantised.length);
    // Row numbers rather than a view per feature: the model has a quarter of a million features, and
    // making that many typed-array views took most of the model's load time.
    model.features.forEach((feature, f) => {
      const scale = model.scales[f]! / 127;
      for (let k = f * L; k < (f + 1) * L; k++) this.matrix[k] = quantised[k]! * scale;
      this.rowOf.set(feature, f);
    });
  }

  get labels(): readonly string[] {
    return this.model.labels;
  }

  /** Per-token label scores (tokens × labels, flat) from the features' weights. */
  emissions(features: readonly string[][]): Float64Array {
    const L = this.model.labels.length;
    const { matrix, rowOf } = this;
    const scores = new Float64Array(features.length * L);
    features.forEach((tokenFeatures, i) => {
      for (const feature of tokenFeatures) {
        const row = rowOf.get(feature);
        if (row === undefined) continue;
        for (let y = 0; y < L; y++) scores[i * L + y]! += matrix[row * L + y]!;
      }
    });
    return scores;
  }

  /** Best label sequence for the given emission scores. */
  decode(emissions: Float64Array, boundaries: readonly number[]): string[] {
    const L = this.model.labels.length;
    return decodeWithConstraints(emissions, boundaries, L, this.transitions, this.constraints).map((y) => this.model.labels[y]!);
  }

  /** Labels one featurised reference. */
  predict(sequence: FeaturisedSequence): string[] {
    return this.decode(this.emissions(sequence.features), sequence.boundaries);
  }

  /**
   * Up to `k` readings that keep the field constraints, best first, from a
   * wide beam (64 hypotheses, up to 4 per state) so that near misses survive.
   */
  candidates(sequence: FeaturisedSequence, k: number): { labels: string[]; score: number }[] {
    const L = this.model.labels.length;
    if (L > 31) return [{ labels: this.predict(sequence), score: 0 }]; // the beam's label sets are 31-bit masks
    const emissions = this.emissions(sequence.features);
    return beamDecode(emissions, sequence.boundaries, L, this.transitions, this.constraints, { width: 64, perState: 4, k }).map((path) => ({
      labels: path.labels.map((y) => this.model.labels[y]!),
      score: path.score,
    }));
  }

  toModel(): TaggerModel {
    return this.model;
  }
}

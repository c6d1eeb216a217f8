/**
 * Two-stage ("stacked") tagging. A first CRF labels the reference from its
 * own features; a second CRF sees the same features plus the first stage's
 * labels around each token and the labels already used earlier in the
 * reference, which lets it fix globally inconsistent readings (a second
 * "title", a journal after a book's publisher …).
 *
 * For training, the second stage must see first-stage labels of the quality
 * it will meet on unseen text, so they come from inner cross-validation
 * (each training reference labelled by a first-stage model not trained on it).
 */
import { trainCrf, DEFAULT_CRF_OPTIONS, type CrfOptions, type TrainingSequence } from './crf.js';
import { featurise, type FeaturisedSequence } from './features.js';
import { SequenceTagger, addRow, type TaggerModel } from './tagger.js';

export interface StackedModel {
  format: 'refparse-stacked-crf/1';
  stage1: TaggerModel;
  /** Absent in a single-stage model (used for quick experiments and tests). */
  stage2?: TaggerModel;
}

export interface TrainingOptions extends CrfOptions {
  /** 2: stacked as described above; 1: the first CRF alone (5× faster to train). */
  stages: 1 | 2;
  /** Folds of the inner cross-validation that produces first-stage labels for training the second stage. */
  innerFolds: number;
}

export const SHIPPED_TRAINING_OPTIONS: TrainingOptions = { ...DEFAULT_CRF_OPTIONS, stages: 2, innerFolds: 4 };

/** The features the second stage gets from the first stage's labels, per token. */
function firstStageFeatures(firstStage: readonly string[]): string[][] {
  const labelsSoFar = new Set<string>();
  const at = (i: number) => firstStage[i] ?? (i < 0 ? '^' : '$');
  return firstStage.map((_, i) => {
    const extra = [
      `s1=${at(i)}`,
      `s1-1=${at(i - 1)}`,
      `s1+1=${at(i + 1)}`,
      `s1-2=${at(i - 2)}`,
      `s1+2=${at(i + 2)}`,
      `s1trio=${at(i - 1)}|${at(i)}|${at(i + 1)}`,
    ];
    for (const label of labelsSoFar) extra.push(`s1seen=${label}`);
    labelsSoFar.add(at(i));
    return extra;
  });
}

/** Adds first-stage label features to every token. */
export function withFirstStageLabels(sequence: FeaturisedSequence, firstStage: readonly string[]): FeaturisedSequence {
  const extra = firstStageFeatures(firstStage);
  return { ...sequence, features: sequence.features.map((own, i) => [...own, ...extra[i]!]) };
}

export class ReferenceTagger {
  private readonly stage1: SequenceTagger;
  private readonly stage2: SequenceTagger | undefined;

  /** Feature → [stage-1 weights, stage-2 weights]. */
  private readonly rows = new Map<string, [Float32Array | undefined, Float32Array | undefined]>();

  constructor(private readonly model: StackedModel) {
    this.stage1 = new SequenceTagger(model.stage1);
    this.stage2 = model.stage2 && new SequenceTagger(model.stage2);
    if (model.stage2 !== undefined && model.stage2.labels.join() !== model.stage1.labels.join()) {
      throw new Error('refparse: the two stages of the model have different labels');
    }
    for (const feature of new Set([...model.stage1.features, ...(model.stage2?.features ?? [])])) {
      this.rows.set(feature, [this.stage1.weightsOf(feature), this.stage2?.weightsOf(feature)]);
    }
  }

  /** Labels a featurised reference. */
  predict(sequence: FeaturisedSequence): string[] {
    const { stage1, stage2 } = this;
    if (stage2 === undefined) return stage1.predict(sequence);
    // Same as stage2.predict(withFirstStageLabels(…)), but looking each shared feature up once for both stages.
    const L = stage1.labels.length;
    const firstScores = new Float64Array(sequence.features.length * L);
    const secondScores = new Float64Array(sequence.features.length * L);
    sequence.features.forEach((tokenFeatures, i) => {
      for (const feature of tokenFeatures) {
        const rows = this.rows.get(feature);
        if (rows?.[0] !== undefined) addRow(firstScores, i * L, rows[0]);
        if (rows?.[1] !== undefined) addRow(secondScores, i * L, rows[1]);
      }
    });
    const firstStage = stage1.decode(firstScores, sequence.boundaries);
    firstStageFeatures(firstStage).forEach((tokenFeatures, i) => {
      for (const feature of tokenFeatures) {
        const row = stage2.weightsOf(feature);
        if (row !== undefined) addRow(secondScores, i * L, row);
      }
    });
    return stage2.decode(secondScores, sequence.boundaries);
  }

  /** Labels whitespace tokens of a reference. */
  labelTokens(tokens: readonly string[]): string[] {
    return this.predict(featurise(tokens));
  }

  toModel(): StackedModel {
    return this.model;
  }

  static train(sequences: readonly TrainingSequence[], options: Partial<TrainingOptions> = {}): ReferenceTagger {
    const { stages, innerFolds, ...crfOptions } = { ...SHIPPED_TRAINING_OPTIONS, ...options };
    if (stages === 1) return new ReferenceTagger({ format: 'refparse-stacked-crf/1', stage1: trainCrf(sequences, crfOptions).toModel() });
    const firstStageLabels: string[][] = new Array(sequences.length);
    for (let fold = 0; fold < innerFolds; fold++) {
      const inner = trainCrf(
        sequences.filter((_, i) => i % innerFolds !== fold),
        crfOptions,
      );
      sequences.forEach((sequence, i) => {
        if (i % innerFolds === fold) firstStageLabels[i] = inner.predict(sequence);
      });
    }
    const stage1 = trainCrf(sequences, crfOptions);
    const stage2 = trainCrf(
      sequences.map((sequence, i) => ({ ...withFirstStageLabels(sequence, firstStageLabels[i]!), labels: sequence.labels })),
      crfOptions,
    );
    return new ReferenceTagger({ format: 'refparse-stacked-crf/1', stage1: stage1.toModel(), stage2: stage2.toModel() });
  }
}

/**
 * Training-set preparation and k-fold cross-validation over gold references.
 */
import { alignGold, type GoldReference } from './gold.js';
import { featurise } from './features.js';
import { FieldEvaluator, fieldsFromLabels, type EvaluationReport } from './metric.js';
import type { TrainingSequence } from './crf.js';
import { ReferenceTagger, type TrainingOptions } from './reference-tagger.js';
import type { Token } from './tokenize.js';

/** A gold reference aligned to tokens and featurised, ready for training or scoring. */
export interface PreparedReference {
  gold: GoldReference;
  tokens: Token[];
  sequence: TrainingSequence;
}

/** Aligns and featurises gold references; lines that cannot be aligned are skipped. */
export function prepareReferences(gold: readonly GoldReference[]): PreparedReference[] {
  const prepared: PreparedReference[] = [];
  for (const reference of gold) {
    const aligned = alignGold(reference);
    if (aligned === null) continue;
    const sequence = { ...featurise(aligned.tokens.map((t) => t.text)), labels: aligned.labels };
    prepared.push({ gold: reference, tokens: aligned.tokens, sequence });
  }
  return prepared;
}

export function toTrainingSequences(gold: readonly GoldReference[]): TrainingSequence[] {
  return prepareReferences(gold).map((p) => p.sequence);
}

export function trainTagger(gold: readonly GoldReference[], options: Partial<TrainingOptions> = {}): ReferenceTagger {
  return ReferenceTagger.train(toTrainingSequences(gold), options);
}

/** Scores `tagger` on prepared gold references with the field-level metric (see metric.ts). */
export function evaluateTagger(
  tagger: ReferenceTagger,
  references: readonly PreparedReference[],
  evaluator = new FieldEvaluator(),
): FieldEvaluator {
  for (const { gold, tokens, sequence } of references) {
    evaluator.add(fieldsFromLabels(tokens, tagger.predict(sequence)), gold.fields);
  }
  return evaluator;
}

/** Line i goes to fold i mod k (the gold file keeps references of one source together). */
export function foldOf(index: number, folds: number): number {
  return index % folds;
}

/**
 * k-fold cross-validation: for each fold, train on the other k-1 folds and
 * score the held-out fold; counts are pooled over the folds run
 * (`onlyFolds` restricts which folds are held out, e.g. to parallelise).
 * `extraTraining` (e.g. the hand-written supplement) is added to every
 * training split and never scored.
 */
export function crossValidate(
  gold: readonly GoldReference[],
  folds = 5,
  options: Partial<TrainingOptions> = {},
  onlyFolds?: readonly number[],
  extraTraining: readonly GoldReference[] = [],
): EvaluationReport {
  const prepared = prepareReferences(gold);
  const extra = toTrainingSequences(extraTraining);
  const evaluator = new FieldEvaluator();
  for (let fold = 0; fold < folds; fold++) {
    if (onlyFolds !== undefined && !onlyFolds.includes(fold)) continue;
    const training = prepared.filter((_, i) => foldOf(i, folds) !== fold).map((p) => p.sequence);
    const heldOut = prepared.filter((_, i) => foldOf(i, folds) === fold);
    evaluateTagger(ReferenceTagger.train([...training, ...extra], options), heldOut, evaluator);
  }
  return evaluator.report();
}

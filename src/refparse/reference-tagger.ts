/**
 * The reference tagger: a linear-chain CRF (crf.ts) proposes its k best
 * readings of a reference under the field constraints, and a reranker
 * (rerank.ts) that sees whole fields picks one.
 *
 * The reranker must be trained on candidate lists of the quality it will
 * meet on unseen text, so each training reference's candidates come from a
 * CRF not trained on it (inner cross-validation).
 */
import { trainCrf, DEFAULT_CRF_OPTIONS, type CrfOptions, type TrainingSequence } from './crf.js';
import { featurise, type FeaturisedSequence } from './features.js';
import { SequenceTagger, type TaggerModel } from './tagger.js';
import { augmentByRecombination } from './augment.js';
import { Reranker, trainReranker, DEFAULT_RERANKER_OPTIONS, type RerankerModel, type RerankerOptions, type RerankingExample } from './rerank.js';

export const MODEL_FORMAT = 'refparse-crf-reranker/1';

export interface ReferenceTaggerModel {
  format: typeof MODEL_FORMAT;
  crf: TaggerModel;
  /** Absent in a CRF-only model (quick experiments and tests). */
  reranker?: RerankerModel;
}

export interface TrainingOptions extends CrfOptions {
  /** Recombined copies of every training reference added to the CRF's training data (augment.ts). */
  augment: number;
  /** Train the reranker (5× slower to train than the CRF alone). */
  rerank: boolean;
  /** Recombined copies of every reference added to the reranker's training lists (augment.ts). */
  rerankerAugment: number;
  /** Folds of the inner cross-validation that produces the reranker's training candidates. */
  innerFolds: number;
  reranker: Partial<RerankerOptions>;
}

export const SHIPPED_TRAINING_OPTIONS: TrainingOptions = {
  ...DEFAULT_CRF_OPTIONS,
  augment: 6,
  rerank: true,
  rerankerAugment: 1,
  innerFolds: 4,
  reranker: { ...DEFAULT_RERANKER_OPTIONS },
};

export class ReferenceTagger {
  private readonly crf: SequenceTagger;
  private readonly reranker: Reranker | undefined;

  constructor(private readonly model: ReferenceTaggerModel) {
    this.crf = new SequenceTagger(model.crf);
    this.reranker = model.reranker && new Reranker(model.reranker);
  }

  /** Labels a featurised reference. */
  predict(sequence: FeaturisedSequence): string[] {
    if (this.reranker === undefined) return this.crf.predict(sequence);
    const candidates = this.crf.candidates(sequence, this.reranker.model.candidates);
    return candidates[this.reranker.choose(sequence.tokens, sequence.boundaries, candidates)]!.labels as string[];
  }

  /** Labels whitespace tokens of a reference. */
  labelTokens(tokens: readonly string[]): string[] {
    return this.predict(featurise(tokens));
  }

  toModel(): ReferenceTaggerModel {
    return this.model;
  }

  static train(sequences: readonly TrainingSequence[], options: Partial<TrainingOptions> = {}): ReferenceTagger {
    const { augment, rerank, rerankerAugment, innerFolds, reranker: rerankerOptions, ...crfOptions } = { ...SHIPPED_TRAINING_OPTIONS, ...options };
    const train = (part: readonly TrainingSequence[]) => trainCrf([...part, ...augmentByRecombination(part, augment)], crfOptions);
    const crf = train(sequences).toModel();
    if (!rerank) return new ReferenceTagger({ format: MODEL_FORMAT, crf });
    const candidateCount = rerankerOptions.candidates ?? DEFAULT_RERANKER_OPTIONS.candidates;
    const examples: RerankingExample[] = [];
    for (let fold = 0; fold < innerFolds; fold++) {
      const inner = train(sequences.filter((_, i) => i % innerFolds !== fold));
      const heldOut = sequences.filter((_, i) => i % innerFolds === fold);
      for (const sequence of [...heldOut, ...augmentByRecombination(heldOut, rerankerAugment, fold + 1)]) {
        const candidates = inner.candidates(sequence, candidateCount);
        examples.push({ tokens: sequence.tokens, boundaries: sequence.boundaries, candidates, gold: sequence.labels });
      }
    }
    return new ReferenceTagger({ format: MODEL_FORMAT, crf, reranker: trainReranker(examples, rerankerOptions) });
  }
}

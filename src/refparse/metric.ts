/**
 * Field-level evaluation of labelled references.
 *
 * For each reference and each label, the predicted text for that label (all
 * tokens carrying it, joined by a space in reading order) is compared with the
 * gold text after `normaliseFieldText`:
 *  - equal texts                       → one true positive;
 *  - a predicted label that is not equal → one false positive;
 *  - a gold label not predicted equal   → one false negative
 *    (so a predicted-but-wrong field counts once as FP and once as FN).
 * Scores are micro-averaged over all fields of all references; per-label
 * counts are kept as well.
 */

export interface FieldCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores extends FieldCounts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  overall: Scores;
  perLabel: Record<string, Scores>;
}

/** Characters stripped from both ends of a field before comparison. */
const EDGE_NOISE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** Trims surrounding punctuation, brackets, quotes and whitespace; collapses inner spaces. */
export function normaliseFieldText(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(EDGE_NOISE, '');
}

function emptyCounts(): FieldCounts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function toScores(counts: FieldCounts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Accumulates field comparisons reference by reference. */
export class FieldEvaluator {
  private readonly total = emptyCounts();
  private readonly byLabel = new Map<string, FieldCounts>();

  /** Compares one reference's predicted fields with its gold fields (label → text). */
  add(predicted: Record<string, string>, gold: Record<string, string>): void {
    const labels = new Set([...Object.keys(predicted), ...Object.keys(gold)]);
    for (const label of labels) {
      const counts = this.byLabel.get(label) ?? emptyCounts();
      this.byLabel.set(label, counts);
      const predictedText = predicted[label];
      const goldText = gold[label];
      const match =
        predictedText !== undefined &&
        goldText !== undefined &&
        normaliseFieldText(predictedText) === normaliseFieldText(goldText);
      for (const target of [counts, this.total]) {
        if (match) target.truePositives++;
        else {
          if (predictedText !== undefined) target.falsePositives++;
          if (goldText !== undefined) target.falseNegatives++;
        }
      }
    }
  }

  report(): EvaluationReport {
    const perLabel: Record<string, Scores> = {};
    for (const label of [...this.byLabel.keys()].sort()) perLabel[label] = toScores(this.byLabel.get(label)!);
    return { overall: toScores(this.total), perLabel };
  }
}

/** Groups labelled tokens into label → text, joining separate parts with a space. */
export function fieldsFromLabels(tokens: readonly { text: string }[], labels: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  tokens.forEach((token, i) => {
    const label = labels[i]!;
    fields[label] = fields[label] === undefined ? token.text : `${fields[label]} ${token.text}`;
  });
  return fields;
}

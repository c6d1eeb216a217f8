/**
 * Training-data augmentation by recombination: a copy of a training
 * reference in which some fields (title, journal, authors, place …) are
 * replaced by the same field of another training reference. The copy keeps
 * the original's structure, punctuation and style, so its labels stay right,
 * but the tagger can no longer lean on the particular words of one reference
 * ("Elsevier" after "London:") and must learn from shape and position.
 * The donor's field takes the punctuation the original field had at its edges.
 */
import { featurise } from './features.js';
import type { TrainingSequence } from './crf.js';
import { seededRandom } from '../util/random.js';
import { fieldsOf } from './rerank.js';

/** Fields whose text can stand in for the same field of another reference. */
const SWAPPABLE = new Set(['title', 'journal', 'container-title', 'publisher', 'location', 'author', 'editor']);
const SWAP_PROBABILITY = 0.5;
const LEADING = /^[\p{P}\p{S}]+/u;
const TRAILING = /[\p{P}\p{S}]+$/u;

interface Run {
  label: string;
  tokens: string[];
}

function runsOf(sequence: TrainingSequence): Run[] {
  return fieldsOf(sequence.labels).map(({ label, start, end }) => ({ label, tokens: sequence.tokens.slice(start, end + 1) }));
}

/** The donor's words with the original field's leading and trailing punctuation; undefined if nothing is left. */
function transplant(original: readonly string[], donor: readonly string[]): string[] | undefined {
  const words = [...donor];
  words[0] = (LEADING.exec(original[0]!)?.[0] ?? '') + words[0]!.replace(LEADING, '');
  words[words.length - 1] = words[words.length - 1]!.replace(TRAILING, '') + (TRAILING.exec(original[original.length - 1]!)?.[0] ?? '');
  const kept = words.filter((word) => word !== '');
  return kept.length === 0 || /^[\p{P}\p{S}]+$/u.test(kept.join('')) ? undefined : kept;
}

/** `copies` recombined copies of every sequence, deterministic for a given seed. */
export function augmentByRecombination(sequences: readonly TrainingSequence[], copies: number, seed = 7): TrainingSequence[] {
  if (copies <= 0) return [];
  const allRuns = sequences.map(runsOf);
  const donors = new Map<string, string[][]>();
  for (const runs of allRuns) {
    for (const run of runs) if (SWAPPABLE.has(run.label)) (donors.get(run.label) ?? donors.set(run.label, []).get(run.label)!).push(run.tokens);
  }
  const random = seededRandom(seed);
  const result: TrainingSequence[] = [];
  for (const runs of allRuns) {
    for (let copy = 0; copy < copies; copy++) {
      const tokens: string[] = [];
      const labels: string[] = [];
      for (const run of runs) {
        let words = run.tokens;
        if (SWAPPABLE.has(run.label) && random() < SWAP_PROBABILITY) {
          const pool = donors.get(run.label)!;
          words = transplant(run.tokens, pool[Math.floor(random() * pool.length)]!) ?? run.tokens;
        }
        for (const word of words) {
          tokens.push(word);
          labels.push(run.label);
        }
      }
      result.push({ ...featurise(tokens), labels });
    }
  }
  return result;
}

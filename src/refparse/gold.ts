/**
 * Reading the hand-labelled development data (`shared/gold/anystyle-core.jsonl`)
 * and turning each line into per-token labels the tagger can learn from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, type Token } from './tokenize.js';

/** One gold line: the raw reference and, per label, the text it covers. */
export interface GoldReference {
  raw: string;
  fields: Record<string, string>;
}

/**
 * The references of every `.jsonl` file in `dir`, files in name order: the
 * project's own hand-labelled training data (src/refparse/training, see its README).
 */
export function readTrainingDir(dir: string): GoldReference[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readGoldFile(join(dir, name)));
}

/** A reference split into tokens, each with its gold label. */
export interface LabelledSequence {
  tokens: Token[];
  labels: string[];
}

export function readGoldFile(path: string): GoldReference[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldReference);
}

/**
 * Gives every token of `gold.raw` the label whose field text it belongs to.
 *
 * Usually each field is one contiguous run of tokens in key order, but when a
 * label covers several separate parts the gold file joins those parts with a
 * space, so we search (depth-first, preferring to continue the current label)
 * for an assignment that reproduces every field's token sequence.
 * Returns null when no assignment exists.
 */
export function alignGold(gold: GoldReference): LabelledSequence | null {
  const tokens = tokenize(gold.raw);
  const labelOrder = Object.keys(gold.fields);
  const fieldTokens = labelOrder.map((label) => tokenize(gold.fields[label] ?? '').map((t) => t.text));
  const used = labelOrder.map(() => 0);
  const assigned: number[] = [];

  const search = (position: number, startedLabels: number): boolean => {
    if (position === tokens.length) {
      return startedLabels === labelOrder.length && used.every((count, k) => count === fieldTokens[k]!.length);
    }
    const word = tokens[position]!.text;
    const previous = assigned[position - 1];
    const candidates: number[] = [];
    if (previous !== undefined) candidates.push(previous);
    for (let k = 0; k < Math.min(startedLabels + 1, labelOrder.length); k++) {
      if (k !== previous) candidates.push(k);
    }
    for (const k of candidates) {
      if (fieldTokens[k]![used[k]!] !== word) continue;
      used[k]!++;
      assigned[position] = k;
      if (search(position + 1, Math.max(startedLabels, k + 1))) return true;
      used[k]!--;
    }
    assigned.length = position;
    return false;
  };

  if (!search(0, 0)) return null;
  return { tokens, labels: assigned.map((k) => labelOrder[k]!) };
}

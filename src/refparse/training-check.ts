/**
 * Checks of the project's own labelled references (src/refparse/training)
 * against the gold data they are trained beside. The cross-validated score is
 * only an estimate for unseen text if no gold reference leaks into the
 * training data, so a line whose title is a gold title, or whose words mostly
 * are a gold reference's words, is rejected. Lines of the documents citecheck is
 * tested on (the seeds in input/) are protected the same way: the parser must not
 * be trained on their bibliographies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignGold, type GoldReference } from './gold.js';

/** Word overlap (Jaccard) above which a line counts as a copy of a gold reference or a protected line. */
export const MAX_WORD_OVERLAP = 0.45;

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

const wordsOf = (text: string): Set<string> => new Set(normalise(text).split(' ').filter((word) => word.length > 2));

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** The largest overlap of `words` with any of `others` (0 when there are none). */
function closestOverlap(words: ReadonlySet<string>, others: readonly ReadonlySet<string>[]): number {
  let closest = 0;
  for (const other of others) closest = Math.max(closest, overlap(words, other));
  return closest;
}

/** The texts of the documents in `dir` (the seeds in input/) whose lines training data must not copy. */
export function readProtectedTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(md|txt|html?)$/u.test(name))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

export interface TrainingProblem {
  /** Index of the line among the references checked. */
  index: number;
  problem: string;
}

/** Everything wrong with `references` as training data next to `gold` and the lines of `protectedTexts`. */
export function trainingDataProblems(
  references: readonly GoldReference[],
  gold: readonly GoldReference[],
  protectedTexts: readonly string[] = [],
): TrainingProblem[] {
  const labels = new Set(gold.flatMap((reference) => Object.keys(reference.fields)));
  const goldTitles = new Set(gold.map((reference) => normalise(reference.fields['title'] ?? '')).filter((title) => title.length > 10));
  const goldWords = gold.map((reference) => wordsOf(reference.raw));
  const protectedWords = protectedTexts.flatMap((text) => text.split('\n')).map(wordsOf).filter((words) => words.size >= 4);
  const seen = new Set<string>();
  const problems: TrainingProblem[] = [];
  references.forEach((reference, index) => {
    const report = (problem: string) => problems.push({ index, problem });
    for (const [label, text] of Object.entries(reference.fields)) {
      if (!labels.has(label)) report(`label "${label}" is not one of the gold data's labels`);
      if (text === '' || text.trim() !== text) report(`field "${label}" is empty or has spaces at its edges`);
    }
    if (alignGold(reference) === null) report('the fields do not cover the raw text token by token in reading order');
    if (goldTitles.has(normalise(reference.fields['title'] ?? ''))) report('its title is the title of a gold reference');
    const words = wordsOf(reference.raw);
    const closest = closestOverlap(words, goldWords);
    if (closest > MAX_WORD_OVERLAP) report(`it shares ${(closest * 100).toFixed(0)} % of its words with a gold reference`);
    const closestProtected = closestOverlap(words, protectedWords);
    if (closestProtected > MAX_WORD_OVERLAP) report(`it shares ${(closestProtected * 100).toFixed(0)} % of its words with a line of an audited document`);
    const key = normalise(reference.raw);
    if (seen.has(key)) report('it is listed twice');
    seen.add(key);
  });
  return problems;
}

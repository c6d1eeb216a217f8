/**
 * Checks of the project's own labelled references (src/refparse/training)
 * against the gold data they are trained beside. The cross-validated score is
 * only an estimate for unseen text if no gold reference leaks into the
 * training data, so a line whose title is a gold title, or whose words mostly
 * are a gold reference's words, is rejected. Lines of the documents citecheck is
 * tested on (the seeds in input/) are protected the same way: the parser must not
 * be trained on their bibliographies.
 */
import { alignGold, type GoldReference } from './gold.js';

/** Word overlap (Jaccard) above which a line counts as a copy of a gold reference. */
export const MAX_OVERLAP_WITH_GOLD = 0.45;

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
    const closest = Math.max(...goldWords.map((other) => overlap(words, other)));
    if (closest > MAX_OVERLAP_WITH_GOLD) report(`it shares ${(closest * 100).toFixed(0)} % of its words with a gold reference`);
    const closestProtected = Math.max(0, ...protectedWords.map((other) => overlap(words, other)));
    if (closestProtected > MAX_OVERLAP_WITH_GOLD) report(`it shares ${(closestProtected * 100).toFixed(0)} % of its words with a line of an audited document`);
    const key = normalise(reference.raw);
    if (seen.has(key)) report('it is listed twice');
    seen.add(key);
  });
  return problems;
}

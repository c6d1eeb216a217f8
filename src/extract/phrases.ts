/** Multi-word phrases from the word lists ("Menteri Luar Negeri", "Korea Utara"), matched on tokens. */
import { foldName } from '../util/names.js';

export interface PhraseIndex {
  /** How many of `tokens` (folded) a phrase covers from the start; 0 when none does. */
  longestPrefix(tokens: readonly string[]): number;
  /** How many of the last `tokens` a phrase covers; 0 when none does. */
  longestSuffix(tokens: readonly string[]): number;
  /** The [start, end) token ranges that phrases cover, longest first, without overlaps. */
  find(tokens: readonly string[]): [number, number][];
}

const key = (word: string) => foldName(word).replace(/\.$/, '');

/** Splits a phrase into folded words the way the entity tokenizer does. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/[\s\u00a0]+/).filter(Boolean).map(key);
}

export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const set = new Set<string>();
  let longest = 0;
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    if (words.length === 0) continue;
    set.add(words.join(' '));
    longest = Math.max(longest, words.length);
  }
  const has = (tokens: readonly string[]) => set.has(tokens.map(key).join(' '));
  return {
    longestPrefix(tokens) {
      for (let n = Math.min(longest, tokens.length); n > 0; n--) if (has(tokens.slice(0, n))) return n;
      return 0;
    },
    longestSuffix(tokens) {
      for (let n = Math.min(longest, tokens.length); n > 0; n--) if (has(tokens.slice(tokens.length - n))) return n;
      return 0;
    },
    find(tokens) {
      const found: [number, number][] = [];
      for (let i = 0; i < tokens.length; i++) {
        for (let n = Math.min(longest, tokens.length - i); n > 0; n--) {
          if (has(tokens.slice(i, i + n))) {
            found.push([i, i + n]);
            i += n - 1; // "Wakil Presiden" is not also "Presiden"
            break;
          }
        }
      }
      return found;
    },
  };
}

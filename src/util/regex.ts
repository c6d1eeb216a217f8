export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, longest first so "Sept" wins over "Sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRegExp(w).replace(/\\\.$/, '\\.?').replace(/ /g, '\\s+'))
    .join('|');
}

/** Boundaries that work for any script (\b only knows ASCII letters). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Comparing names as written: folding, compact keys and "one slip of the pen" distance. */
import { distance } from 'fastest-levenshtein';

/** Lower case without accents: "Guterres" = "guterres", "Chiriquí" = "chiriqui". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The name without spaces, hyphens, apostrophes or periods: "Kim Jong-Un" → "kimjongun". */
export function compactKey(text: string): string {
  return foldName(text).replace(/[\s\-‐‑–'’.·]/gu, '');
}

/** A single capital with or without a period ("J.", "H"): an initial, compatible with any name. */
export function isInitial(token: string): boolean {
  return /^\p{Lu}\.?$/u.test(token);
}

/** Roman numerals and digits are never names ("Perang Dunia II"). */
export function isNumeral(token: string): boolean {
  return /^[IVXLCDM]+$/.test(token) || /^\p{N}/u.test(token);
}

/** All capitals, at least two letters: an acronym ("NATO", "PBB", "AS"). */
export function isAcronym(token: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token);
}

/**
 * True when `a` and `b` differ by exactly one edit (substitution, insertion, deletion, or a swap of
 * two neighbours) that is not a suffix or prefix added to the same word: "intur"/"intru",
 * "aljazeera"/"aljazeerra", "kimjongun"/"kimhongun" — but not "korea"/"korean".
 */
export function isOneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length !== b.length) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (long.startsWith(short) || long.endsWith(short)) return false;
    return distance(a, b) === 1;
  }
  const d = distance(a, b);
  if (d === 1) return true;
  if (d !== 2) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

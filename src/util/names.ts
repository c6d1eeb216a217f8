/** Comparing names as written: folding, compact keys and "one slip of the pen" distance. */

const folded = new Map<string, string>();

/** Lower case without accents: "Guterres" = "guterres", "Chiriquí" = "chiriqui". */
export function foldName(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.size > 200_000) folded.clear(); // words repeat; a bounded memo is enough
    folded.set(text, result);
  }
  return result;
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
    let i = 0;
    while (i < short.length && short[i] === long[i]) i++;
    return short.slice(i) === long.slice(i + 1); // one letter inserted at i
  }
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

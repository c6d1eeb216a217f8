/** Sentence bounds inside a block of visible text, skipping abbreviations and initials. */

export interface Bounds {
  start: number;
  end: number;
}

/** Positions just after each sentence-final mark ([.!?] then space, or the text's end). */
export function sentenceEnds(text: string, abbreviations: ReadonlySet<string>): number[] {
  const ends: number[] = [];
  const mark = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}]|\s*$)/gu;
  for (const match of text.matchAll(mark)) {
    const at = match.index!;
    if (text[at] === '.') {
      const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[0] ?? '';
      if (/^\p{Lu}$/u.test(word) || abbreviations.has(`${word}.`.toLowerCase())) continue;
    }
    ends.push(at + match[0].length);
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

/** Every sentence of the text, in order. */
export function sentences(text: string, abbreviations: ReadonlySet<string>): Bounds[] {
  const out: Bounds[] = [];
  let start = 0;
  for (const end of sentenceEnds(text, abbreviations)) {
    const lead = text.slice(start, end).search(/\S/);
    if (lead !== -1) out.push({ start: start + lead, end });
    start = end;
  }
  return out;
}

/** The sentence that holds position `at`. */
export function sentenceAt(text: string, at: number, abbreviations: ReadonlySet<string>): Bounds {
  return sentences(text, abbreviations).find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length };
}

export function abbreviationSet(abbreviations: readonly string[]): Set<string> {
  return new Set(abbreviations.map((a) => a.toLowerCase()));
}

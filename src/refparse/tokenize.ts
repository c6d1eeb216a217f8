/**
 * Tokenisation for the reference parser.
 *
 * A reference is split on whitespace only: punctuation stays attached to the
 * word it touches ("(2011).", "pp.", "12(2),"). This matches how the gold data
 * is segmented (labelled parts are joined by single spaces), and the attached
 * punctuation is itself one of the strongest signals for the tagger.
 */

export interface Token {
  /** The token exactly as it appears in the input. */
  text: string;
  /** Offset of the first character in the input string. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/**
 * A cut between a word (two letters or more, or a year) with its final punctuation and
 * what follows directly: a year, an opening quote or emphasis, or a capitalised word.
 * "D.C." and "Ph.D." stay whole (one letter before the period, or no lower-case after the capital).
 */
const RUN_TOGETHER = /(?<=(?:\p{L}{2}|\d{4})["”*_]*[.,:;]["”*_]*)(?=(?:1[5-9]|20)\d\d(?!\d)|["“*_]+\p{L}|\p{Lu}\p{Ll})/gu;
/** Identifiers whose dots and colons are no gaps: URLs, DOIs, arXiv ids. */
const IDENTIFIER_LIKE = /:\/\/|^www\.|^<?https?:|doi|10\.\d{4,}\/|arxiv|isbn|issn/iu;

/** Splits `raw` on runs of whitespace (including no-break spaces), keeping offsets. */
export function tokenize(raw: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/gu;
  for (let match = pattern.exec(raw); match !== null; match = pattern.exec(raw)) {
    const word = match[0];
    const cuts: number[] = [];
    if (!IDENTIFIER_LIKE.test(word)) {
      for (const { index: at } of word.matchAll(RUN_TOGETHER)) {
        // One cut per gap: not again inside the quotes/emphasis just cut off ('2013.|"Russia', not '2013.|"|Russia').
        const previous = cuts.at(-1) ?? 0;
        if (at! > 0 && at! < word.length && !(cuts.length > 0 && /^[\p{P}\p{S}]*$/u.test(word.slice(previous, at)))) cuts.push(at!);
      }
    }
    let from = 0;
    for (const at of [...cuts, word.length]) {
      tokens.push({ text: word.slice(from, at), start: match.index + from, end: match.index + at });
      from = at;
    }
  }
  return tokens;
}

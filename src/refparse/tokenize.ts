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

/** Splits `raw` on runs of whitespace (including no-break spaces), keeping offsets. */
export function tokenize(raw: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/gu;
  for (let match = pattern.exec(raw); match !== null; match = pattern.exec(raw)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

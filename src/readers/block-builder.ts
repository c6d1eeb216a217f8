/**
 * Builds a Block's visible text together with the original offset of every character,
 * so any span found in the visible text maps back to the exact source characters.
 */
import type { Block, BlockKind, Span } from '../model/types.js';

export class BlockBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  /** Text copied verbatim from the source starting at sourceStart. */
  pushVerbatim(text: string, sourceStart: number): void {
    for (let i = 0; i < text.length; i++) {
      this.chars.push(text[i]!);
      this.offsets.push(sourceStart + i);
    }
  }

  /**
   * Text whose characters come from `source` starting at sourceStart but may differ from it
   * (escapes, entities, stripped indentation): aligned greedily, character by character.
   */
  pushAligned(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    let s = sourceStart;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (s < sourceEnd && source[s] === '\\' && source[s + 1] === ch) s++; // a backslash escape
      if (s < sourceEnd && source[s] === ch) {
        this.push(ch, s++);
        continue;
      }
      if (s < sourceEnd && source[s] === '&') {
        // A character reference (&amp; &#8217;) that decodes to this character.
        const semicolon = source.indexOf(';', s);
        this.push(ch, s);
        s = semicolon !== -1 && semicolon < sourceEnd && semicolon - s < 12 ? semicolon + 1 : s + 1;
        continue;
      }
      // Source characters the value dropped (indentation, markup): look a little ahead.
      let found = -1;
      for (let probe = s; probe < sourceEnd && probe < s + 64; probe++) {
        if (source[probe] === ch) {
          found = probe;
          break;
        }
      }
      if (found === -1) this.push(ch, Math.min(s, Math.max(sourceEnd - 1, sourceStart)));
      else {
        this.push(ch, found);
        s = found + 1;
      }
    }
  }

  /**
   * pushAligned for running text whose line breaks are soft (Markdown): each line break reads as
   * one space, as in the plain-text reader, so "(Barrero et al.,⏎2021)" is one citation; the
   * space keeps the line break's offset.
   */
  pushAlignedFlowing(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    const from = this.chars.length;
    this.pushAligned(value, source, sourceStart, sourceEnd);
    for (let i = this.chars.length - 1; i >= from; i--) {
      if (this.chars[i] !== '\n') continue;
      this.chars[i] = ' ';
      if (i > from && this.chars[i - 1] === '\r') {
        this.chars.splice(i - 1, 1);
        this.offsets.splice(i - 1, 1);
        i--;
      }
    }
  }

  private push(ch: string, offset: number): void {
    this.chars.push(ch);
    this.offsets.push(offset);
  }

  /** A character that is not in the source (a space joining two lines), placed at `at`. */
  pushSynthetic(text: string, at: number): void {
    for (const ch of text) {
      this.chars.push(ch);
      this.offsets.push(at);
    }
  }

  endsWithSpace(): boolean {
    const last = this.chars[this.chars.length - 1];
    return last === undefined || /\s/.test(last);
  }

  build(kind: BlockKind, span: Span, extra: Partial<Block> = {}): Block {
    const offsets = new Int32Array(this.offsets.length + 1);
    offsets.set(this.offsets);
    offsets[this.offsets.length] = span.end;
    return { kind, text: this.chars.join(''), offsets, span, ...extra };
  }
}

/** Maps a span of a block's visible text to a span of the original source. */
export function toSourceSpan(block: Block, start: number, end: number): Span {
  const from = block.offsets[start] ?? block.span.end;
  const last = end > start ? block.offsets[end - 1] : undefined;
  return { start: from, end: last === undefined ? from : last + 1 };
}

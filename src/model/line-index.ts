/**
 * Converts UTF-16 offsets into 1-based line/column positions of the original text.
 * Lines end at "\n"; a preceding "\r" belongs to the line (as the report contract says).
 */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of a 0-based offset (binary search over line starts). */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  /** 0-based offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.lineStarts.length ? this.lineStarts[line]! - 1 : this.text.length;
    return this.text.slice(start, next).replace(/\r$/, '');
  }
}

/** Positions as the report contract gives them: 1-based line/column, end exclusive, UTF-16 columns. */
import type { SourceFile, Span } from '../model/types.js';

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function rangeOf(source: SourceFile, span: Span): Range {
  const from = source.lines.position(span.start);
  const to = source.lines.position(span.end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

export function positionOf(source: SourceFile, offset: number): Position {
  return source.lines.position(offset);
}

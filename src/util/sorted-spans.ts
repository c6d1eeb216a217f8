/** Range look-ups over items sorted by span start, so that long documents stay linear-ish. */
import type { Span } from '../model/types.js';

/** Index of the first item whose span starts at or after `offset`. */
export function firstAtOrAfter<T extends { span: Span }>(sorted: readonly T[], offset: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The items whose span lies inside `range` (items sorted by span.start). */
export function itemsWithin<T extends { span: Span }>(sorted: readonly T[], range: Span): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(sorted, range.start); i < sorted.length && sorted[i]!.span.start < range.end; i++) {
    if (sorted[i]!.span.end <= range.end) found.push(sorted[i]!);
  }
  return found;
}

/** A copy sorted by span start (stable). */
export function bySpanStart<T extends { span: Span }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

import type { DateMention } from '../model/types.js';

/** The dates inside `span`, from dates sorted by start (binary search: no scan per block). */
export function datesWithin(sorted: DateMention[], span: { start: number; end: number }): DateMention[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.span.start < span.start) low = mid + 1;
    else high = mid;
  }
  const inside: DateMention[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.span.start < span.end; i++) {
    if (sorted[i]!.span.end <= span.end) inside.push(sorted[i]!);
  }
  return inside;
}

/**
 * Decoding: plain Viterbi, and Viterbi under the "one span per field" constraint.
 *
 * Plain Viterbi may split a field around a stray token of another label
 * (publisher "and Dick de Ridder, Springer-Verlag." around a location). In the
 * gold data a label other than date, volume and note almost never occurs in
 * two separate runs (under 1 % of references), and such a split always costs
 * an exact-match field. So when Viterbi's answer reopens a closed label, we
 * re-decode with a beam search whose hypotheses remember which labels they
 * have already closed.
 */

/** Flat index of a transition weight. `previous` is -1 at the start of a reference. */
export function transitionIndex(labelCount: number, gapClass: number, previous: number, label: number): number {
  return (gapClass * (labelCount + 1) + previous + 1) * labelCount + label;
}

/** Viterbi over emission scores (tokens × labels, flat) and gap-dependent transitions. */
export function viterbi(
  emissions: Float64Array,
  boundaries: readonly number[],
  labelCount: number,
  transitions: ArrayLike<number>,
): number[] {
  const tokenCount = boundaries.length;
  if (tokenCount === 0) return [];
  const L = labelCount;
  const score = new Float64Array(tokenCount * L);
  const backPointer = new Int32Array(tokenCount * L);
  for (let y = 0; y < L; y++) score[y] = transitions[transitionIndex(L, 0, -1, y)]! + emissions[y]!;
  for (let i = 1; i < tokenCount; i++) {
    const gap = boundaries[i]!;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let bestPrevious = 0;
      for (let p = 0; p < L; p++) {
        const candidate = score[(i - 1) * L + p]! + transitions[transitionIndex(L, gap, p, y)]!;
        if (candidate > best) {
          best = candidate;
          bestPrevious = p;
        }
      }
      score[i * L + y] = best + emissions[i * L + y]!;
      backPointer[i * L + y] = bestPrevious;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (score[(tokenCount - 1) * L + y]! > score[(tokenCount - 1) * L + last]!) last = y;
  const path = new Array<number>(tokenCount);
  path[tokenCount - 1] = last;
  for (let i = tokenCount - 1; i > 0; i--) path[i - 1] = backPointer[i * L + path[i]!]!;
  return path;
}

/** Labels that legitimately occur in several separate parts of one reference. */
export const REPEATABLE_LABELS: ReadonlySet<string> = new Set(['date', 'volume', 'note']);

const BEAM_WIDTH = 24;

interface Hypothesis {
  score: number;
  label: number;
  /** Bit k set: label k has been used and closed (a later token may not take it again). */
  closed: number;
  path: number[];
}

/** True when some non-repeatable label appears in two separate runs. */
function reopensLabel(path: readonly number[], repeatable: readonly boolean[]): boolean {
  const closed = new Set<number>();
  for (let i = 1; i < path.length; i++) {
    if (path[i] === path[i - 1]) continue;
    closed.add(path[i - 1]!);
    if (closed.has(path[i]!) && !repeatable[path[i]!]) return true;
  }
  return false;
}

function beamDecode(
  emissions: Float64Array,
  boundaries: readonly number[],
  L: number,
  transitions: ArrayLike<number>,
  repeatable: readonly boolean[],
): number[] {
  let beam: Hypothesis[] = [];
  for (let y = 0; y < L; y++) beam.push({ score: transitions[transitionIndex(L, 0, -1, y)]! + emissions[y]!, label: y, closed: 0, path: [y] });
  beam = prune(beam);
  for (let i = 1; i < boundaries.length; i++) {
    const gap = boundaries[i]!;
    // Best extension per (label, closed set): hypotheses with the same state compete.
    const next = new Map<string, Hypothesis>();
    for (const h of beam) {
      for (let y = 0; y < L; y++) {
        if (y !== h.label && !repeatable[y] && (h.closed >>> y) & 1) continue;
        const closed = y === h.label ? h.closed : h.closed | (1 << h.label);
        const score = h.score + transitions[transitionIndex(L, gap, h.label, y)]! + emissions[i * L + y]!;
        const key = `${y}:${closed}`;
        const known = next.get(key);
        if (known === undefined || known.score < score) next.set(key, { score, label: y, closed, path: h.path.concat(y) });
      }
    }
    beam = prune([...next.values()]);
  }
  return beam[0]!.path;
}

function prune(hypotheses: Hypothesis[]): Hypothesis[] {
  return hypotheses.sort((a, b) => b.score - a.score).slice(0, BEAM_WIDTH);
}

/** Best label sequence (label indices) in which only repeatable labels occur in more than one run. */
export function decodeOneSpanPerField(
  emissions: Float64Array,
  boundaries: readonly number[],
  labelCount: number,
  transitions: ArrayLike<number>,
  repeatable: readonly boolean[],
): number[] {
  const best = viterbi(emissions, boundaries, labelCount, transitions);
  if (labelCount > 31 || !reopensLabel(best, repeatable)) return best;
  return beamDecode(emissions, boundaries, labelCount, transitions, repeatable);
}

/**
 * Decoding: plain Viterbi, and decoding under field constraints.
 *
 * Plain Viterbi may split a field around a stray token of another label
 * (publisher "and Dick de Ridder, Springer-Verlag." around a location). In the
 * gold data a label other than date, volume and note almost never occurs in
 * two separate runs (under 1 % of references), and such a split always costs
 * an exact-match field. So when Viterbi's answer reopens a closed label, we
 * re-decode with a beam search whose hypotheses remember which labels they
 * have already used. The same search also keeps apart labels that never
 * share a reference (EXCLUSIVE_LABELS).
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

/**
 * Labels that never share a reference: AnyStyle calls a periodical "journal" and any other
 * whole "container-title", and a series ("collection-title") belongs to books, not to
 * journal articles; no gold reference has either pair.
 */
export const EXCLUSIVE_LABELS: readonly (readonly [string, string])[] = [
  ['journal', 'container-title'],
  ['journal', 'collection-title'],
];

/** The constraints over label indices of one model. */
export interface FieldConstraints {
  repeatable: boolean[];
  /** Per label, a bit mask of the labels it cannot share a reference with. */
  excludes: number[];
}

export function fieldConstraints(labels: readonly string[]): FieldConstraints {
  const excludes = labels.map(() => 0);
  for (const [a, b] of EXCLUSIVE_LABELS) {
    const [i, j] = [labels.indexOf(a), labels.indexOf(b)];
    if (i < 0 || j < 0) continue;
    excludes[i]! |= 1 << j;
    excludes[j]! |= 1 << i;
  }
  return { repeatable: labels.map((label) => REPEATABLE_LABELS.has(label)), excludes };
}

const BEAM_WIDTH = 24;

interface Hypothesis {
  score: number;
  label: number;
  /** Bit k set: label k has been used (by this token or an earlier one). */
  used: number;
  /** The hypothesis this one extends (its path minus the last label). */
  previous: Hypothesis | undefined;
}

/** May a token take label `y` after labels `used`, the previous token having `previous`? */
function allowed(y: number, previous: number, used: number, constraints: FieldConstraints): boolean {
  if (y === previous) return true;
  if ((used >>> y) & 1 && !constraints.repeatable[y]) return false; // reopening a closed field
  return (used & constraints.excludes[y]!) === 0;
}

function violates(path: readonly number[], constraints: FieldConstraints): boolean {
  let used = 0;
  for (let i = 0; i < path.length; i++) {
    if (!allowed(path[i]!, i === 0 ? -1 : path[i - 1]!, used, constraints)) return true;
    used |= 1 << path[i]!;
  }
  return false;
}

/**
 * Beam search under the field constraints. Hypotheses in the same state
 * (last label, labels used) compete: at most `perState` of them survive a
 * step, and at most `width` overall. Returns up to `k` complete paths, best first.
 */
export function beamDecode(
  emissions: Float64Array,
  boundaries: readonly number[],
  L: number,
  transitions: ArrayLike<number>,
  constraints: FieldConstraints,
  { width = BEAM_WIDTH, perState = 1, k = 1 } = {},
): { labels: number[]; score: number }[] {
  let beam: Hypothesis[] = [];
  for (let y = 0; y < L; y++) beam.push({ score: transitions[transitionIndex(L, 0, -1, y)]! + emissions[y]!, label: y, used: 1 << y, previous: undefined });
  beam = prune(beam, width);
  for (let i = 1; i < boundaries.length; i++) {
    const extend = (labels: readonly number[]): Hypothesis[] => {
      const gap = boundaries[i]!;
      const next = new Map<number, Hypothesis[]>();
      for (const h of beam) {
        for (const y of labels) {
          if (!allowed(y, h.label, h.used, constraints)) continue;
          const used = (h.used | (1 << y)) >>> 0;
          const score = h.score + transitions[transitionIndex(L, gap, h.label, y)]! + emissions[i * L + y]!;
          const key = used * 32 + y; // labelCount ≤ 31
          const rivals = next.get(key);
          if (rivals === undefined) next.set(key, [{ score, label: y, used, previous: h }]);
          else if (rivals.length < perState) rivals.push({ score, label: y, used, previous: h });
          else {
            // Replace the weakest rival if this one is better.
            let weakest = 0;
            for (let r = 1; r < rivals.length; r++) if (rivals[r]!.score < rivals[weakest]!.score) weakest = r;
            if (rivals[weakest]!.score < score) rivals[weakest] = { score, label: y, used, previous: h };
          }
        }
      }
      return prune([...next.values()].flat(), width);
    };
    // When the constraints rule out every plausible label, fall back to all of them.
    const extended = extend(plausibleLabels(emissions, i, L));
    beam = extended.length > 0 ? extended : extend(ALL_LABELS.slice(0, L));
  }
  return beam.slice(0, k).map((end) => {
    const labels: number[] = [];
    for (let h: Hypothesis | undefined = end; h !== undefined; h = h.previous) labels.push(h.label);
    return { labels: labels.reverse(), score: end.score };
  });
}

/**
 * Labels worth extending to at token i: those whose emission score is within
 * EMISSION_MARGIN of the token's best (a label that far behind never makes
 * one of the k best readings, and skipping it makes the beam several times faster).
 */
const EMISSION_MARGIN = 5;
const ALL_LABELS = Array.from({ length: 32 }, (_, y) => y);

function plausibleLabels(emissions: Float64Array, i: number, L: number): number[] {
  let best = -Infinity;
  for (let y = 0; y < L; y++) best = Math.max(best, emissions[i * L + y]!);
  const labels: number[] = [];
  for (let y = 0; y < L; y++) if (emissions[i * L + y]! >= best - EMISSION_MARGIN) labels.push(y);
  return labels;
}

function prune(hypotheses: Hypothesis[], width: number): Hypothesis[] {
  return hypotheses.sort((a, b) => b.score - a.score).slice(0, width);
}

/** Best label sequence (label indices) that keeps the field constraints. */
export function decodeWithConstraints(
  emissions: Float64Array,
  boundaries: readonly number[],
  labelCount: number,
  transitions: ArrayLike<number>,
  constraints: FieldConstraints,
): number[] {
  const best = viterbi(emissions, boundaries, labelCount, transitions);
  if (labelCount > 31 || !violates(best, constraints)) return best;
  return beamDecode(emissions, boundaries, labelCount, transitions, constraints)[0]!.labels;
}

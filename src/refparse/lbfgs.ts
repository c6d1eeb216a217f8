/**
 * Limited-memory BFGS minimisation (Nocedal & Wright, algorithm 7.4) with a
 * backtracking line search satisfying the Armijo condition. Deterministic.
 */

/** Computes f(x), writing ∇f(x) into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  maxIterations: number;
  /** Stop when the relative decrease of f in one iteration falls below this. */
  tolerance: number;
  /** Number of correction pairs kept. */
  memory: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let k = 0; k < a.length; k++) total += a[k]! * b[k]!;
  return total;
}

/** Minimises `objective` starting from `x` (updated in place). */
export function minimiseLbfgs(objective: Objective, x: Float64Array, options: LbfgsOptions): Float64Array {
  const size = x.length;
  let gradient = new Float64Array(size);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(size);
  const candidate = new Float64Array(size);
  let candidateGradient = new Float64Array(size);

  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    // Two-loop recursion: direction = −H·∇f, H the implicit inverse-Hessian estimate.
    for (let k = 0; k < size; k++) direction[k] = -gradient[k]!;
    const alphas: number[] = [];
    for (let m = steps.length - 1; m >= 0; m--) {
      alphas[m] = rhos[m]! * dot(steps[m]!, direction);
      const change = gradientChanges[m]!;
      for (let k = 0; k < size; k++) direction[k]! -= alphas[m]! * change[k]!;
    }
    const newest = steps.length - 1;
    const initialScale =
      newest >= 0
        ? dot(steps[newest]!, gradientChanges[newest]!) / dot(gradientChanges[newest]!, gradientChanges[newest]!)
        : 1 / Math.sqrt(dot(gradient, gradient));
    for (let k = 0; k < size; k++) direction[k]! *= initialScale;
    for (let m = 0; m < steps.length; m++) {
      const beta = rhos[m]! * dot(gradientChanges[m]!, direction);
      const step = steps[m]!;
      for (let k = 0; k < size; k++) direction[k]! += (alphas[m]! - beta) * step[k]!;
    }

    const slope = dot(gradient, direction);
    if (!(slope < 0)) break;
    let stepSize = 1;
    let candidateValue = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let k = 0; k < size; k++) candidate[k] = x[k]! + stepSize * direction[k]!;
      candidateValue = objective(candidate, candidateGradient);
      if (candidateValue <= value + 1e-4 * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(candidateValue < value)) break;

    // Keep the newest correction pair (s = Δx, y = Δ∇f), dropping the oldest.
    const step = steps.length >= options.memory ? steps.shift()! : new Float64Array(size);
    const change = gradientChanges.length >= options.memory ? gradientChanges.shift()! : new Float64Array(size);
    if (rhos.length >= options.memory) rhos.shift();
    for (let k = 0; k < size; k++) {
      step[k] = candidate[k]! - x[k]!;
      change[k] = candidateGradient[k]! - gradient[k]!;
    }
    const curvature = dot(step, change);
    if (curvature > 1e-10) {
      steps.push(step);
      gradientChanges.push(change);
      rhos.push(1 / curvature);
    }
    const relativeDecrease = (value - candidateValue) / Math.max(1, Math.abs(value));
    x.set(candidate);
    [gradient, candidateGradient] = [candidateGradient, gradient];
    value = candidateValue;
    if (relativeDecrease < options.tolerance) break;
  }
  return x;
}

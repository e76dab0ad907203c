/**
 * The distributions the simulation draws from, each from a uniform (0, 1) source:
 * triangular (inverse CDF), uniform on a range, standard normal (Marsaglia's polar method), gamma
 * (Marsaglia–Tsang, with the u^(1/α) boost below α = 1) and Dirichlet (normalised gammas).
 */
import type { Rng } from "../random/rng.js";

/** Precomputed constants of a triangular distribution on [low, high] with mode `mode`. */
export interface Triangular {
  readonly low: number;
  readonly high: number;
  /** F(mode) = (mode − low) / (high − low). */
  readonly split: number;
  /** (high − low)(mode − low) and (high − low)(high − mode). */
  readonly left: number;
  readonly right: number;
}

export function triangular(low: number, mode: number, high: number): Triangular {
  const span = high - low;
  return { low, high, split: span > 0 ? (mode - low) / span : 0, left: span * (mode - low), right: span * (high - mode) };
}

/** Inverse CDF of the triangular distribution at u ∈ (0, 1). */
export function triangularAt(t: Triangular, u: number): number {
  return u < t.split ? t.low + Math.sqrt(u * t.left) : t.high - Math.sqrt((1 - u) * t.right);
}

/**
 * Standard normal by Marsaglia's polar method (no trigonometry): a point uniform in the unit disc
 * gives two normals; the second is kept for the next call.
 */
export function normal(rng: Rng): number {
  const spare = rng.spare;
  if (!Number.isNaN(spare)) {
    rng.spare = NaN;
    return spare;
  }
  for (;;) {
    const x = 2 * rng.next() - 1;
    const y = 2 * rng.next() - 1;
    const r2 = x * x + y * y;
    if (r2 >= 1 || r2 === 0) continue;
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    rng.spare = y * f;
    return x * f;
  }
}

/** Gamma(α, 1) by Marsaglia & Tsang (2000); α < 1 via Gamma(α + 1) · U^(1/α). α = 0 gives 0. */
export function gamma(rng: Rng, alpha: number): number {
  if (alpha <= 0) return 0;
  const a = alpha < 1 ? alpha + 1 : alpha;
  const d = a - 1 / 3;
  const g = marsagliaTsang(rng, d, 1 / Math.sqrt(9 * d));
  return alpha < 1 ? g * rng.next() ** (1 / alpha) : g;
}

/** Marsaglia–Tsang's rejection loop for Gamma(d + 1/3), with c = 1/√(9d). */
function marsagliaTsang(rng: Rng, d: number, c: number): number {
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Dirichlet(α) into `out`: independent gammas, normalised. Components with α = 0 are 0. When every
 * gamma underflows to 0 (only for tiny α), the mass goes to the largest α, so the vector sums to 1.
 */
export function dirichlet(rng: Rng, alpha: ArrayLike<number>, out: Float64Array): void {
  dirichletSampler(alpha)(rng, out);
}

/**
 * `dirichlet` for one α, with Marsaglia–Tsang's constants worked out once: the same draws. Made
 * once per thread, it is also compiled with them as constants.
 */
export function dirichletSampler(alpha: ArrayLike<number>): (rng: Rng, out: Float64Array) => void {
  const k = alpha.length;
  const a = Float64Array.from({ length: k }, (_, i) => alpha[i]!);
  const d = a.map((x) => (x < 1 ? x + 1 : x) - 1 / 3);
  const c = d.map((x) => 1 / Math.sqrt(9 * x));
  const boost = a.map((x) => (x > 0 && x < 1 ? 1 / x : 0));
  let best = 0;
  for (let i = 1; i < k; i++) if (a[i]! > a[best]!) best = i;
  return (rng, out) => {
    let sum = 0;
    for (let i = 0; i < k; i++) {
      let g = 0;
      if (a[i]! > 0) {
        g = marsagliaTsang(rng, d[i]!, c[i]!);
        if (boost[i]! > 0) g *= rng.next() ** boost[i]!;
      }
      out[i] = g;
      sum += g;
    }
    if (sum > 0) {
      for (let i = 0; i < k; i++) out[i] = out[i]! / sum;
      return;
    }
    for (let i = 0; i < k; i++) out[i] = i === best ? 1 : 0;
  };
}

/**
 * A point uniformly distributed on the simplex (Dirichlet(1, …, 1)): normalised exponentials. With
 * `active`, only the components marked 1 are drawn (uniformly on their face); the others stay 0, so
 * a criterion the user gave weight 0 never gets weight.
 */
export function uniformSimplex(rng: Rng, out: Float64Array, active?: ArrayLike<number>): void {
  let sum = 0;
  for (let i = 0; i < out.length; i++) {
    if (active && !active[i]) {
      out[i] = 0;
      continue;
    }
    const e = -Math.log(rng.next());
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
}

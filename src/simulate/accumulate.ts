/**
 * What the simulation keeps: counts and sums that do not grow with the number of runs. Every
 * number is an exact integer (weights are summed in units of 2^-24), so merging the accumulators
 * of chunks in any grouping or order gives the same bits: the result does not depend on threads.
 */
import type { Plan } from "./plan.js";

/** Weights are summed as integers in units of 2^-24 (exact below 2^53: up to 5 × 10^8 runs). */
export const WEIGHT_UNIT = 2 ** 24;

export interface Acc {
  runs: number;
  /** Runs in which some rule was left unmet. */
  unmet: number;
  /** Picks summed over runs. */
  picks: number;
  /** By team: runs in which it was picked. */
  readonly picked: Float64Array;
  /** rankRows × n: rankCount[r × n + t] = runs in which team t had rank r + 1 (by rank: the rows are walked in order). */
  readonly rankCount: Float64Array;
  /** By team: its ranks summed over the runs (exact: at most n · runs), for the mean rank. */
  readonly rankSum: Float64Array;
  /** n × bins: histogram of each team's total. */
  readonly hist: Uint32Array;
  readonly totalMin: Float64Array;
  readonly totalMax: Float64Array;
  /** n × m: weights summed (in WEIGHT_UNITs) over the runs in which the team was picked. */
  readonly weightSum: Float64Array;
  /** n × m: weights summed (in WEIGHT_UNITs) over the runs in which the team ranked first (SMAA-2). */
  readonly firstWeightSum: Float64Array;
  /** Picked sets (key: see setKey) → runs. */
  readonly sets: Map<number | string, number>;
}

export function newAcc(plan: Plan): Acc {
  const { n, m, bins } = plan;
  return {
    runs: 0,
    unmet: 0,
    picks: 0,
    picked: new Float64Array(n),
    rankCount: new Float64Array(plan.rankRows * n),
    rankSum: new Float64Array(n),
    hist: new Uint32Array(n * bins),
    totalMin: new Float64Array(n).fill(Infinity),
    totalMax: new Float64Array(n).fill(-Infinity),
    weightSum: new Float64Array(n * m),
    firstWeightSum: new Float64Array(n * m),
    sets: new Map(),
  };
}

/** Add `b` into `a`. */
export function mergeAcc(a: Acc, b: Acc): Acc {
  a.runs += b.runs;
  a.unmet += b.unmet;
  a.picks += b.picks;
  for (let i = 0; i < a.picked.length; i++) a.picked[i]! += b.picked[i]!;
  for (let i = 0; i < a.rankCount.length; i++) a.rankCount[i]! += b.rankCount[i]!;
  for (let i = 0; i < a.rankSum.length; i++) a.rankSum[i]! += b.rankSum[i]!;
  for (let i = 0; i < a.hist.length; i++) a.hist[i]! += b.hist[i]!;
  for (let i = 0; i < a.weightSum.length; i++) a.weightSum[i]! += b.weightSum[i]!;
  for (let i = 0; i < a.firstWeightSum.length; i++) a.firstWeightSum[i]! += b.firstWeightSum[i]!;
  for (let i = 0; i < a.totalMin.length; i++) {
    a.totalMin[i] = Math.min(a.totalMin[i]!, b.totalMin[i]!);
    a.totalMax[i] = Math.max(a.totalMax[i]!, b.totalMax[i]!);
  }
  for (const [k, v] of b.sets) a.sets.set(k, (a.sets.get(k) ?? 0) + v);
  return a;
}

/**
 * A key for a set of team indices: a bitmask number while there are at most 52 teams (exact in a
 * double), else the sorted indices joined.
 */
export function setKey(picks: Int32Array | readonly number[], count: number, n: number): number | string {
  if (n <= 31) {
    let k = 0;
    for (let i = 0; i < count; i++) k |= 1 << picks[i]!;
    return k >>> 0;
  }
  if (n <= 52) {
    let k = 0;
    for (let i = 0; i < count; i++) k += 2 ** picks[i]!;
    return k;
  }
  return Array.from(picks.slice(0, count))
    .sort((x, y) => x - y)
    .join(",");
}

/** The team indices of a set key, ascending. */
export function setMembers(key: number | string, n: number): number[] {
  if (typeof key === "string") return key === "" ? [] : key.split(",").map(Number);
  const out: number[] = [];
  let k = key;
  for (let t = 0; t < n && k > 0; t++) {
    const bit = 2 ** t;
    if (Math.floor(k / bit) % 2 === 1) {
      out.push(t);
      k -= bit;
    }
  }
  return out;
}

/** The run's weights in WEIGHT_UNITs, rounded to whole units. */
export function quantiseWeights(weights: Float64Array, out: Float64Array): void {
  for (let c = 0; c < weights.length; c++) out[c] = Math.round(weights[c]! * WEIGHT_UNIT);
}

/**
 * A closure that records one run — the ranking `order`, the `totals`, the first `count` entries
 * of `picks`, the run's weights in WEIGHT_UNITs (`quantised`, see quantiseWeights) and whether a
 * rule was unmet — into `acc`. Made once per thread, so that V8 compiles it with the arrays as
 * constants (see `drawer` in engine.ts).
 */
export function recorder(
  acc: Acc,
  plan: Plan,
  order: Int32Array,
  totals: Float64Array,
  picks: Int32Array,
  quantised: Float64Array,
): (count: number, unmet: boolean) => void {
  const { n, m, bins, histLow, binWidth } = plan;
  const { rankCount, rankSum, hist, totalMin, totalMax, picked, weightSum, firstWeightSum, sets } = acc;
  const rows = plan.rankRows;
  const inv = 1 / binWidth;
  return (count, unmet) => {
    acc.runs++;
    acc.picks += count;
    if (unmet) acc.unmet++;
    for (let r = 0; r < n; r++) {
      const t = order[r]!;
      if (r < rows) rankCount[r * n + t]!++;
      rankSum[t]! += r + 1;
      const total = totals[t]!;
      let bin = Math.floor((total - histLow) * inv);
      if (bin < 0) bin = 0;
      else if (bin >= bins) bin = bins - 1;
      hist[t * bins + bin]!++;
      if (total < totalMin[t]!) totalMin[t] = total;
      if (total > totalMax[t]!) totalMax[t] = total;
    }
    if (n > 0) {
      const first = order[0]! * m;
      for (let c = 0; c < m; c++) firstWeightSum[first + c]! += quantised[c]!;
    }
    for (let i = 0; i < count; i++) {
      const t = picks[i]!;
      picked[t]!++;
      for (let c = 0; c < m; c++) weightSum[t * m + c]! += quantised[c]!;
    }
    const key = setKey(picks, count, n);
    sets.set(key, (sets.get(key) ?? 0) + 1);
  };
}

/** Record one run (`recorder`, made for one call). */
export function record(
  acc: Acc,
  plan: Plan,
  order: Int32Array,
  totals: Float64Array,
  picks: Int32Array,
  count: number,
  quantised: Float64Array,
  unmet: boolean,
): void {
  recorder(acc, plan, order, totals, picks, quantised)(count, unmet);
}

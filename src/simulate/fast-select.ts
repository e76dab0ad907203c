/**
 * The fast path of the selection for the common rule sets: `rank-order` with gates, a cutoff, max
 * quotas and the organisation-conflict rule, but no minimum quota. It walks the ranking exactly as
 * `rankOrder` in src/select/select.ts does (with no minimum quota, `canComplete` always holds), on
 * typed arrays and without allocating. A property test holds it equal to `selectTeams`.
 */
import type { Plan } from "./plan.js";

/** Does team t pass every gate (on this run's raw scores) and the cutoff (its total, with selectTeams' 1e-9 slack)? */
export function eligible(plan: Plan, t: number, totals: Float64Array, scores: Float64Array): boolean {
  const m = plan.m;
  // Stryker disable next-line EqualityOperator: equivalent: g <= length reads gate "undefined", and every comparison with it is false, so it passes (hides the killed g >= length)
  for (let g = 0; g < plan.gateCriterion.length; g++) {
    const s = scores[t * m + plan.gateCriterion[g]!]!;
    if (s < plan.gateMin[g]! || s > plan.gateMax[g]!) return false;
  }
  return totals[t]! >= plan.minTotal - 1e-9;
}

/**
 * A closure that walks `order` and writes the picked team indices, in pick order, into `picks`,
 * returning how many. Made once per thread, so that V8 compiles it with the arrays as constants
 * (see `drawer` in engine.ts).
 */
export function picker(plan: Plan, order: Int32Array, totals: Float64Array, scores: Float64Array, picks: Int32Array): () => number {
  const { quotaStart, quotaOf, quotaMax, orgStart, orgOf, orgLimit, places } = plan;
  const quotaCount = new Int32Array(quotaMax.length);
  const orgCount = new Int32Array(plan.orgCount);
  /** Is one of t's max quotas full? */
  const quotaFull = (t: number): boolean => {
    for (let k = quotaStart[t]!; k < quotaStart[t + 1]!; k++) {
      const q = quotaOf[k]!;
      if (quotaCount[q]! >= quotaMax[q]!) return true;
    }
    return false;
  };
  /** Has one of t's organisations reached the limit? (Without a conflict rule t has none: the plan lists no organisation.) */
  const orgFull = (t: number): boolean => {
    for (let k = orgStart[t]!; k < orgStart[t + 1]!; k++) if (orgCount[orgOf[k]!]! >= orgLimit) return true;
    return false;
  };
  return () => {
    quotaCount.fill(0);
    orgCount.fill(0);
    let count = 0;
    for (const t of order) {
      if (count === places) break;
      if (!eligible(plan, t, totals, scores) || quotaFull(t) || orgFull(t)) continue;
      picks[count++] = t;
      for (let k = quotaStart[t]!; k < quotaStart[t + 1]!; k++) quotaCount[quotaOf[k]!]!++;
      for (let k = orgStart[t]!; k < orgStart[t + 1]!; k++) orgCount[orgOf[k]!]!++;
    }
    return count;
  };
}

/** Walk `order` once (`picker`, made for one call); returns how many were picked into `picks`. */
export function fastPick(plan: Plan, order: Int32Array, totals: Float64Array, scores: Float64Array, picks: Int32Array): number {
  return picker(plan, order, totals, scores, picks)();
}

/**
 * One chunk of runs. Each run samples the uncertain scores and the weights, computes every team's
 * total as `scoreTeams` does (the method's totals from the unit scores, then the bonuses on this run's scores), ranks
 * the teams as `compareTeams` does, applies the complete selection rules and records the outcome.
 * Nothing is allocated per run on the fast path.
 */
import type { Contest } from "../model/contest.js";
import { methodOf } from "../methods/index.js";
import { totalKey } from "../score/score.js";
import { ruleContext } from "../select/rules.js";
import { quantiseWeights, recorder, type Acc } from "./accumulate.js";
import { dirichletSampler, uniformSimplex } from "./distributions.js";
import { picker } from "./fast-select.js";
import { generalPick } from "../select/general-pick.js";
import type { Plan } from "./plan.js";
import { firstOf, sorter, type RunScores } from "./rank.js";
import { INV_32, Rng } from "../random/rng.js";
import { bootstrapDrawer } from "../panel/bootstrap.js";

/** Runs in chunk `chunk`: plan.chunkRuns, fewer for the last. */
export function chunkRuns(plan: Plan, chunk: number): number {
  return Math.min(plan.chunkRuns, plan.runs - chunk * plan.chunkRuns);
}

/**
 * A closure that draws one run's uncertain scores into `units` (0..1 of the scale, m × n) and the
 * raw scores the rules read (plan.rawCells) into `scores`, then sets the totals and ranking keys.
 * Made once per thread, V8 compiles it with the plan's arrays and the buffers as constants
 * (function context specialisation, for a closure created once): no bounds checks or array loads
 * in the loop, about a third faster than passing them in. One loop per distribution (a test per
 * draw costs about as much again). xoshiro128** is inlined: the same stream as `Rng.next()` on the
 * state `st`. The triangular inverse CDF has no branch: b = [u < F(mode)] selects
 * low + √(u·(h−l)(c−l)) or high − √((1−u)·(h−l)(h−c)) exactly, since b and 1 − b are 0 or 1.
 */
export function drawer(
  plan: Plan,
  scores: Float64Array,
  units: Float64Array,
  totals: Float64Array,
  keys: Float64Array,
): (st: Int32Array, weights: Float64Array) => void {
  const { m, cellUnit, cellTeam, cellCriterion, low, high, split, left, right, rawCells, scaleMin, scaleSpan } = plan;
  const k = cellUnit.length;
  const drawTriangular = (st: Int32Array): void => {
    let s0 = st[0]!;
    let s1 = st[1]!;
    let s2 = st[2]!;
    let s3 = st[3]!;
    for (let i = 0; i < k; i++) {
      const r = Math.imul(s1, 5);
      const out = Math.imul((r << 7) | (r >>> 25), 9);
      s2 ^= s0;
      s3 ^= s1;
      const t = s1 << 9;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const u = ((out >>> 0) + 0.5) * INV_32;
      const b = +(u < split[i]!);
      const nb = 1 - b;
      units[cellUnit[i]!] = b * low[i]! + nb * high[i]! + (b - nb) * Math.sqrt(b * (u * left[i]!) + nb * ((1 - u) * right[i]!));
    }
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
  };
  const drawUniform = (st: Int32Array): void => {
    let s0 = st[0]!;
    let s1 = st[1]!;
    let s2 = st[2]!;
    let s3 = st[3]!;
    for (let i = 0; i < k; i++) {
      const r = Math.imul(s1, 5);
      const out = Math.imul((r << 7) | (r >>> 25), 9);
      s2 ^= s0;
      s3 ^= s1;
      const t = s1 << 9;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const u = ((out >>> 0) + 0.5) * INV_32;
      units[cellUnit[i]!] = low[i]! + u * (high[i]! - low[i]!);
    }
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
  };
  const draw = plan.uniform ? drawUniform : drawTriangular;
  const sum = totalsOf(plan, scores, units, totals, keys);
  return (st, weights) => {
    draw(st);
    for (let j = 0; j < rawCells.length; j++) {
      const i = rawCells[j]!;
      const c = cellCriterion[i]!;
      scores[cellTeam[i]! * m + c] = scaleMin[c]! + units[cellUnit[i]!]! * scaleSpan[c]!;
    }
    sum(weights);
  };
}

/**
 * A closure that computes the totals from the unit scores as `scoreTeams` does (the method's
 * totaller over all teams — for the weighted sum 0 + w₁u₁·100 + w₂u₂·100 + … — then the bonus
 * points in order), and their ranking keys (specialised like `drawer`).
 */
export function totalsOf(
  plan: Plan,
  scores: Float64Array,
  units: Float64Array,
  totals: Float64Array,
  keys: Float64Array,
): (weights: Float64Array) => void {
  const { n, m, bonusCriterion, bonusMin, bonusPoints } = plan;
  const nb = bonusCriterion.length;
  const base = methodOf(plan).totaller(units, n, m, totals);
  return (weights) => {
    base(weights);
    for (let t = 0; t < n; t++) {
      let total = totals[t]!;
      if (nb > 0) {
        let points = 0;
        for (let b = 0; b < nb; b++) if (scores[t * m + bonusCriterion[b]!]! >= bonusMin[b]!) points += bonusPoints[b]!;
        total += points;
        totals[t] = total;
      }
      keys[t] = totalKey(total);
    }
  };
}

/** One run's draw (`drawer`, made for one call). */
export function drawRun(
  plan: Plan,
  rng: Rng,
  weights: Float64Array,
  scores: Float64Array,
  units: Float64Array,
  totals: Float64Array,
  keys: Float64Array,
): void {
  drawer(plan, scores, units, totals, keys)(rng.s, weights);
}

/**
 * A runner of chunks for one plan, adding to one accumulator; made once per thread. The buffers
 * and the rule context are made once.
 */
export function chunkRunner(plan: Plan, contest: Contest, acc: Acc): (chunk: number) => void {
  const { n, m } = plan;
  const scores = plan.scores.slice();
  const units = plan.units.slice();
  const totals = new Float64Array(n);
  const keys = new Float64Array(n);
  const weights = plan.weights.slice();
  const quantised = new Float64Array(m);
  quantiseWeights(weights, quantised);
  // The order is carried from run to run (and chunk to chunk): the sort's result does not depend on it.
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const picks = new Int32Array(n);
  const run: RunScores = { keys, scores, units };
  const draw = drawer(plan, scores, units, totals, keys);
  // --scores bootstrap: the panel's cells are redrawn after the ranges, and the totals summed again.
  const drawPanel = plan.bootstrap ? bootstrapDrawer(plan.bootstrap, n, m, plan.scaleMin, plan.scaleSpan, scores, units) : undefined;
  const sumAgain = drawPanel ? totalsOf(plan, scores, units, totals, keys) : undefined;
  const sort = sorter(plan, run, order);
  const first = plan.firstOnly ? firstOf(plan, run) : undefined;
  const drawWeights = dirichletSampler(plan.alpha);
  const pick = picker(plan, order, totals, scores, picks);
  const rec = recorder(acc, plan, order, totals, picks, quantised);
  const ctx = plan.fast ? undefined : ruleContext(contest);
  const views = plan.fast ? [] : Array.from({ length: n }, (_, t) => scores.subarray(t * m, t * m + m));
  return (chunk) => {
    const rng = Rng.forChunk(plan.seed, chunk);
    const runs = chunkRuns(plan, chunk);
    for (let r = 0; r < runs; r++) {
      if (plan.weightMode !== 0) {
        if (plan.weightMode === 1) drawWeights(rng, weights);
        else uniformSimplex(rng, weights, plan.active);
        quantiseWeights(weights, quantised);
      }
      draw(rng.s, weights);
      if (drawPanel) {
        drawPanel(rng);
        sumAgain!(weights);
      }
      if (first) {
        // Only who ranks first is counted (SimulateOptions.firstOnly).
        acc.runs++;
        if (n > 0) acc.rankCount[first()]!++;
        continue;
      }
      sort();
      let count: number;
      let unmet = false;
      if (plan.fast) count = pick();
      else {
        const sel = generalPick(ctx!, Array.from(order), totals, (t) => views[t]!);
        count = sel.picks.length;
        for (let i = 0; i < count; i++) picks[i] = sel.picks[i]!;
        unmet = sel.unmet;
      }
      rec(count, unmet);
    }
  };
}

/** Run chunk `chunk` of the plan and add it to `acc` (a runner made for one chunk). */
export function runChunk(plan: Plan, contest: Contest, chunk: number, acc: Acc): void {
  chunkRunner(plan, contest, acc)(chunk);
}

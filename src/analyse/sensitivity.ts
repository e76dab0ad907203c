/**
 * For one criterion: the interval of its weight in which the picked set stays exactly the same, and
 * what happens at each end. The walk goes outward from the current weight and stops at the first
 * change; going down is going up on the mirrored sweep (t → 1 − t).
 *
 * rank-order: between two consecutive candidate points the ranking and who is eligible are fixed,
 *   so the set under any rules is too: the full selection is run once per stretch, at its midpoint
 *   (at a crossing itself ties go by the chain, so an end is reported as the crossing point).
 * best-set: the set can also change inside a stretch, where the sums of two sets cross; each
 *   stretch is walked along the upper envelope of those sums (envelope.ts).
 * Methods whose totals are not linear in the weights (weighted-product, TOPSIS) have no lines to
 * cross: the weight is swept numerically (`NUMERIC_STEPS` equal steps outward from the current
 * weight, the full selection at each) and the first change found is located by bisection to 1e-9.
 * A change and its reversal both inside one step can be missed; such results say "numeric".
 */
import type { Contest } from "../model/contest.js";
import { rankAndPick } from "../select/evaluate.js";
import { candidatePoints, candidatePointsOf, SAME_POINT } from "./crossings.js";
import { bestAt, bestWithin, leaveEnvelope, stretch } from "./envelope.js";
import { sweep, totalLines, weightsAt, type Sweep } from "./lines.js";
import { bisect } from "./bisect.js";
import { methodOf } from "../methods/index.js";

/** The set changes at `weight`: these teams (indices, in id order) enter and leave. */
export interface Change {
  readonly weight: number;
  readonly enters: readonly number[];
  readonly leaves: readonly number[];
}

export interface CriterionSensitivity {
  readonly criterion: number;
  /** The current normalised weight. */
  readonly weight: number;
  /** The set is the same for every weight strictly between `from` and `to` (and at the current one). */
  readonly from: number;
  readonly to: number;
  /** The change at `from` (null when the set never changes below the current weight), and at `to`. */
  readonly below: Change | null;
  readonly above: Change | null;
  /** True when found by the numeric sweep (a method not linear in the weights), to 1e-9. */
  readonly numeric?: true;
}

/** Steps of the numeric sweep over the whole weight range 0..1. */
export const NUMERIC_STEPS = 400;
/** The numeric sweep's bisection stops within this much weight. */
const NUMERIC_TOLERANCE = 1e-9;

/**
 * The first weight above the current one where the set stops being `current`, and the set after it,
 * by stepping and bisection (for methods not linear in the weights).
 */
function firstChangeNumeric(contest: Contest, s: Sweep, current: ReadonlySet<number>): { at: number; set: Set<number> } | null {
  const w = s.current;
  const differs = (t: number) => !same(pickedAt(contest, s, t), current);
  const step = 1 / NUMERIC_STEPS;
  let lo = w;
  // Stryker disable next-line ArithmeticOperator: speed only: an earlier first k only adds steps with hi <= lo, skipped; the first real step is the same
  for (let k = Math.floor(w / step) + 1; lo < 1; k++) {
    const hi = Math.min(1, k * step);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: never true: the first hi, (floor(w / step) + 1) · step, is above w, each next one higher, and hi = 1 ends the loop
    if (hi <= lo) continue;
    if (differs(hi)) {
      const { at } = bisect(differs, lo, hi, NUMERIC_TOLERANCE);
      return { at, set: pickedAt(contest, s, at) };
    }
    lo = hi;
  }
  return null;
}

/** The picked set (team indices) at weight t of the sweep, under the full rules. */
function pickedAt(contest: Contest, s: Sweep, t: number): Set<number> {
  return new Set(rankAndPick(contest, weightsAt(s, t)).selected);
}

const same = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((x) => b.has(x));

/** The candidate points with 0 and 1 added: stretch k runs from points[k] to points[k + 1]. */
export function sweepPoints(contest: Contest, s: Sweep): number[] {
  return [0, ...candidatePoints(totalLines(contest, s), contest.rules.minTotal), 1];
}

/** The same sweep run backwards: weight t here is weight 1 − t there. */
export function mirror(s: Sweep): Sweep {
  return { criterion: s.criterion, current: 1 - s.current, base: s.base.map((b, j) => b + s.slope[j]!), slope: s.slope.map((x) => -x) };
}

/** The first point above the current weight where the set stops being `current`, and the set after it. */
function firstChangeAbove(contest: Contest, s: Sweep, current: ReadonlySet<number>): { at: number; set: Set<number> } | null {
  return contest.rules.strategy === "best-set" ? firstChangeAboveAll(contest, s, current) : firstChangeAboveRankOrder(contest, s, current);
}

/**
 * How many teams at the top of `ranked` decide the rank-order pick: down to the last pick when
 * every place is filled (the walk looks no further; below it only who is eligible counts, and
 * that moves only at the cutoff), otherwise all of them.
 */
function decidingPrefix(contest: Contest, order: readonly number[], selected: readonly number[]): number {
  if (selected.length < contest.rules.teams) return order.length;
  const picked = new Set(selected);
  let last = 0;
  order.forEach((t, k) => {
    if (picked.has(t)) last = k;
  });
  return last + 1;
}

/** Teams that deciding prefixes may grow by before the candidate points are recomputed. */
const PREFIX_SLACK = 8;

/**
 * rank-order, with only the crossings that can matter (issue #13: a field of 10,000 has 50 million
 * crossings). Between two points the pick depends only on the order of the teams down to the last
 * pick (the deciding prefix) and on who is eligible. So the walk takes the prefix P at its
 * position, the crossings of P's teams with every team and the cutoff crossings (|P| · n, not n²),
 * and checks the pick at the middle of each stretch between them, as firstChangeAboveAll does.
 * A team from outside P can enter the prefix only by passing one of P's teams — a point of the
 * walk — so at each stretch the prefix there is checked to lie within P; when it does not, the
 * prefix there joins P and the points are recomputed (P only grows, so the walk ends). The answer is the same as
 * firstChangeAboveAll's (docs/method.md; a property test compares the two).
 */
export function firstChangeAboveRankOrder(
  contest: Contest,
  s: Sweep,
  current: ReadonlySet<number>,
): { at: number; set: Set<number> } | null {
  const lines = totalLines(contest, s);
  const n = lines.length;
  const w = s.current;
  const cutoff = contest.rules.minTotal;
  const inP = new Uint8Array(n);
  // Stryker disable next-line ArrayDeclaration: equivalent: rebuild() sets points before any read
  let points: number[] = [];
  let k = 0;
  let x = w;
  const members: number[] = [];
  // P only grows (so the walk ends): the teams of the prefix here join it.
  const rebuild = (order: readonly number[], prefix: number) => {
    const before = members.length;
    for (const t of order.slice(0, Math.min(n, prefix + PREFIX_SLACK))) {
      // Stryker disable next-line ConditionalExpression: speed only: a member listed twice repeats its crossings, which candidatePointsOf deduplicates
      if (!inP[t]) {
        inP[t] = 1;
        members.push(t);
      }
    }
    // Never true: P is empty at first, and later a team of the prefix lies outside it. It stops a walk
    // gone wrong (P not growing would repeat the same stretch forever) with an internal error at once.
    // Stryker disable next-line ConditionalExpression,BlockStatement,StringLiteral: equivalent: never true, so removed or reworded it changes nothing (hides the killed true: every walk fails at once)
    if (members.length === before) throw new Error("firstChangeAboveRankOrder: the prefix did not grow");
    points = candidatePointsOf(lines, members, x, cutoff);
    k = 0;
  };
  const atW = rankAndPick(contest, weightsAt(s, w));
  rebuild(atW.order, decidingPrefix(contest, atW.order, atW.selected));
  while (x < 1 - SAME_POINT) {
    const next = k < points.length ? points[k]! : 1;
    const m = (x + next) / 2;
    const r = rankAndPick(contest, weightsAt(s, m));
    const prefix = decidingPrefix(contest, r.order, r.selected);
    if (r.order.slice(0, prefix).some((t) => !inP[t])) {
      rebuild(r.order, prefix);
      continue;
    }
    const set = new Set(r.selected);
    if (!same(set, current)) return { at: x, set };
    x = next;
    k++;
  }
  // At t = 1 itself, as in firstChangeAboveAll.
  const end = pickedAt(contest, s, 1);
  return same(end, current) ? null : { at: 1, set: end };
}

/**
 * The first point above the current weight where the set stops being `current`, from every
 * crossing of every pair (n²): for best-set, and the reference the rank-order walk is tested against.
 */
export function firstChangeAboveAll(contest: Contest, s: Sweep, current: ReadonlySet<number>): { at: number; set: Set<number> } | null {
  const lines = totalLines(contest, s);
  const points = [0, ...candidatePoints(lines, contest.rules.minTotal), 1];
  const w = s.current;
  const picked = (t: number) => pickedAt(contest, s, t);
  const on = points.findIndex((p) => Math.abs(p - w) <= SAME_POINT);
  // The first stretch to look at: the one starting at w, or the one after the stretch holding w.
  const start = on >= 0 ? on : firstAbove(points, w);
  // Stryker disable next-line ConditionalExpression: equivalent: rank-order comes here only as the tests' reference; bestWithin is then its pick, constant per stretch
  const bestSet = contest.rules.strategy === "best-set";
  for (let k = on >= 0 ? on : start - 1; k < points.length - 1; k++) {
    const lo = points[k]!;
    const hi = points[k + 1]!;
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent: as for bestSet above (rank-order reaches this function only from tests)
    if (!bestSet) {
      // Stryker disable next-line ConditionalExpression: equivalent: the stretch holding w, if looked at, has the current set (the pick at w) at its middle
      if (k < start) continue; // rank-order: the stretch holding w has the current set
      const set = picked((lo + hi) / 2);
      if (!same(set, current)) return { at: lo, set };
      continue;
    }
    const st = stretch(contest, lines, lo, hi);
    const x = k < start ? w : lo;
    if (x === lo && !bestAt(contest, lines, st, current, lo)) {
      const first = bestWithin(contest, lines, st, lo);
      const r = leaveEnvelope(contest, lines, st, first, lo, picked);
      // Stryker disable next-line EqualityOperator: equivalent: leaveEnvelope gives r.at = lo or r.at > lo + SAME_POINT (stretch ends are further apart)
      const after = r && r.at <= lo + SAME_POINT ? r.after : picked((lo + (r ? r.at : hi)) / 2);
      if (!same(after, current)) return { at: lo, set: after };
    }
    const r = leaveEnvelope(contest, lines, st, current, x, picked);
    // Best by sum from x to where it leaves the envelope (or to the end of the stretch); a different
    // pick there (looked at past x, which may be the current weight) is an equal-sum tie decided
    // otherwise — constant there, as the ranking is. Looked at before the set that overtakes later.
    const mid = picked((x + (r ? r.at : hi)) / 2);
    if (!same(mid, current)) return { at: x, set: mid };
    if (r && !same(r.after, current)) return { at: r.at, set: r.after };
  }
  // At t = 1 itself the other criteria weigh nothing: teams equal on this one tie there, and the
  // tie-break chain may order them otherwise than just before (crossings at 1 are not candidates).
  // Looked at even when w is within SAME_POINT of 1: a total there may still round to another
  // 9-decimal key than at 1 (at w = 1 itself the pick at 1 is the current one).
  const end = picked(1);
  return same(end, current) ? null : { at: 1, set: end };
}

/** The index of the first point above w (called when none is within SAME_POINT of it). */
function firstAbove(points: readonly number[], w: number): number {
  // Stryker disable next-line EqualityOperator: equivalent: no point equals w here (none is within SAME_POINT of it), so >= is >
  return points.findIndex((p) => p > w);
}

function change(weight: number, before: ReadonlySet<number>, after: ReadonlySet<number>): Change {
  return {
    weight,
    enters: [...after].filter((t) => !before.has(t)).sort((x, y) => x - y),
    leaves: [...before].filter((t) => !after.has(t)).sort((x, y) => x - y),
  };
}

export function criterionSensitivity(
  contest: Contest,
  criterion: number,
  current: ReadonlySet<number> = new Set(rankAndPick(contest).selected),
): CriterionSensitivity {
  const s = sweep(contest, criterion);
  const linear = methodOf(contest).linearInWeights;
  const find = linear ? firstChangeAbove : firstChangeNumeric;
  const up = find(contest, s, current);
  const down = find(contest, mirror(s), current);
  // A change found at the current weight itself (it sits on a crossing) is reported at exactly that
  // weight, not a rounding hair beside it (1 − (1 − ⅓) is 0.33333333333333337).
  const snap = (t: number) => (Math.abs(t - s.current) <= SAME_POINT ? s.current : t);
  const to = up ? snap(up.at) : 1;
  const from = down ? snap(1 - down.at) : 0;
  return {
    criterion,
    weight: s.current,
    from,
    to,
    below: down && change(from, current, down.set),
    above: up && change(to, current, up.set),
    ...(linear ? {} : { numeric: true as const }),
  };
}

/**
 * `best-set` along a sweep. The best set maximises the sum of its totals, and a set's sum is a line
 * in t too, so within a stretch between candidate points (where the ranking and who is eligible are
 * fixed, hence the family of allowed sets) the best value is the upper envelope of those lines: a
 * convex function. A set that is best at two points is best between them, and the envelope's next
 * piece is found exactly by Newton's method on the lines: intersect the current set's line with the
 * line of the set that is best further on, check whether a third set beats both there, and repeat.
 * So the set can also change where the sums of two sets cross, not only where two totals do.
 */
import type { Contest } from "../model/contest.js";
import { compareTeams } from "../score/score.js";
import { isEligible, ruleContext } from "../select/rules.js";
import { selectTeams } from "../select/select.js";
import { SAME_POINT } from "./crossings.js";
import type { Line } from "./lines.js";

/** Sums compare equal within this (totals are compared to 9 decimals). */
const TOL = 1e-9;

export interface Stretch {
  /** Team indices eligible inside the stretch, in its (constant) rank order. */
  readonly order: readonly number[];
  readonly lo: number;
  readonly hi: number;
}

/** Eligibility and rank order inside the stretch (lo, hi), read at its midpoint. */
export function stretch(contest: Contest, lines: readonly Line[], lo: number, hi: number): Stretch {
  const m = (lo + hi) / 2;
  const ctx = ruleContext(contest);
  const total = (i: number) => lines[i]!.a + lines[i]!.b * m;
  const order = contest.teams
    .map((_, i) => i)
    .filter((i) => isEligible(ctx, contest.teams[i]!.scores, total(i)))
    .sort((x, y) => compareTeams(contest, { total: total(x), index: x }, { total: total(y), index: y }));
  return { order, lo, hi };
}

const sumAt = (lines: readonly Line[], set: Iterable<number>, t: number) => {
  let s = 0;
  for (const i of set) s += lines[i]!.a + lines[i]!.b * t;
  return s;
};

/** The best set at t (lo ≤ t ≤ hi) among the sets allowed inside the stretch. */
export function bestWithin(contest: Contest, lines: readonly Line[], st: Stretch, t: number): Set<number> {
  const { minTotal: _cut, ...rules } = contest.rules;
  const totals = new Float64Array(lines.map((l) => l.a + l.b * t));
  const scores = (i: number) => contest.teams[i]!.scores;
  return new Set(selectTeams({ ...contest, rules }, { order: st.order, totals, scores }).selected);
}

const cross = (lines: readonly Line[], s: ReadonlySet<number>, r: ReadonlySet<number>) => {
  let da = 0;
  let db = 0;
  for (const i of s) {
    da += lines[i]!.a;
    db += lines[i]!.b;
  }
  for (const i of r) {
    da -= lines[i]!.a;
    db -= lines[i]!.b;
  }
  return db === 0 ? NaN : -da / db;
};

/** Is `set` allowed in the stretch and at least as good as the best there at t? */
export function bestAt(contest: Contest, lines: readonly Line[], st: Stretch, set: ReadonlySet<number>, t: number): boolean {
  for (const i of set) if (!st.order.includes(i)) return false;
  return sumAt(lines, set, t) >= sumAt(lines, bestWithin(contest, lines, st, t), t) - TOL;
}

/**
 * Starting at x in the stretch where `set` is best, the first point at or after x beyond which it is
 * no longer best, with the set that is best just after it; null when it stays best to the end.
 * `picked(t)` is the real pick at t (used for the set after, at a point inside an envelope piece).
 */
export function leaveEnvelope(
  contest: Contest,
  lines: readonly Line[],
  st: Stretch,
  set: ReadonlySet<number>,
  x: number,
  picked: (t: number) => Set<number>,
): { at: number; after: Set<number> } | null {
  let hi = st.hi;
  let prevHi = st.hi;
  // Stryker disable next-line EqualityOperator,UpdateOperator: equivalent: a safety net; each step moves to a lower piece of the upper envelope, so the walk ends long before 10,000
  for (let guard = 0; guard < 10_000; guard++) {
    const better = bestWithin(contest, lines, st, hi);
    if (sumAt(lines, set, hi) >= sumAt(lines, better, hi) - TOL && [...set].every((i) => st.order.includes(i))) {
      // Best on [x, hi]; if hi is a crossing found below, the set best at prevHi takes over there.
      return hi === st.hi ? null : { at: hi, after: picked((hi + prevHi) / 2) };
    }
    const t = cross(lines, set, better);
    if (!(t > x + SAME_POINT)) return { at: x, after: picked((x + hi) / 2) };
    if (!(t < hi)) return { at: hi, after: picked((hi + prevHi) / 2) }; // only by rounding
    prevHi = hi;
    hi = t;
  }
  // Stryker disable next-line StringLiteral: equivalent: the safety net's message, never reached (see the loop's guard)
  throw new Error("leaveEnvelope: no convergence");
}

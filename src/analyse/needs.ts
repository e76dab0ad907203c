/**
 * "What would it take": for a team left out and one criterion alone, the smallest score on that
 * criterion's scale that gets the team picked under the full rules (every other score and every
 * weight unchanged), or null when no score on the scale does ("not reachable by this criterion
 * alone"). On a criterion with levels only its level values count: the lowest level that suffices.
 * Otherwise: between candidate points — the team's own score, where its total meets another team's
 * total or the cutoff, a bonus threshold on the criterion, a gate bound — the ranking and who is eligible are
 * fixed, so the pick is checked at each candidate and just after it (the next value to 2 decimals,
 * or the middle of a shorter stretch); the answer is the smallest value checked that works.
 * Other methods and `direction: min` criteria: numerically (`scoreNeededNumeric`).
 */
import type { Contest } from "../model/contest.js";
import { sumWithout, unitFor } from "../methods/weighted-sum.js";
import { methodOf } from "../methods/index.js";
import { bisect } from "./bisect.js";
import { bonusFor, unitScore } from "../score/score.js";
import type { Evaluation } from "../select/evaluate.js";
import { rankAndPick } from "../select/evaluate.js";

/** Is `team` picked when its score on `criterion` is `value` (everything else as it is)? */
export function pickedWith(contest: Contest, team: number, criterion: number, value: number): boolean {
  const t = contest.teams[team]!;
  const scores = t.scores.slice();
  scores[criterion] = value;
  const teams = contest.teams.slice();
  teams[team] = { ...t, scores };
  return rankAndPick({ ...contest, teams }).selected.includes(team);
}

/**
 * Under a method other than the weighted sum, or on a `direction: min` criterion: the level nearest
 * the team's score that suffices, or on a continuous scale bisection (to 1e-9 of the scale) between
 * the team's score and the best end of the scale, the pick taken as monotone in the score.
 */
function scoreNeededNumeric(ev: Evaluation, team: number, criterion: number): number | null {
  const { contest } = ev;
  const crit = contest.criteria[criterion]!;
  const { min: lo, max: hi } = crit.scale;
  const lower = crit.direction === "min";
  const v0 = contest.teams[team]!.scores[criterion]!;
  const works = (x: number) => pickedWith(contest, team, criterion, x);
  if (crit.levels && Object.keys(crit.levels).length) {
    // Levels beyond the team's score (validation keeps every level on the scale).
    // Stryker disable next-line EqualityOperator: equivalent: the level equal to the team's own score is not picked (the team is left out at it)
    const beyond = (x: number) => (lower ? x < v0 : x > v0);
    const levels = [...new Set(Object.values(crit.levels))].filter(beyond).sort((a, b) => (lower ? b - a : a - b));
    return levels.find(works) ?? null;
  }
  const best = lower ? lo : hi;
  // Stryker disable next-line ConditionalExpression: equivalent: at best === v0, works(best) is works(v0), false for a team left out
  if (best === v0 || !works(best)) return null;
  const at = (d: number) => (lower ? v0 - d : v0 + d);
  const { at: d } = bisect((x) => works(at(x)), 0, Math.abs(best - v0), 1e-9 * (hi - lo));
  const x = at(d);
  // As the exact path does: the next value to 2 decimals, when it works (a tie lost on the chain
  // at the boundary itself is won a hair past it).
  const round = lower ? Math.floor(x * 100 + 1e-7) / 100 : Math.ceil(x * 100 - 1e-7) / 100;
  return round >= lo &&
    round <= hi &&
    // Stryker disable next-line ConditionalExpression: equivalent: a team left out is not picked at its own score, so works(round) is false there
    round !== v0 &&
    works(round)
    ? round
    : x;
}

/** The smallest score on `criterion` that gets `team` picked (the largest under `direction: min`), or null (`oneByOne`: every value tried in order, for tests). */
// Stryker disable next-line BooleanLiteral: speed only: oneByOne tries the same values in order instead of bisecting between edges, the same answer
export function scoreNeeded(ev: Evaluation, team: number, criterion: number, oneByOne = false): number | null {
  const { contest } = ev;
  const crit = contest.criteria[criterion]!;
  if (methodOf(contest).name !== "weighted-sum" || crit.direction === "min") return scoreNeededNumeric(ev, team, criterion);
  const { min: lo, max: hi } = crit.scale;
  const t = contest.teams[team]!;
  const v0 = t.scores[criterion]!;
  const works = (x: number) => pickedWith(contest, team, criterion, x);
  if (crit.levels && Object.keys(crit.levels).length) {
    // Levels above the team's score (validation keeps every level on the scale).
    // Stryker disable next-line EqualityOperator: equivalent: the level equal to the team's own score is not picked (the team is left out at it)
    const levels = [...new Set(Object.values(crit.levels))].filter((x) => x > v0).sort((a, b) => a - b);
    return levels.find(works) ?? null;
  }
  const w = contest.weights[criterion]!;
  const scoresAt = (x: number) => t.scores.map((s, c) => (c === criterion ? x : s));
  const rest = sumWithout(
    t.scores.map((v, c) => unitScore(contest, c, v)),
    contest.weights,
    criterion,
  );
  const cand = new Set<number>([hi]);
  for (const b of contest.bonuses) if (b.criterion === criterion) cand.add(b.min);
  for (const g of contest.rules.gates)
    if (g.criterion === criterion)
      for (const x of [g.min, g.max]) {
        // Stryker disable next-line ConditionalExpression: equivalent: an undefined candidate is dropped (no edge inside the scale, not finite)
        if (x !== undefined) cand.add(x);
      }
  // Where the bonus or a gate may change: the scale's ends, bonus thresholds, gate bounds.
  const bounds = [lo, ...cand];
  if (w > 0) {
    // Bonus points are constant between thresholds: solve the team's total = each target per segment.
    // Every candidate so far lies on the scale (validation: bonus thresholds and gate bounds); lo
    // itself inside would add a segment [lo, lo] with the bonus of the next one.
    const edges = [lo, ...[...cand].filter((x) => x < hi).sort((a, b) => a - b), hi];
    const targets = ev.ranked.filter((r) => r.index !== team).map((r) => r.total);
    // Stryker disable next-line ConditionalExpression: equivalent: an undefined target gives a candidate NaN, which the filter below drops
    if (contest.rules.minTotal !== undefined) targets.push(contest.rules.minTotal);
    for (let k = 0; k < edges.length - 1; k++) {
      const bonus = bonusFor(contest, scoresAt(Math.min(hi, (edges[k]! + (edges[k + 1] ?? hi)) / 2))).points;
      for (const target of targets) cand.add(lo + unitFor(target, rest, bonus, w) * (hi - lo));
      for (const e of edges) cand.add(e);
    }
  } else {
    // Without weight the score never moves the total, but it still breaks ties on the chain: that
    // changes where it meets another team's score on the criterion.
    for (const o of contest.teams) cand.add(o.scores[criterion]!);
  }
  // Floating-point noise off a round value (4.999999999 for 5) would miss an exact tie there. The
  // top of the scale stays as it is (snapped, it could leave the scale or fall below the team's own
  // score): it is always the last value checked, and an edge.
  const snap = (x: number) => (x !== hi && Math.abs(x - Math.round(x * 1e6) / 1e6) < 1e-9 ? Math.round(x * 1e6) / 1e6 : x);
  // The team's own score starts the first stretch (a tie lost there is won just past it); it is
  // checked too, though a team left out is not picked at it.
  const points = [...new Set([v0, ...[...cand].map(snap)])].filter((x) => Number.isFinite(x) && x >= v0 && x <= hi).sort((a, b) => a - b);
  // The values checked, in order: each candidate and the value just after it.
  const checks: number[] = [];
  for (let k = 0; k < points.length; k++) {
    const x = points[k]!;
    checks.push(x);
    const next = points[k + 1] ?? Infinity;
    const up = Math.ceil(x * 100 + 1e-7) / 100;
    // Only the last point, the top of the scale, has no next; below it up < next keeps up on the scale.
    const after = next === Infinity ? undefined : up < next ? up : (x + next) / 2;
    if (after !== undefined) checks.push(after);
  }
  // Under best-set too the pick is monotone between edges (every set holding the team gains as it
  // climbs, the others stay), but it is not bisected there.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral,BlockStatement: speed only: one by one or bisected between edges, the same first value that works
  if (contest.rules.strategy === "best-set" || oneByOne) {
    return checks.find(works) ?? null;
  }
  // rank-order: strictly between two edges (bonus thresholds, gate bounds) only the team's total
  // moves, and up, and moving up never hurts (margin.ts): the first value that works in such a run
  // is found by bisection. Edges themselves are checked one by one. Same answer as trying in order.
  const edgeSet = new Set(bounds.map(snap));
  for (let i = 0; i < checks.length; ) {
    // Stryker disable next-line ConditionalExpression: speed only: every value checked one by one in order gives the same first value that works
    if (edgeSet.has(checks[i]!)) {
      if (works(checks[i]!)) return checks[i]!;
      i++;
      continue;
    }
    let j = i;
    while (!edgeSet.has(checks[j]!)) {
      j++;
      // The last value checked is the top of the scale, an edge, so the walk stops before the end.
      // This stop is never reached; it ends a walk gone wrong (a mutant dropping the top, or one
      // starting a walk past the end) at once instead of looping until the mutation run's timeout
      // (about 50 s each).
      // Stryker disable next-line all: equivalent or speed only: never true; made true it checks runs of one value one by one
      if (j >= checks.length) break;
    }
    // checks[i..j) lie strictly between two edges.
    if (works(checks[j - 1]!)) {
      let lo = i - 1;
      // Stryker disable next-line ArithmeticOperator: equivalent: the edge after the run works if its last value does (edges never hurt), so the search ends the same
      let hi2 = j - 1;
      while (hi2 - lo > 1) {
        const mid = (lo + hi2) >> 1;
        if (works(checks[mid]!)) hi2 = mid;
        else lo = mid;
      }
      return checks[hi2]!;
    }
    i = j;
  }
  return null;
}

/** For every team left out (in rank order), the score each criterion alone would need. */
export function needsByCriterion(ev: Evaluation, teams?: readonly number[]): Map<number, (number | null)[]> {
  const out = new Map<number, (number | null)[]>();
  const only = teams && new Set(teams);
  for (const r of ev.ranked)
    if (!ev.selected.has(r.index) && (!only || only.has(r.index)))
      out.set(
        r.index,
        ev.contest.criteria.map((_, c) => scoreNeeded(ev, r.index, c)),
      );
  return out;
}

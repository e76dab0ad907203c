/**
 * How close the pick is: the margin between the last picked team and the best team left out, and
 * for each team left out the points it would need to enter. "Needed" is the smallest increase of
 * that team's total alone (like a bonus; every other total unchanged) above which `select` picks it:
 * anything more enters; at exactly that many points the tie-break chain decides. `null` when no
 * number of points helps (a failed gate, a rule that keeps it out wherever it ranks).
 *
 * rank-order: exact. Only the team's position in the ranking (and the cutoff) matters, and moving
 *   up never hurts (a team considered earlier meets a subset of the picks it met later), so the
 *   totals of the teams above it and the cutoff are the only candidates: binary search over them.
 * best-set: bisection on the added points, each step checked through the full selection, to 1e-10
 *   or to floating-point resolution at the numbers' magnitude, at most 2,200 steps (`bisect.ts`; the
 *   9-decimal comparison of totals makes the answer good to about 1e-9).
 */
import type { Contest } from "../model/contest.js";
import { compareTeams, totalKey } from "../score/score.js";
import type { Evaluation } from "../select/evaluate.js";
import { ruleContext } from "../select/rules.js";
import { generalPick } from "../select/general-pick.js";
import { bisect } from "./bisect.js";

/** Total of the last picked team minus that of the best team left out; null if either is missing. */
export function margin(ev: Evaluation): number | null {
  const picked = ev.ranked.filter((r) => ev.selected.has(r.index));
  const out = ev.ranked.find((r) => !ev.selected.has(r.index));
  if (picked.length === 0 || !out) return null;
  return picked[picked.length - 1]!.total - out.total;
}

function totalsOf(ev: Evaluation): Float64Array {
  const totals = new Float64Array(ev.contest.teams.length);
  for (const r of ev.ranked) totals[r.index] = r.total;
  return totals;
}

function picks(contest: Contest, order: readonly number[], totals: Float64Array, team: number): boolean {
  const scores = (t: number) => contest.teams[t]!.scores;
  // The selection's steps without its reasons (equal to selectTeams' picks, property-tested).
  return generalPick(ruleContext(contest), order, totals, scores).picks.includes(team);
}

function neededRankOrder(ev: Evaluation, team: number): number | null {
  const { contest } = ev;
  const totals = totalsOf(ev);
  const own = totals[team]!;
  // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent: the team left in `others` appears twice in the order; the first place decides (docs/mutation.md, margin.ts)
  const others = ev.ranked.filter((r) => r.index !== team).map((r) => r.index);
  // Stryker disable next-line MethodExpression: equivalent: values below the team's own total never get it picked (docs/mutation.md, margin.ts)
  const above = ev.ranked
    .slice(
      0,
      // Stryker disable next-line ArrowFunction,ConditionalExpression: equivalent: findIndex -1 keeps all totals but the last; values below the team's own never work (docs/mutation.md)
      ev.ranked.findIndex((r) => r.index === team),
    )
    .map((r) => r.total);
  const cut = contest.rules.minTotal;
  // Stryker disable next-line LogicalOperator,ConditionalExpression,EqualityOperator: equivalent: a cutoff at or below the team's own total never works; an absent one is never added (undefined > own)
  const values = [...above, ...(cut !== undefined && cut > own ? [cut] : [])].sort((x, y) => x - y);
  const enters = (v: number) => {
    // Just above every team whose total is at most v (the limit from above: v plus a hair).
    const at = others.findIndex((o) => totalKey(totals[o]!) <= totalKey(v));
    // Stryker disable next-line MethodExpression: equivalent: teams above the insertion point repeated after it; the first place decides (docs/mutation.md, margin.ts)
    const order = at < 0 ? [...others, team] : [...others.slice(0, at), team, ...others.slice(at)];
    const t = Float64Array.from(totals);
    t[team] = v;
    return picks(contest, order, t, team);
  };
  // Climbing never hurts, so the smallest value that works is found by binary search.
  // Stryker disable next-line ConditionalExpression: equivalent: with no value the team is placed last with a NaN total and not picked: null as before
  if (values.length === 0 || !enters(values[values.length - 1]!)) return null;
  let lo = -1;
  // Stryker disable next-line ArithmeticOperator: equivalent: the last value is known to work, so hi comes down to a real index before it is read
  let hi = values.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (enters(values[mid]!)) hi = mid;
    else lo = mid;
  }
  return values[hi]! - own;
}

function neededBisect(ev: Evaluation, team: number): number | null {
  const { contest } = ev;
  const totals = totalsOf(ev);
  const own = totals[team]!;
  const test = (delta: number) => {
    const t = Float64Array.from(totals);
    t[team] = own + delta;
    // Stryker disable next-line ArrowFunction,ObjectLiteral: equivalent: best-set reads the order only on equal sums, a single point below the bisection's 1e-10 resolution
    const byRank = (x: number, y: number) => compareTeams(contest, { total: t[x]!, index: x }, { total: t[y]!, index: y });
    // Stryker disable next-line MethodExpression: equivalent: best-set reads the order only on equal sums, a single point below the bisection's 1e-10 resolution
    const order = contest.teams.map((_, i) => i).sort(byRank);
    return picks(contest, order, t, team);
  };
  const spread = Math.max(...Array.from(totals, Math.abs));
  const hi = 2 * contest.rules.teams * spread + Math.abs(contest.rules.minTotal ?? 0) + 1;
  if (!test(hi)) return null;
  return bisect(test, 0, hi).at;
}

/** Points needed by every team left out (or by `teams`, team indices left out), by team index in rank order. */
export function pointsNeeded(ev: Evaluation, teams?: readonly number[]): Map<number, number | null> {
  const out = new Map<number, number | null>();
  const f = ev.contest.rules.strategy === "best-set" ? neededBisect : neededRankOrder;
  const only = teams && new Set(teams);
  for (const r of ev.ranked) if (!ev.selected.has(r.index) && (!only || only.has(r.index))) out.set(r.index, f(ev, r.index));
  return out;
}

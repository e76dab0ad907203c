/**
 * Stage 3: scoring. Each score is mapped to 0..1 of its scale (`unitScore`), the contest's
 * aggregation method (src/methods/: the weighted sum by default) makes the totals over the whole
 * field, and every bonus whose condition holds is added. Ranking orders by total, then the
 * tie-break chain, then the lottery (when the chain ends with it) or the id.
 */
import { methodOf } from "../methods/index.js";
import { distances } from "../methods/topsis.js";
import { points } from "../methods/weighted-sum.js";
import type { Contest, Team } from "../model/contest.js";

export interface TeamScore {
  /** Index of the team in `contest.teams`. */
  readonly index: number;
  readonly team: Team;
  /** Points each criterion contributes under the weighted sum (w·u·100), in rubric order; their sum is `weighted` only under it. */
  readonly contributions: readonly number[];
  readonly weighted: number;
  readonly bonus: number;
  readonly bonuses: readonly string[];
  readonly total: number;
  /** TOPSIS only: the team's distances to the field's ideal (d⁺) and anti-ideal (d⁻), on the weighted unit scale. */
  readonly distances?: { readonly plus: number; readonly minus: number };
}

export interface Ranked extends TeamScore {
  readonly rank: number;
}

/** Each criterion's score mapped to 0..1 on its scale: (v − min)/(max − min), or (max − v)/(max − min) under `direction: min`. */
export function unitScore(contest: Contest, criterion: number, value: number): number {
  const crit = contest.criteria[criterion]!;
  const { min, max } = crit.scale;
  return crit.direction === "min" ? (max - value) / (max - min) : (value - min) / (max - min);
}

export function bonusFor(contest: Contest, scores: readonly number[]): { points: number; labels: string[] } {
  let points = 0;
  const labels: string[] = [];
  for (const b of contest.bonuses) {
    if (scores[b.criterion]! >= b.min) {
      points += b.points;
      labels.push(b.label);
    }
  }
  return { points, labels };
}

/**
 * The unit scores of every team, criterion-major (units[c·n + t]), for the methods. Kept per teams
 * array: the analyses rank the same teams at many weights.
 */
const unitCache = new WeakMap<object, Float64Array>();
function unitMatrix(contest: Contest): Float64Array {
  const cached = unitCache.get(contest.teams);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: speed only: a valid contest's cached matrix has n·m values; recomputed, the same
  if (cached && cached.length === contest.teams.length * contest.criteria.length) return cached;
  const n = contest.teams.length;
  const m = contest.criteria.length;
  const units = new Float64Array(n * m);
  contest.teams.forEach((team, t) => team.scores.forEach((v, c) => (units[c * n + t] = unitScore(contest, c, v))));
  unitCache.set(contest.teams, units);
  return units;
}

/** Every team's total before the bonus under the contest's method, by team index. */
export function baseTotals(contest: Contest, weights: readonly number[] = contest.weights): Float64Array {
  const n = contest.teams.length;
  const out = new Float64Array(n);
  methodOf(contest).totaller(unitMatrix(contest), n, contest.criteria.length, out)(weights);
  return out;
}

/** One team scored (the whole field is scored: a method may compare teams). */
export function scoreTeam(contest: Contest, index: number, weights: readonly number[] = contest.weights): TeamScore {
  return scoreTeams(contest, weights)[index]!;
}

/** Every team scored, by team index. */
export function scoreTeams(contest: Contest, weights: readonly number[] = contest.weights): TeamScore[] {
  const base = baseTotals(contest, weights);
  const d = contest.method === "topsis" ? topsisDistances(contest, weights) : undefined;
  return contest.teams.map((team, index) => {
    const contributions = team.scores.map((s, c) => points(weights[c]!, unitScore(contest, c, s)));
    const weighted = base[index]!;
    const { points: bonus, labels } = bonusFor(contest, team.scores);
    return {
      index,
      team,
      contributions,
      weighted,
      bonus,
      bonuses: labels,
      total: weighted + bonus,
      ...(d ? { distances: { plus: d.plus[index]!, minus: d.minus[index]! } } : {}),
    };
  });
}

function topsisDistances(contest: Contest, weights: readonly number[]): { plus: Float64Array; minus: Float64Array } {
  const n = contest.teams.length;
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  distances(unitMatrix(contest), n, contest.criteria.length, weights, plus, minus);
  return { plus, minus };
}

/** Totals compare equal when they agree to 9 decimal places (floating-point noise is not a lead). */
export function totalKey(total: number): number {
  return Math.round(total * 1e9);
}

/**
 * Compare two teams for the ranking: higher total first; equal totals by the tie-break criteria in
 * order (higher score first; lower under `direction: min`), then by the lottery's ticket when the
 * chain ends with `lottery`, else by id. A total order, so sorting is deterministic.
 */
export function compareTeams(
  contest: Contest,
  a: { total: number; index: number },
  b: { total: number; index: number },
  scores?: (i: number) => readonly number[],
): number {
  const ka = totalKey(a.total);
  const kb = totalKey(b.total);
  if (ka !== kb) return kb - ka;
  const sa = scores ? scores(a.index) : contest.teams[a.index]!.scores;
  const sb = scores ? scores(b.index) : contest.teams[b.index]!.scores;
  for (const c of contest.rules.tieBreak) {
    const d = contest.criteria[c]!.direction === "min" ? sa[c]! - sb[c]! : sb[c]! - sa[c]!;
    if (d !== 0) return d;
  }
  const lottery = contest.rules.lottery;
  if (lottery) return lottery.tickets[a.index]! - lottery.tickets[b.index]!;
  const ia = contest.teams[a.index]!.id;
  const ib = contest.teams[b.index]!.id;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** Every team scored and ranked (rank 1 = best). */
export function rankTeams(contest: Contest, weights: readonly number[] = contest.weights): Ranked[] {
  const scored = scoreTeams(contest, weights);
  scored.sort((a, b) => compareTeams(contest, a, b));
  return scored.map((s, i) => ({ ...s, rank: i + 1 }));
}

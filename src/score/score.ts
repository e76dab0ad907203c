/**
 * Stage 3: scoring. Total = Σ normalised weight × (score − min) / (max − min) × 100, plus every
 * bonus whose condition holds. Ranking orders by total, then the tie-break chain, then id.
 */
import type { Contest, Team } from "../model/contest.js";

export interface TeamScore {
  /** Index of the team in `contest.teams`. */
  readonly index: number;
  readonly team: Team;
  /** Points each criterion contributes, in rubric order (sum = weighted). */
  readonly contributions: readonly number[];
  readonly weighted: number;
  readonly bonus: number;
  readonly bonuses: readonly string[];
  readonly total: number;
}

export interface Ranked extends TeamScore {
  readonly rank: number;
}

/** Each criterion's score mapped to 0..1 on its scale. */
export function unitScore(contest: Contest, criterion: number, value: number): number {
  const { min, max } = contest.criteria[criterion]!.scale;
  return (value - min) / (max - min);
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

export function scoreTeam(contest: Contest, index: number, weights: readonly number[] = contest.weights): TeamScore {
  const team = contest.teams[index]!;
  const contributions = team.scores.map((s, c) => weights[c]! * unitScore(contest, c, s) * 100);
  const weighted = contributions.reduce((a, b) => a + b, 0);
  const { points, labels } = bonusFor(contest, team.scores);
  return { index, team, contributions, weighted, bonus: points, bonuses: labels, total: weighted + points };
}

/** Totals compare equal when they agree to 9 decimal places (floating-point noise is not a lead). */
export function totalKey(total: number): number {
  return Math.round(total * 1e9);
}

/**
 * Compare two teams for the ranking: higher total first; equal totals by the tie-break criteria in
 * order (higher score first), then by id. A total order, so sorting is deterministic.
 */
export function compareTeams(contest: Contest, a: { total: number; index: number }, b: { total: number; index: number }, scores?: (i: number) => readonly number[]): number {
  const ka = totalKey(a.total);
  const kb = totalKey(b.total);
  if (ka !== kb) return kb - ka;
  const sa = scores ? scores(a.index) : contest.teams[a.index]!.scores;
  const sb = scores ? scores(b.index) : contest.teams[b.index]!.scores;
  for (const c of contest.rules.tieBreak) {
    const d = sb[c]! - sa[c]!;
    if (d !== 0) return d;
  }
  const ia = contest.teams[a.index]!.id;
  const ib = contest.teams[b.index]!.id;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** Every team scored and ranked (rank 1 = best). */
export function rankTeams(contest: Contest, weights: readonly number[] = contest.weights): Ranked[] {
  const scored = contest.teams.map((_, i) => scoreTeam(contest, i, weights));
  scored.sort((a, b) => compareTeams(contest, a, b));
  return scored.map((s, i) => ({ ...s, rank: i + 1 }));
}

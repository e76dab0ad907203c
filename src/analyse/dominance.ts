/**
 * Who the weights cannot save, and who they cannot sink — over every weighting (every weight 0 or
 * more), without selection rules (no gates, cutoff, quotas or conflicts: the top `teams` are picked).
 *
 * A total is linear in the weights, so the difference of two totals is largest and smallest at a
 * corner of the weight simplex: all weight on one criterion. Team j outranks team i
 *   - under every weighting when at every corner j's total is at least i's and j wins ties;
 *   - under some weighting when at some corner j's total is above i's (or equal and j wins the tie).
 *
 * Dominated: at least `teams` others are at least as good on every criterion, better on one, have
 * at least the same bonus and win the tie-break on equal totals (always so with the default chain,
 * every criterion in order). They outrank it under every weighting, so it is never picked.
 * Always picked: fewer than `teams` others can outrank it under any weighting.
 */
import type { Contest } from "../model/contest.js";
import { bonusFor, compareTeams, unitScore } from "../score/score.js";

interface Profile {
  /** Unit scores × 100, by criterion. */
  readonly u: readonly number[];
  readonly bonus: number;
}

function profiles(contest: Contest): Profile[] {
  return contest.teams.map((t) => ({
    u: t.scores.map((v, c) => unitScore(contest, c, v) * 100),
    bonus: bonusFor(contest, t.scores).points,
  }));
}

/** j before i when their totals are equal (the tie-break chain, then id). */
const winsTie = (contest: Contest, j: number, i: number) => compareTeams(contest, { total: 0, index: j }, { total: 0, index: i }) < 0;

/** Scores compared at the 9-decimal precision totals are compared at. */
const sign = (x: number) => Math.sign(Math.round(x * 1e9));

/** Teams that at least `teams` others dominate, with the dominators' ids (in id order). */
export function dominated(contest: Contest): Map<number, string[]> {
  const all = dominators(contest);
  return new Map([...all].filter(([, by]) => by.length >= contest.rules.teams && by.length > 0));
}

/** For every team (by index), the ids of the teams that dominate it (in id order; often none). */
export function dominators(contest: Contest): Map<number, string[]> {
  const p = profiles(contest);
  const out = new Map<number, string[]>();
  p.forEach((pi, i) => {
    const by: string[] = [];
    p.forEach((pj, j) => {
      if (j === i) return;
      const d = pj.u.map((u, c) => sign(u - pi.u[c]!));
      if (d.every((x) => x >= 0) && d.some((x) => x > 0) && sign(pj.bonus - pi.bonus) >= 0 && winsTie(contest, j, i)) by.push(contest.teams[j]!.id);
    });
    out.set(i, by);
  });
  return out;
}

/** Teams picked under every weighting (without rules): fewer than `teams` others can ever outrank them. */
export function alwaysPicked(contest: Contest): number[] {
  const p = profiles(contest);
  return p.flatMap((pi, i) => {
    let rivals = 0;
    p.forEach((pj, j) => {
      if (j === i) return;
      const best = sign(Math.max(...pj.u.map((u, c) => u - pi.u[c]!)) + pj.bonus - pi.bonus);
      if (best > 0 || (best === 0 && winsTie(contest, j, i))) rivals++;
    });
    return rivals < contest.rules.teams ? [i] : [];
  });
}

/**
 * `best-set`: the set of at most `teams` eligible consortia, meeting every max quota, the conflict
 * rule and the honoured minimum quotas, with the highest sum of totals. Exact branch and bound:
 * teams are tried best first and a branch is cut when even the best remaining totals cannot beat
 * the incumbent. Ties: the rank-order answer, then the sorted ids (the lottery's tickets when the
 * tie-break chain ends with `lottery`).
 *
 * Interchangeable teams (the same total to 9 decimals, the same quotas, the same organisations that
 * can conflict) form one class, and at each level of the search only the first untried member of a
 * class is branched on: any set using a later one has a twin, as good and with smaller ids, using
 * the earlier one (candidates are ordered by total, then id). So ties among many teams cost no more
 * than distinct totals. The search also counts against ctx.budget; out of steps, it keeps the best
 * set found (selectTeams then says the answer is not proven best).
 */
import { canComplete, Tally, type RuleContext } from "./rules.js";
import { totalKey } from "../score/score.js";
import { byCodeUnits } from "../model/order.js";

export function bestSet(
  ctx: RuleContext,
  eligible: readonly number[],
  totals: ArrayLike<number>,
  mins: readonly number[],
  rankOrderPicks: readonly number[],
): number[] {
  const places = ctx.contest.rules.teams;
  // What orders equal sets and equal candidates: the id, or the lottery's ticket (zero-padded, so
  // that strings sort as numbers) when the tie-break chain ends with `lottery`.
  const lottery = ctx.contest.rules.lottery;
  const ids = ctx.contest.teams.map((t, i) => (lottery ? String(lottery.tickets[i]).padStart(10, "0") : t.id));
  const sum = (set: readonly number[]) => set.reduce((s, t) => s + totals[t]!, 0);
  const key = (set: readonly number[]) =>
    [...set]
      .map((t) => ids[t]!)
      .sort()
      .join("\u0000");
  // Candidates in rank order (eligible is already ranked); positive totals only help the sum,
  // but a team with a total of 0 or less may still be needed for a minimum quota.
  const cand = [...eligible].sort((a, b) => totals[b]! - totals[a]! || byCodeUnits(ids[a]!, ids[b]!));
  const signature = (t: number) => `${totalKey(totals[t]!)}|${ctx.quotasOf[t]!.join(",")}|${ctx.bindingOrgsOf[t]!.join("\u0000")}`;
  const sig = new Map(cand.map((t) => [t, signature(t)]));
  let best: number[] = [...rankOrderPicks];
  let bestSum = sum(best);
  const tally = new Tally(ctx);
  const feasible = () => tally.deficits(mins).length === 0;
  // Suffix bound: the sum of the best `r` positive totals from position i onward.
  const bound = (from: number, r: number) => {
    let s = 0;
    let n = 0;
    for (let i = from; i < cand.length && n < r; i++) {
      const v = totals[cand[i]!]!;
      // Stryker disable next-line EqualityOperator: equivalent where it survives (< 0): candidates are sorted by total, so a 0 adds 0 and only 0s and less follow
      if (v <= 0) break;
      s += v;
      n++;
    }
    return s;
  };
  const rankOrderKey = key(rankOrderPicks);
  /** At an equal sum: the rank-order answer keeps its place, else the smaller sorted ids win. */
  const winsTie = (members: readonly number[]) => {
    const bestKey = key(best);
    if (bestKey === rankOrderKey) return false;
    // Stryker disable next-line EqualityOperator: equivalent (<=): equal keys are the same set, and replacing best by itself changes nothing (hides the killed >=, the tie rule reversed: tests/select/blind-spots)
    return key(members) < bestKey;
  };
  const consider = () => {
    if (!feasible()) return;
    const s = sum(tally.members);
    const ks = totalKey(s);
    const kb = totalKey(bestSum);
    if (ks > kb || (ks === kb && winsTie(tally.members))) {
      best = [...tally.members];
      bestSum = s;
    }
  };
  const walk = (from: number, current: number) => {
    if (!ctx.budget.take()) return;
    consider();
    const left = places - tally.members.length;
    if (left === 0) return;
    if (totalKey(current + bound(from, left)) < totalKey(bestSum)) return;
    const tried = new Set<string>();
    for (let i = from; i < cand.length; i++) {
      const t = cand[i]!;
      if (tried.has(sig.get(t)!)) continue;
      tried.add(sig.get(t)!);
      if (tally.blocker(t)) continue;
      tally.add(t);
      if (canComplete(tally, cand.slice(i + 1), places - tally.members.length, mins)) walk(i + 1, current + totals[t]!);
      tally.remove(t);
    }
  };
  walk(0, 0);
  // Pick order: rank order.
  const pos = new Map(eligible.map((t, i) => [t, i]));
  return best.sort((a, b) => pos.get(a)! - pos.get(b)!);
}

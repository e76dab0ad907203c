/** Properties of the selection over random contests and rules (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContest, type Contest } from "../../src/model/contest.js";
import { evaluate } from "../../src/select/evaluate.js";
import { isEligible, ruleContext, Tally } from "../../src/select/rules.js";
import { totalKey } from "../../src/score/score.js";
import { contestData, contestOf } from "../helpers/random-contest.js";

const ids = (c: Contest, set: readonly number[]) => set.map((i) => c.teams[i]!.id);

/** Every subset of `pool` with at most `k` members. */
function* subsets(pool: number[], k: number, from = 0, cur: number[] = []): Generator<number[]> {
  yield cur;
  if (cur.length === k) return;
  for (let i = from; i < pool.length; i++) yield* subsets(pool, k, i + 1, [...cur, pool[i]!]);
}

function obeysMaxAndConflicts(c: Contest, set: readonly number[]): boolean {
  const ctx = ruleContext(c);
  const tally = new Tally(ctx);
  for (const t of set) {
    if (tally.blocker(t)) return false;
    tally.add(t);
  }
  return true;
}

function meetsMins(c: Contest, set: readonly number[]): boolean {
  return c.rules.quotas.every((q) => q.min === undefined || set.filter((t) => q.members.includes(t)).length >= q.min);
}

describe("selection properties", () => {
  const data = contestData({ rules: true, maxTeams: 7 });

  it("never more than `teams`; every pick eligible; max quotas and conflicts hold", () => {
    fc.assert(
      fc.property(data, (d) => {
        const c = contestOf(d);
        const ev = evaluate(c);
        const set = ev.selection.selected;
        expect(set.length).toBeLessThanOrEqual(c.rules.teams);
        expect(new Set(set).size).toBe(set.length);
        const ctx = ruleContext(c);
        const totals = new Map(ev.ranked.map((r) => [r.index, r.total]));
        for (const t of set) expect(isEligible(ctx, c.teams[t]!.scores, totals.get(t)!)).toBe(true);
        expect(obeysMaxAndConflicts(c, set)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("every minimum quota holds whenever some rule-abiding set meets them all", () => {
    fc.assert(
      fc.property(data, (d) => {
        const c = contestOf(d);
        const ev = evaluate(c);
        const ctx = ruleContext(c);
        const totals = new Map(ev.ranked.map((r) => [r.index, r.total]));
        const eligible = c.teams.map((_, i) => i).filter((i) => isEligible(ctx, c.teams[i]!.scores, totals.get(i)!));
        let feasible = false;
        for (const s of subsets(eligible, c.rules.teams)) if (obeysMaxAndConflicts(c, s) && meetsMins(c, s)) feasible = true;
        if (feasible) {
          expect(meetsMins(c, ev.selection.selected)).toBe(true);
          expect(ev.selection.unmet).toEqual([]);
        } else {
          expect(ev.selection.unmet.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("best-set is optimal, and its sum of totals is at least rank-order's", () => {
    fc.assert(
      fc.property(data, (d) => {
        const ro = evaluate(buildContest({ ...d.rubric, selection: { ...d.rubric.selection, strategy: "rank-order" } }, d.consortia));
        const bs = evaluate(buildContest({ ...d.rubric, selection: { ...d.rubric.selection, strategy: "best-set" } }, d.consortia));
        const total = (ev: typeof ro) => {
          const m = new Map(ev.ranked.map((r) => [r.index, r.total]));
          return ev.selection.selected.reduce((s, t) => s + m.get(t)!, 0);
        };
        expect(totalKey(total(bs))).toBeGreaterThanOrEqual(totalKey(total(ro)));
        // Exact: no rule-abiding set beats it (when every minimum quota can be met).
        if (bs.selection.unmet.length === 0) {
          const c = bs.contest;
          const ctx = ruleContext(c);
          const totals = new Map(bs.ranked.map((r) => [r.index, r.total]));
          const eligible = c.teams.map((_, i) => i).filter((i) => isEligible(ctx, c.teams[i]!.scores, totals.get(i)!));
          let best = -Infinity;
          for (const s of subsets(eligible, c.rules.teams)) {
            if (!obeysMaxAndConflicts(c, s) || !meetsMins(c, s)) continue;
            best = Math.max(best, s.reduce((a, t) => a + totals.get(t)!, 0));
          }
          expect(totalKey(total(bs))).toBe(totalKey(best));
          // Ties among best sets: rank-order's set when it is one of them, else the smallest sorted ids.
          const key = (set: readonly number[]) => ids(c, set).sort().join("\u0000");
          const bestSets = [...subsets(eligible, c.rules.teams)].filter(
            (s) => obeysMaxAndConflicts(c, s) && meetsMins(c, s) && totalKey(s.reduce((a, t) => a + totals.get(t)!, 0)) === totalKey(best),
          );
          const roKey = key(ro.selection.selected);
          const expected = bestSets.some((s) => key(s) === roKey) ? roKey : bestSets.map(key).sort()[0];
          expect(key(bs.selection.selected)).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of the consortia", () => {
    fc.assert(
      fc.property(data.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d.consortia, { minLength: d.consortia.length }))), ([d, shuffled]) => {
        const a = evaluate(buildContest(d.rubric, d.consortia));
        const b = evaluate(buildContest(d.rubric, shuffled));
        expect(ids(b.contest, b.selection.selected)).toEqual(ids(a.contest, a.selection.selected));
        expect(b.ranked.map((r) => r.team.id)).toEqual(a.ranked.map((r) => r.team.id));
        expect(b.selection.unmet).toEqual(a.selection.unmet);
      }),
      { numRuns: 200 },
    );
  });
});

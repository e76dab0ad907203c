/**
 * Properties of the selection over random contests and rules (fast-check), checked against an
 * independent brute-force oracle (tests/helpers/oracle.ts) that shares no code with src/select.
 * Counters prove the rare branches ran: bonuses separating teams, best-set beating rank order,
 * two minimum quotas, max gates, zero weights, conflicts that bind.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContest, type Contest } from "../../src/model/contest.js";
import { evaluate } from "../../src/select/evaluate.js";
import { oracle, oracleAllowed, oracleEligible, oracleRankOrder, sumKey } from "../helpers/oracle.js";
import { contestData, contestOf, type RandomData } from "../helpers/random-contest.js";

const ids = (c: Contest, set: readonly number[]) => set.map((i) => c.teams[i]!.id);
const key = (c: Contest, set: readonly number[]) => ids(c, set).sort().join("\u0000");
const totalsOf = (ev: ReturnType<typeof evaluate>) => {
  const t = new Float64Array(ev.contest.teams.length);
  for (const r of ev.ranked) t[r.index] = r.total;
  return t;
};
const withStrategy = (d: RandomData, strategy: "rank-order" | "best-set") =>
  buildContest({ ...d.rubric, selection: { ...d.rubric.selection, strategy } }, d.consortia);

describe("selection properties", () => {
  const data = contestData({ rules: true, maxTeams: 7 });
  const searchData = fc.oneof(data, contestData({ rules: true, maxTeams: 7, clash: true }));
  const seed = 20;

  it("never more than `teams`; every pick eligible; max quotas and conflicts hold (oracle)", () => {
    const seen = { maxGate: 0, gateBlocks: 0, conflictBinds: 0, twoMins: 0, zeroWeight: 0 };
    fc.assert(
      fc.property(searchData, (d) => {
        const c = contestOf(d);
        const ev = evaluate(c);
        const totals = totalsOf(ev);
        const set = ev.selection.selected;
        for (const t of set) expect(oracleEligible(c, t, totals[t]!)).toBe(true);
        expect(oracleAllowed(c, set)).toBe(true);
        // Every eligible team left out says why, every ineligible one too.
        for (const dcs of ev.selection.decisions) expect(dcs.reasons.length).toBeGreaterThan(0);
        if (c.rules.gates.some((g) => g.max !== undefined)) {
          seen.maxGate++;
          if (c.teams.some((_, t) => c.rules.gates.some((g) => g.max !== undefined && c.teams[t]!.scores[g.criterion]! > g.max)))
            seen.gateBlocks++;
        }
        if (ev.selection.decisions.some((x) => x.reasons.some((r) => r.code === "organisation-conflict"))) seen.conflictBinds++;
        if (c.rules.quotas.filter((q) => q.min !== undefined).length >= 2) seen.twoMins++;
        if (d.rubric.criteria.some((x) => x.weight === 0)) seen.zeroWeight++;
      }),
      { numRuns: 300, seed },
    );
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(5);
  });

  it("rank order is the oracle's walk; minimum quotas hold whenever some rule-abiding set meets them", () => {
    let heldForQuota = 0;
    fc.assert(
      fc.property(searchData, (d) => {
        const c = withStrategy(d, "rank-order");
        const ev = evaluate(c);
        const totals = totalsOf(ev);
        const o = oracle(c, totals);
        expect(ids(c, ev.selection.selected)).toEqual(
          ids(
            c,
            oracleRankOrder(
              c,
              ev.ranked.map((r) => r.index),
              totals,
            ),
          ),
        );
        const allMins = c.rules.quotas.flatMap((q, k) => (q.min !== undefined && q.min > 0 ? [k] : []));
        if (o.kept.length === allMins.length) expect(ev.selection.unmet).toEqual([]);
        else expect(ev.selection.unmet.length).toBeGreaterThan(0);
        if (ev.selection.decisions.some((x) => x.reasons.some((r) => r.code === "place-held"))) heldForQuota++;
      }),
      { numRuns: 300, seed },
    );
    expect(heldForQuota).toBeGreaterThan(5);
  });

  it("best-set is optimal (oracle), at least rank order's sum, and breaks ties by the rank-order answer, then the sorted ids", () => {
    const seen = { beatsRankOrder: 0, tiedBest: 0, bonusSeparates: 0 };
    fc.assert(
      fc.property(searchData, (d) => {
        const ro = evaluate(withStrategy(d, "rank-order"));
        const bs = evaluate(withStrategy(d, "best-set"));
        const c = bs.contest;
        const totals = totalsOf(bs);
        expect(sumKey(bs.selection.selected, totals)).toBeGreaterThanOrEqual(sumKey(ro.selection.selected, totals));
        const o = oracle(c, totals);
        expect(sumKey(bs.selection.selected, totals)).toBe(o.bestKey);
        const best = o.valid.filter((s) => sumKey(s, totals) === o.bestKey).map((s) => key(c, s));
        const roKey = key(c, ro.selection.selected);
        expect(key(c, bs.selection.selected)).toBe(best.includes(roKey) ? roKey : best.sort()[0]);
        if (o.bestKey > sumKey(ro.selection.selected, totals)) seen.beatsRankOrder++;
        if (best.length > 1) seen.tiedBest++;
        // A bonus separates two teams: without it they would tie or swap.
        const w = bs.ranked;
        if (w.some((a) => w.some((b) => a !== b && a.bonus !== b.bonus && Math.abs(a.weighted - b.weighted) < Math.abs(a.bonus - b.bonus))))
          seen.bonusSeparates++;
      }),
      { numRuns: 300, seed },
    );
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(5);
  });

  it("does not depend on the order of the consortia", () => {
    fc.assert(
      fc.property(
        data.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d.consortia, { minLength: d.consortia.length }))),
        ([d, shuffled]) => {
          const a = evaluate(buildContest(d.rubric, d.consortia));
          const b = evaluate(buildContest(d.rubric, shuffled));
          expect(ids(b.contest, b.selection.selected)).toEqual(ids(a.contest, a.selection.selected));
          expect(b.ranked.map((r) => r.team.id)).toEqual(a.ranked.map((r) => r.team.id));
          expect(b.selection.unmet).toEqual(a.selection.unmet);
        },
      ),
      { numRuns: 200, seed },
    );
  });
});

/**
 * The blind spots a mutation run found (issue #20): each example is hand-derived and fails on the
 * mutant named in its title. Totals are single-criterion scores ×10 (criterion b carries weight 0).
 */
import { en, reasonText } from "../../src/i18n/index.js";
import { describe, expect, it } from "vitest";
import type { Selection } from "../../src/schema/rubric.js";
import { contest, picked, why, type T } from "../helpers/small-contest.js";
import { ineligibility, isEligible, ruleContext } from "../../src/select/rules.js";

const twoMins = (teams: number, extra: Partial<Selection> = {}): Selection => ({
  teams,
  quotas: [
    { name: "acad", kinds: ["academia"], min: 1 },
    { name: "tel", kinds: ["telecom"], min: 1 },
  ],
  ...extra,
});

describe("gates with a maximum (mutant: max ignored)", () => {
  it("isEligible (the analyses' and simulation's test) rejects a score above the max", () => {
    const c = contest({ teams: 2, gates: [{ criterion: "b", max: 5 }] }, [{ id: "p", a: 10, b: 8 }]).contest;
    const ctx = ruleContext(c);
    expect(isEligible(ctx, [10, 8], 100)).toBe(false);
    expect(isEligible(ctx, [10, 5], 100)).toBe(true);
    expect(ineligibility(ctx, [10, 5.000001], 100)).toEqual([{ code: "gate-above", criterion: "b", value: 5.000001, max: 5 }]);
    // The words show as many decimals as it takes to tell the two apart.
    expect(reasonText(ineligibility(ctx, [10, 5.000001], 100)[0]!, en)).toBe("failed gate: b 5.000001 is above the maximum 5");
  });

  it("a score above a gate's max makes a team ineligible, with the reason", () => {
    const ev = contest({ teams: 2, gates: [{ criterion: "b", max: 5 }] }, [
      { id: "p", a: 10, b: 8 },
      { id: "q", a: 5, b: 5 },
      { id: "r", a: 4, b: 0 },
    ]);
    expect(picked(ev)).toEqual(["q", "r"]);
    expect(why(ev, "p")).toBe("failed gate: b 8 is above the maximum 5");
  });
});

describe("two minimum quotas", () => {
  it("each added team uses a place (mutant: the search keeps the slots when it adds a team)", () => {
    // Two places, one for each quota: p (startup, best) cannot be picked without leaving a quota unmet.
    const ev = contest(twoMins(2), [
      { id: "p", a: 9 },
      { id: "q", a: 8, kind: "academia" },
      { id: "r", a: 7, kind: "telecom" },
    ]);
    expect(picked(ev)).toEqual(["q", "r"]);
    expect(why(ev, "p")).toBe('place held for quota "acad" and quota "tel"');
    expect(why(ev, "q")).toBe('picked in rank order (pick 1 of 2); counts toward quota "acad"');
    expect(ev.selection.unmet).toEqual([]);
  });

  it("the search looks before the last pick when it moves to another quota (mutant: only after it)", () => {
    // Over [p, s (tel), q (acad)] the search fills acad with q (last), then must find tel in s,
    // before q. Two places: both go to the quotas, p is held (and tel is not reported unmet).
    const ev = contest(twoMins(2), [
      { id: "p", a: 9 },
      { id: "s", a: 8, kind: "telecom" },
      { id: "q", a: 7, kind: "academia" },
    ]);
    expect(picked(ev)).toEqual(["s", "q"]);
    expect(ev.selection.unmet).toEqual([]);
  });

  it("a short quota whose first candidate fails through a conflict, a later one succeeding (mutant: first candidate only)", () => {
    // q (acad) shares X with s, the only telecom team; r (acad) does not. So p is picked, q is held.
    const ev = contest(twoMins(3, { conflicts: { max_per_organisation: 1 } }), [
      { id: "p", a: 9 },
      { id: "q", a: 8, kind: "academia", members: ["X"] },
      { id: "r", a: 7, kind: "academia" },
      { id: "s", a: 6, kind: "telecom", members: ["X"] },
    ]);
    expect(picked(ev)).toEqual(["p", "r", "s"]);
    expect(why(ev, "q")).toBe('place held for quota "tel"');
    expect(why(ev, "s")).toBe('picked in rank order (pick 3 of 3); counts toward quota "tel"');
    expect(ev.selection.unmet).toEqual([]);
  });

  it("a team in both quotas counts toward both", () => {
    const sel: Selection = {
      teams: 1,
      quotas: [
        { name: "one", ids: ["p", "q"], min: 1 },
        { name: "two", ids: ["q"], min: 1 },
      ],
    };
    const ev = contest(sel, [
      { id: "p", a: 9 },
      { id: "q", a: 8 },
    ]);
    expect(picked(ev)).toEqual(["q"]);
    expect(why(ev, "q")).toBe('picked in rank order (pick 1 of 1); counts toward quota "one" and quota "two"');
  });
});

describe("best-set", () => {
  // Two places, one per organisation. Rank order takes p (X, Y, Z) and then only z: 90 + 10 = 100.
  // Best sets: {m, n} = 85 + 75 and {b, c} = 80 + 80, both 160; no rank-order answer among them,
  // so the sorted ids decide: b, c. The search meets {m, n} first (m ranks higher).
  const teams: T[] = [
    { id: "p", a: 9, members: ["X", "Y", "Z"] },
    { id: "m", a: 8.5, members: ["X", "Y"] },
    { id: "b", a: 8, members: ["X"] },
    { id: "c", a: 8, members: ["Y"] },
    { id: "n", a: 7.5, members: ["Z"] },
    { id: "z", a: 1 },
  ];
  const sel: Selection = { teams: 2, strategy: "best-set", conflicts: { max_per_organisation: 1 } };

  it("equal best sums: the smaller sorted ids win (mutants: order reversed, ties pruned)", () => {
    expect(picked(contest({ ...sel, strategy: "rank-order" }, teams))).toEqual(["p", "z"]);
    const ev = contest(sel, teams);
    expect(picked(ev)).toEqual(["b", "c"]);
    expect(why(ev, "b")).toBe("picked: part of the highest-scoring set that meets every rule (sum of totals 160)");
    expect(why(ev, "m")).toBe("shares organisation X with picked team b");
    expect(why(ev, "n")).toBe("not in the highest-scoring set that meets every rule: all 2 places are filled");
  });

  it("equal best sums: the rank-order answer wins when it is one of them (mutant: ids first)", () => {
    // q and p tie at 50; b (weight 0) breaks the tie for q, so rank order picks q although p < q.
    const ev = contest({ teams: 1, strategy: "best-set", tie_break: ["b"] }, [
      { id: "q", a: 5, b: 1 },
      { id: "p", a: 5, b: 0 },
    ]);
    expect(picked(ev)).toEqual(["q"]);
    expect(why(ev, "q")).toBe("picked: part of the highest-scoring set that meets every rule (sum of totals 50)");
  });

  it("a full max quota is the reason a better team is left out", () => {
    const ev = contest({ teams: 2, strategy: "best-set", quotas: [{ name: "big", kinds: ["telecom"], max: 1 }] }, [
      { id: "p", a: 9, kind: "telecom" },
      { id: "q", a: 8, kind: "telecom" },
      { id: "r", a: 2 },
    ]);
    expect(picked(ev)).toEqual(["p", "r"]);
    expect(why(ev, "q")).toBe('quota "big" is full (max 1)');
    expect(why(ev, "p")).toBe("picked: part of the highest-scoring set that meets every rule (sum of totals 110)");
  });
});

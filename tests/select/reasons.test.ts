/**
 * The reasons a selection gives, in their rarer wordings (issue #20, mutation run on src/select):
 * each example is worked out by hand; totals are single-criterion scores × 10.
 */
import { en, unmetText } from "../../src/i18n/index.js";
import { describe, expect, it } from "vitest";
import { contest, picked, why } from "../helpers/small-contest.js";

describe("reasons in rarer wordings", () => {
  it("a quota team whose own pick would leave the quota unmeetable: 'place held for a minimum quota'", () => {
    // Two places, two academia teams needed. t (X, Y) shares X with u and Y with v: with t picked no
    // second academia team can join, so rank order holds t's place; {u, v} meets the quota.
    const ev = contest({ teams: 2, quotas: [{ name: "acad", kinds: ["academia"], min: 2 }], conflicts: { max_per_organisation: 1 } }, [
      { id: "t", a: 9, kind: "academia", members: ["X", "Y"] },
      { id: "u", a: 8, kind: "academia", members: ["X"] },
      { id: "v", a: 7, kind: "academia", members: ["Y"] },
    ]);
    expect(picked(ev)).toEqual(["u", "v"]);
    expect(why(ev, "t")).toBe("place held for a minimum quota");
    expect(ev.selection.unmet).toEqual([]);
  });

  it("a quota with fewer eligible teams than its minimum, in the plural", () => {
    const ev = contest({ teams: 3, quotas: [{ name: "acad", kinds: ["academia"], min: 3 }] }, [
      { id: "a1", a: 9, kind: "academia" },
      { id: "a2", a: 8, kind: "academia" },
      { id: "p", a: 7 },
    ]);
    expect(picked(ev)).toEqual(["a1", "a2", "p"]);
    expect(ev.selection.unmet.map((u) => unmetText(u, en))).toEqual([
      'quota "acad" needs at least 3 picked, got 2: only 2 eligible teams in it',
    ]);
  });

  it("best-set leaving a place empty: 'not in the highest-scoring set that meets every rule', without 'places are filled'", () => {
    // Three places; h (X, Y) blocks a (X) and b (Y). Rank order {h, z} = 90. Best: {a, b} = 120, and
    // {a, b, z} (z totals 0) ties it; the sorted ids "a b" come before "a b z".
    const ev = contest({ teams: 3, strategy: "best-set", conflicts: { max_per_organisation: 1 } }, [
      { id: "h", a: 9, members: ["X", "Y"] },
      { id: "a", a: 6, members: ["X"] },
      { id: "b", a: 6, members: ["Y"] },
      { id: "z", a: 0 },
    ]);
    expect(picked(ev)).toEqual(["a", "b"]);
    expect(why(ev, "z")).toBe("not in the highest-scoring set that meets every rule");
    expect(why(ev, "h")).toBe("shares organisation X with picked team a");
  });

  it("a score 2 × 10⁻⁹ under a gate is shown to 9 decimals, not in full", () => {
    // 4.9999999984 and 5 agree to 8 decimals; to 9 they read 4.999999998 and 5.
    const ev = contest({ teams: 1, gates: [{ criterion: "b", min: 5 }] }, [
      { id: "p", a: 9, b: 4.9999999984 },
      { id: "q", a: 1, b: 5 },
    ]);
    expect(why(ev, "p")).toBe("failed gate: b 4.999999998 is below the minimum 5");
  });
});

describe("more wordings", () => {
  it("a pick counts toward minimum quotas only: a max quota is not named", () => {
    // p is a telecom in "big" (max 2) and "acad-or-tel" (min 1): only the minimum quota is named.
    const ev = contest(
      {
        teams: 2,
        quotas: [
          { name: "big", kinds: ["telecom"], max: 2 },
          { name: "acad-or-tel", kinds: ["telecom", "academia"], min: 1 },
        ],
      },
      [
        { id: "p", a: 9, kind: "telecom" },
        { id: "q", a: 8 },
      ],
    );
    expect(why(ev, "p")).toBe('picked in rank order (pick 1 of 2); counts toward quota "acad-or-tel"');
    expect(why(ev, "q")).toBe("picked in rank order (pick 2 of 2)");
  });

  it("a quota with as many eligible teams as its minimum, kept out by a conflict: 'the other rules leave no room'", () => {
    // a1 and a2 (academia) share X: at most one of them, so "acad" (min 2) cannot be met although 2 are eligible.
    const ev = contest({ teams: 2, quotas: [{ name: "acad", kinds: ["academia"], min: 2 }], conflicts: { max_per_organisation: 1 } }, [
      { id: "a1", a: 9, kind: "academia", members: ["X"] },
      { id: "a2", a: 8, kind: "academia", members: ["X"] },
      { id: "p", a: 7 },
    ]);
    expect(picked(ev)).toEqual(["a1", "p"]);
    expect(ev.selection.unmet.map((u) => unmetText(u, en))).toEqual([
      'quota "acad" needs at least 2 picked, got 1: the other rules leave no room for more',
    ]);
  });

  it("a score under a gate by less than 10⁻⁹ is shown in full (the two agree to 9 decimals)", () => {
    const ev = contest({ teams: 1, gates: [{ criterion: "b", min: 5 }] }, [
      { id: "p", a: 9, b: 4.9999999999 },
      { id: "q", a: 1, b: 5 },
    ]);
    expect(why(ev, "p")).toBe("failed gate: b 4.9999999999 is below the minimum 5");
  });
});

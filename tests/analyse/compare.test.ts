/**
 * compareScenarios called directly (issue #20, mutation run of 17:17 on src/analyse/compare.ts):
 * scenarios over other consortia refused, a tie at the line decided by lot flagged in its cell, the
 * Korean name passed through or "" when the file gives none. Hand-made contests (small-contest.ts:
 * a total is 10 × a).
 */
import { describe, expect, it } from "vitest";
import { compareScenarios } from "../../src/analyse/compare.js";
import { buildContest } from "../../src/model/contest.js";
import { evaluate } from "../../src/select/evaluate.js";
import { contest } from "../helpers/small-contest.js";

describe("compareScenarios", () => {
  const base = () =>
    contest({ teams: 1 }, [
      { id: "p", a: 9 },
      { id: "q", a: 5 },
    ]);

  it("refuses a scenario with an extra consortium, and one with another in place of one", () => {
    const extra = contest({ teams: 1 }, [
      { id: "p", a: 9 },
      { id: "q", a: 5 },
      { id: "r", a: 1 },
    ]);
    expect(() =>
      compareScenarios([
        { label: "one", ev: base() },
        { label: "two", ev: extra },
      ]),
    ).toThrow("scenario two has other consortia");
    const other = contest({ teams: 1 }, [
      { id: "p", a: 9 },
      { id: "z", a: 5 },
    ]);
    expect(() =>
      compareScenarios([
        { label: "one", ev: base() },
        { label: "three", ev: other },
      ]),
    ).toThrow("scenario three has other consortia");
    expect(
      compareScenarios([
        { label: "one", ev: base() },
        { label: "same", ev: base() },
      ]).rows.map((r) => r.id),
    ).toEqual(["p", "q"]);
  });

  it("a pick that rests on a tie drawn by lot is flagged in that scenario's cell", () => {
    // One place; p, q and r all 50. Without a lottery the id picks p; with one the tickets decide.
    const teams = [
      { id: "p", a: 5 },
      { id: "q", a: 5 },
      { id: "r", a: 5 },
    ];
    const byLot = contest({ teams: 1, tie_break: ["lottery"] }, teams);
    expect(byLot.lineTies.map((t) => t.decidedBy)).toEqual(["lottery"]);
    const clear = contest({ teams: 1 }, [
      { id: "p", a: 9 },
      { id: "q", a: 5 },
      { id: "r", a: 1 },
    ]);
    const cmp = compareScenarios([
      { label: "clear", ev: clear },
      { label: "lot", ev: byLot },
    ]);
    for (const row of cmp.rows) {
      expect(row.cells.map((c) => c.tie)).toEqual([false, true]);
      expect(row.picked).toBe("tie");
    }
  });

  it("gives the Korean name when the file has one, else an empty string", () => {
    const rubric = { name: "k", criteria: [{ id: "a", label: "A", weight: 1, scale: { min: 0, max: 10 } }], selection: { teams: 1 } };
    const team = (id: string, a: number, name_ko?: string) => ({
      id,
      name: id.toUpperCase(),
      ...(name_ko ? { name_ko } : {}),
      lead: { name: `${id} lead`, kind: "startup" },
      scores: { a: { value: a } },
    });
    const ev = evaluate(buildContest(rubric, [team("p", 9, "피"), team("q", 5)]));
    const rows = compareScenarios([{ label: "k", ev }]).rows;
    expect(rows.map((r) => [r.id, r.name, r.name_ko, r.picked])).toEqual([
      ["p", "P", "피", "every"],
      ["q", "Q", "", "none"],
    ]);
  });
});

/** Dominator lists: the first 10 ids by default, every one with --full (issue #13), the count always whole. */
import { describe, expect, it } from "vitest";
import { buildContest } from "../../src/model/contest.js";
import { scoreJson } from "../../src/render/score.js";
import { selectJson } from "../../src/render/select.js";
import { evaluate, LIST_CAP } from "../../src/select/evaluate.js";
import { en } from "../../src/i18n/en.js";

// Team t00 scores 0 and 0; t01…t15 score i and i: each of the fifteen dominates t00 (and the lower ones).
// Evaluated inside each test, not while the file is collected (code run at collection makes its
// mutants "static" for Stryker, which then runs the whole suite for each: docs/mutation.md).
const field = () =>
  evaluate(
    buildContest(
      {
        name: "d",
        criteria: [
          { id: "a", label: "a", weight: 1, scale: { min: 0, max: 20 } },
          { id: "b", label: "b", weight: 1, scale: { min: 0, max: 20 } },
        ],
        selection: { teams: 2 },
      },
      Array.from({ length: 16 }, (_, i) => ({
        id: `t${String(i).padStart(2, "0")}`,
        name: `T${i}`,
        lead: { name: "L", kind: "startup" },
        scores: { a: { value: i }, b: { value: i } },
      })),
    ),
  );
const everyOther = Array.from({ length: 15 }, (_, i) => `t${String(i + 1).padStart(2, "0")}`);

describe("dominated_by in JSON", () => {
  it("score: the first 10 ids and the whole count; --full gives all 15", () => {
    const t00 = (full: boolean) =>
      (
        JSON.parse(scoreJson(field(), undefined, full)) as { results: { id: string; dominated_by: string[]; dominated_by_count: number }[] }
      ).results.find((r) => r.id === "t00")!;
    expect(t00(false).dominated_by).toEqual(everyOther.slice(0, LIST_CAP));
    expect(t00(false).dominated_by_count).toBe(15);
    expect(t00(true).dominated_by).toEqual(everyOther);
    expect(t00(true).dominated_by_count).toBe(15);
  });

  it("select: the same", () => {
    const t00 = (full: boolean) =>
      (JSON.parse(selectJson(field(), en, full)) as { decisions: { id: string; dominated_by: string[] }[] }).decisions.find(
        (r) => r.id === "t00",
      )!;
    expect(t00(false).dominated_by).toHaveLength(LIST_CAP);
    expect(t00(true).dominated_by).toEqual(everyOther);
  });
});

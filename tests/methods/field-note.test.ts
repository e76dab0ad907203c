/**
 * explain's method card says a method depends on the field only when it does (issue #20: the
 * registry's `fieldDependent` made true for the weighted product survived the mutation run).
 */
import { describe, expect, it } from "vitest";
import { explainCard } from "../../src/explain/card.js";
import { buildContest } from "../../src/model/contest.js";
import type { Rubric } from "../../src/schema/rubric.js";
import { unitScore } from "../../src/score/score.js";
import { evaluate } from "../../src/select/evaluate.js";

const card = (method: "weighted-product" | "topsis") => {
  const rubric: Rubric = {
    name: "m",
    method,
    criteria: [
      { id: "a", label: "A", weight: 1, scale: { min: 0, max: 10 } },
      { id: "b", label: "B", weight: 1, scale: { min: 0, max: 10 } },
    ],
    selection: { teams: 1 },
  };
  const team = (id: string, a: number, b: number) => ({
    id,
    name: id,
    lead: { name: `${id} lead`, kind: "startup" },
    scores: { a: { value: a }, b: { value: b } },
  });
  return explainCard(evaluate(buildContest(rubric, [team("p", 8, 6), team("q", 5, 9)])), 0).method;
};

describe("the method card's field note", () => {
  it("the weighted product: a team's total is its own scores' alone, no note", () => {
    expect(card("weighted-product")?.name).toBe("weighted-product");
    expect(card("weighted-product")).not.toHaveProperty("field");
    // Nor TOPSIS's distances, which only TOPSIS computes.
    expect(card("weighted-product")).not.toHaveProperty("d_plus");
  });

  it("TOPSIS: the totals depend on the field (2 teams here), a note", () => {
    expect(card("topsis")?.field).toContain("2");
    expect(card("topsis")).toHaveProperty("d_plus");
  });
});

describe("unitScore on a direction: min criterion whose scale does not start at 0", () => {
  it("is (max − value) / (max − min)", () => {
    // Scale 1–11, lower is better: a score of 3 is (11 − 3) / (11 − 1) = 0.8 of the way to the best.
    const rubric: Rubric = {
      name: "u",
      criteria: [{ id: "a", label: "A", weight: 1, direction: "min", scale: { min: 1, max: 11 } }],
      selection: { teams: 1 },
    };
    const c = buildContest(rubric, [{ id: "p", name: "p", lead: { name: "p lead", kind: "startup" }, scores: { a: { value: 3 } } }]);
    expect(unitScore(c, 0, 3)).toBeCloseTo(0.8, 15);
  });
});

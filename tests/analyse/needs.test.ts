/**
 * "What would it take", one criterion at a time: checked by brute force on a grid of scores, and on
 * a hand-derived case with levels and a bonus threshold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { needsByCriterion, pickedWith, scoreNeeded } from "../../src/analyse/needs.js";
import { buildContest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric } from "../../src/schema/rubric.js";
import { evaluate } from "../../src/select/evaluate.js";
import { contestData, contestOf } from "../helpers/random-contest.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

describe("scoreNeeded against brute force", () => {
  it("is picked at the answer, never below it on a 0.05 grid, and no grid value beats it", () => {
    fc.assert(
      fc.property(contestData({ maxTeams: 5, maxCriteria: 2, rules: true }), (d) => {
        const contest = contestOf(d);
        const ev = evaluate(contest);
        for (const [team, needs] of needsByCriterion(ev)) {
          needs.forEach((a, c) => {
            const v0 = contest.teams[team]!.scores[c]!;
            const grid: number[] = [];
            for (let k = 0; k <= 200; k++) if (k * 0.05 > v0 + 1e-9) grid.push(Math.round(k * 5) / 100);
            const g = grid.find((x) => pickedWith(contest, team, c, x));
            if (a === null) expect(g).toBeUndefined();
            else {
              expect(pickedWith(contest, team, c, a)).toBe(true);
              expect(a).toBeGreaterThan(v0);
              if (g !== undefined) expect(a).toBeLessThanOrEqual(g + 1e-9);
              for (const x of grid) if (x < a - 1e-9) expect(pickedWith(contest, team, c, x)).toBe(false);
            }
          });
        }
      }),
      { seed: 11, numRuns: 60 },
    );
  });
});

describe("by hand", () => {
  // Two places, weights f 40 / o 60 (0–10). top f 10 o 10 → 100; mid f 5 o 5 → 50; low f 5 o 0 → 20.
  // o has levels closed 0, open-weight 6, fully-open 10, and a +40 bonus from open-weight up.
  const cwd = () =>
    fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "f", weight: 40 },
          { id: "o", weight: 60, levels: { closed: 0, "open-weight": 6, "fully-open": 10 } },
        ],
        bonus: "  - { label: open, criterion: o, min: 6, points: 40 }",
      }),
      "consortia/top.yaml": consortiumYaml({ id: "top", scores: { f: 10, o: 10 } }),
      "consortia/mid.yaml": consortiumYaml({ id: "mid", scores: { f: 5, o: 5 } }),
      "consortia/low.yaml": consortiumYaml({ id: "low", scores: { f: 5, o: 0 } }),
    });
  // top's total is 100 + 40 = 140, mid 50. low needs more than 50 (wins a tie at 50 only on the chain:
  // f equal at 5, o 0 < 5, so it must pass 50).
  // f alone: 40·x/10 + 0 > 50 needs x > 12.5: off the scale → null.
  // o alone (levels): open-weight 6 gives 20 + 36 + 40 = 96 > 50 → "6".
  it("a level criterion answers with the lowest level that suffices, a continuous one with null when off the scale", async () => {
    const dir = cwd();
    const j = JSON.parse((await cli(["sensitivity", "-f", "json"], { cwd: dir })).stdout);
    expect(j.needs_by_criterion).toEqual({ low: { f: null, o: 6 } });
    const card = JSON.parse((await cli(["explain", "low", "-f", "json"], { cwd: dir })).stdout);
    expect(card.needs_by_criterion).toEqual({ f: null, o: 6 });
    expect((await cli(["explain", "top", "-f", "json"], { cwd: dir })).stdout).toContain('"needs_by_criterion": null');
    const table = (await cli(["sensitivity"], { cwd: dir, columns: 200 })).stdout;
    expect(table).toMatch(/low +│ 5\.0 → not reachable +│ 0\.0 → open-weight \(6\)/);
  });

  it("a continuous criterion: the exact score where the total reaches the last pick's", async () => {
    // Without levels: o alone gives low 20 + 6x (+40 from 6 up); mid has 50. At x = 5 low ties mid at
    // 50 and the chain (f 5 = 5, o 5 = 5) goes to the id: "low" < "mid", so exactly 5 suffices.
    const dir = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "f", weight: 40 },
          { id: "o", weight: 60 },
        ],
        bonus: "  - { label: open, criterion: o, min: 6, points: 40 }",
      }),
      "consortia/top.yaml": consortiumYaml({ id: "top", scores: { f: 10, o: 10 } }),
      "consortia/mid.yaml": consortiumYaml({ id: "mid", scores: { f: 5, o: 5 } }),
      "consortia/low.yaml": consortiumYaml({ id: "low", scores: { f: 5, o: 0 } }),
    });
    const j = JSON.parse((await cli(["sensitivity", "-f", "json"], { cwd: dir })).stdout);
    expect(j.needs_by_criterion.low).toEqual({ f: null, o: 5 });
  });
});

describe("scoreNeeded on a level criterion, levels declared out of order (issue #20, mutation run of 18:05)", () => {
  it("the lowest level that suffices, whatever the order of the rubric's levels", () => {
    // a and b weigh 1 each (totals 100 · (a + b) / 20); a's levels are declared top 10, low 6, mid 8.
    // One place: p (a 10, b 5) 75; q (a 6, b 8) 70 is left out. At a = 8 q has 80, at 10 it has 90:
    // both suffice, the lowest is 8.
    const rubric: Rubric = {
      name: "levels",
      criteria: [
        { id: "a", label: "A", weight: 1, scale: { min: 0, max: 10 }, levels: { top: 10, low: 6, mid: 8 } },
        { id: "b", label: "B", weight: 1, scale: { min: 0, max: 10 } },
      ],
      selection: { teams: 1 },
    };
    const team = (id: string, a: number, b: number): Consortium => ({
      id,
      name: id,
      lead: { name: `${id} lead`, kind: "startup" },
      scores: { a: { value: a }, b: { value: b } },
    });
    const ev = evaluate(buildContest(rubric, [team("p", 10, 5), team("q", 6, 8)]));
    const q = ev.contest.teams.findIndex((t) => t.id === "q");
    expect(ev.selected.has(q)).toBe(false);
    expect(scoreNeeded(ev, q, 0)).toBe(8);
  });
});

describe("scoreNeeded by the numeric path (weighted product; issue #20, mutation run of 18:33)", () => {
  // a and b weigh 1 each: a total is 100 · √(a/10 · b/10). One place: p (8, 8) 80; q (5, 8) √0.4 ≈ 63.2.
  // q passes p once a/10 · 0.8 > 0.64, i.e. a > 8; at exactly 8 the tie goes to p (equal on every
  // criterion, then the id). On b q would need b/10 > 1.28: off the scale.
  const make2 = (levels?: Record<string, number>) => {
    const rubric: Rubric = {
      name: "wp",
      method: "weighted-product",
      criteria: [
        { id: "a", label: "A", weight: 1, scale: { min: 0, max: 10 }, ...(levels ? { levels } : {}) },
        { id: "b", label: "B", weight: 1, scale: { min: 0, max: 10 } },
      ],
      selection: { teams: 1 },
    };
    const team = (id: string, a: number, b: number): Consortium => ({
      id,
      name: id,
      lead: { name: `${id} lead`, kind: "startup" },
      scores: { a: { value: a }, b: { value: b } },
    });
    const ev = evaluate(buildContest(rubric, [team("p", 8, 8), team("q", 5, 8)]));
    return { ev, q: ev.contest.teams.findIndex((t) => t.id === "q") };
  };

  it("a continuous criterion: just past 8 (8.01, the next value to 2 decimals, or a hair above 8); b: none", () => {
    const { ev, q } = make2();
    expect(ev.selected.has(q)).toBe(false);
    const a = scoreNeeded(ev, q, 0)!;
    expect(a).toBeGreaterThan(8);
    expect(a).toBeLessThanOrEqual(8.01);
    expect(pickedWith(ev.contest, q, 0, a)).toBe(true);
    expect(scoreNeeded(ev, q, 1)).toBeNull();
  });

  it("levels declared out of order: the lowest that suffices, 9 (8 ties and loses)", () => {
    const { ev, q } = make2({ top: 10, low: 2, pass: 8, good: 9 });
    expect(scoreNeeded(ev, q, 0)).toBe(9);
  });
});

describe("scoreNeeded on a direction: min criterion (lower is better)", () => {
  // a is a cost (unit (10 − a)/10), b as usual; weights 1 : 1, one place. p (2, 8): 40 + 40 = 80;
  // q (5, 8): 25 + 40 = 65. q needs 5·(10 − a) > 40, a < 2 (at 2 the tie goes to p by id).
  const make3 = (levels?: Record<string, number>) => {
    const rubric: Rubric = {
      name: "cost",
      criteria: [
        { id: "a", label: "A", weight: 1, direction: "min", scale: { min: 0, max: 10 }, ...(levels ? { levels } : {}) },
        { id: "b", label: "B", weight: 1, scale: { min: 0, max: 10 } },
      ],
      selection: { teams: 1 },
    };
    const team = (id: string, a: number, b: number): Consortium => ({
      id,
      name: id,
      lead: { name: `${id} lead`, kind: "startup" },
      scores: { a: { value: a }, b: { value: b } },
    });
    const ev = evaluate(buildContest(rubric, [team("p", 2, 8), team("q", 5, 8)]));
    return { ev, q: ev.contest.teams.findIndex((t) => t.id === "q") };
  };

  it("a continuous scale: just below 2 (1.99, or a hair below 2)", () => {
    const { ev, q } = make3();
    const a = scoreNeeded(ev, q, 0)!;
    expect(a).toBeLessThan(2);
    expect(a).toBeGreaterThanOrEqual(1.99);
    expect(pickedWith(ev.contest, q, 0, a)).toBe(true);
  });

  it("levels out of order: the highest level below 5 that suffices, 1 (3 gives 75, 0 is not needed)", () => {
    const { ev, q } = make3({ top: 0, worst: 10, mid: 1, ok: 3 });
    expect(scoreNeeded(ev, q, 0)).toBe(1);
  });
});

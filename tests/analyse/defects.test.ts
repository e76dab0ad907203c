/**
 * The four defects of issue #11 (a–d; d is in tests/score/ties.test.ts) and JSON rounding, each on
 * a small contest whose answer is derived by hand. Each of these failed before its fix.
 */
import { describe, expect, it } from "vitest";
import { roundJson, toJson } from "../../src/render/json.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

describe("JSON numbers (10 significant digits)", () => {
  it("drops floating-point noise and keeps whole numbers", () => {
    expect(roundJson(59.99999999999999)).toBe(60);
    expect(roundJson(0.30000000000000004)).toBe(0.3);
    expect(roundJson(1 / 3)).toBe(0.3333333333);
    expect(roundJson(4294967296)).toBe(4294967296);
    expect(roundJson(-1e-17)).toBe(-1e-17);
    expect(toJson({ t: 59.99999999999999 })).toBe('{\n  "t": 60\n}\n');
  });

  it("a total of 60 by hand is 60 in score's JSON (jq's .total >= 60 keeps it)", async () => {
    // 0.4·70 + 0.35·40 + 0.25·60 = 57, + 3 bonus = 60; in doubles the sum is 59.99999999999999.
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "f", weight: 40 },
          { id: "s", weight: 35 },
          { id: "o", weight: 25 },
        ],
        bonus: "  - { label: open, criterion: o, min: 6, points: 3 }",
      }),
      "consortia/lg.yaml": consortiumYaml({ id: "lg", scores: { f: 7, s: 4, o: 6 } }),
    });
    const j = JSON.parse((await cli(["score", "-f", "json"], { cwd })).stdout);
    expect(j.results[0].total).toBe(60);
  });
});

describe("(a) a weight swept to 100 % can tie teams on that criterion alone", () => {
  // alpha (a 10, b 4) and bravo (a 10, b 6), 1 place, tie_break [a] then id. At a = 50 %: bravo
  // 80 > alpha 70. At a = 100 % both have 100; equal on a, so the id picks alpha.
  const cwd = () =>
    fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 1 },
          { id: "b", weight: 1 },
        ],
        selection: "  teams: 1\n  tie_break: [a]",
      }),
      "consortia/alpha.yaml": consortiumYaml({ id: "alpha", scores: { a: 10, b: 4 } }),
      "consortia/bravo.yaml": consortiumYaml({ id: "bravo", scores: { a: 10, b: 6 } }),
    });

  it("score at that weight picks the other team", async () => {
    const j = JSON.parse((await cli(["score", "-f", "json", "-w", "b=0"], { cwd: cwd() })).stdout);
    expect(j.results.find((r: { selected: boolean }) => r.selected).id).toBe("alpha");
  });

  it("sensitivity reports the change at 100 %, not 'never changes'", async () => {
    const dir = cwd();
    const j = JSON.parse((await cli(["sensitivity", "-f", "json", "--criterion", "a"], { cwd: dir })).stdout);
    expect(j.criteria[0].to).toBe(1);
    expect(j.criteria[0].above).toEqual({ weight: 1, enters: ["alpha"], leaves: ["bravo"] });
    expect((await cli(["sensitivity", "--criterion", "a"], { cwd: dir, columns: 120 })).stdout).toContain(
      "a at 100.0 %: alpha in; bravo out",
    );
  });
});

describe("(b) the current weight exactly on a crossing", () => {
  // x (10, 0, 5) and y (0, 10, 5) at ⅓ each: both 50, x first on the tie-break (a). Raising a
  // keeps x ahead; lowering it puts y ahead: the set changes at ⅓ itself.
  it("from is the current weight exactly, never a hair above it", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 1 },
          { id: "b", weight: 1 },
          { id: "c", weight: 1 },
        ],
        selection: "  teams: 1",
      }),
      "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 10, b: 0, c: 5 } }),
      "consortia/y.yaml": consortiumYaml({ id: "y", scores: { a: 0, b: 10, c: 5 } }),
    });
    const j = JSON.parse((await cli(["sensitivity", "-f", "json", "--criterion", "a"], { cwd })).stdout);
    const a = j.criteria[0];
    expect(a.weight).toBe(0.3333333333);
    expect(a.from).toBe(a.weight);
    expect(a.below).toEqual({ weight: a.weight, enters: ["y"], leaves: ["x"] });
    expect(a.from <= a.weight && a.weight <= a.to).toBe(true);
  });
});

describe("(c) a criterion with weight 0 stays at 0 in every run", () => {
  // keep (a 6, b 0) vs ignored (a 5, b 10): with b at 0 keep always wins (a 60 > 50).
  const cwd = () =>
    fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 1 },
          { id: "b", weight: 0 },
        ],
        selection: "  teams: 1",
      }),
      "consortia/keep.yaml": consortiumYaml({ id: "keep", scores: { a: 6, b: 0 } }),
      "consortia/ignored.yaml": consortiumYaml({ id: "ignored", scores: { a: 5, b: 10 } }),
    });
  for (const mode of [["--uniform-weights"], ["--weight-concentration", "2"], ["--fixed-weights"]]) {
    it(`${mode[0]}: the team only b favours is never picked`, async () => {
      const j = JSON.parse((await cli(["simulate", "-f", "json", "--runs", "2000", ...mode], { cwd: cwd() })).stdout);
      const p = Object.fromEntries(j.results.map((r: { id: string; p_selected: number }) => [r.id, r.p_selected]));
      expect(p.ignored).toBe(0);
      expect(p.keep).toBe(1);
    });
  }

  it("-w b=0 is honoured by --uniform-weights too", async () => {
    const dir = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 1 },
          { id: "b", weight: 1 },
        ],
        selection: "  teams: 1",
      }),
      "consortia/keep.yaml": consortiumYaml({ id: "keep", scores: { a: 6, b: 0 } }),
      "consortia/ignored.yaml": consortiumYaml({ id: "ignored", scores: { a: 5, b: 10 } }),
    });
    const j = JSON.parse((await cli(["simulate", "-f", "json", "--runs", "2000", "--uniform-weights", "-w", "b=0"], { cwd: dir })).stdout);
    expect(j.results.find((r: { id: string }) => r.id === "ignored").p_selected).toBe(0);
  });
});

describe("explain CSV is rounded like score's", () => {
  it("total and points to 2 decimals, weights to 6", async () => {
    // Weights 1 and 2 of 3: a 33.33… %, b 66.67 %; team t: a 10 → 33.333… points, b 5 → 33.333….
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 1 },
          { id: "b", weight: 2 },
        ],
      }),
      "consortia/t.yaml": consortiumYaml({ id: "t", scores: { a: 10, b: 5 } }),
    });
    const lines = (await cli(["explain", "t", "-f", "csv"], { cwd })).stdout.trimEnd().split(/\r?\n/);
    // The last column is the place (1: t is alone on its total).
    expect(lines[1]).toBe("t,Team t,,1,true,66.67,criterion,a,a,10,10,10,10,0.333333,33.33,,,1");
    expect(lines[2]).toBe("t,Team t,,1,true,66.67,criterion,b,b,5,5,5,5,0.666667,33.33,,,1");
  });
});

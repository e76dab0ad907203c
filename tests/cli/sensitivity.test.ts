import { describe, expect, it } from "vitest";
import { wrap } from "../../src/render/tornado.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

// Example A of tests/analyse/sensitivity.test.ts: a 3 : b 1, two places.
// x 75, v 65, z 60, y 25 → {x, v}; z passes v below a = 2/3 and above b = 1/3.
const exampleA = (selection?: string) =>
  fixture({
    "criteria/default.yaml": rubricYaml({
      criteria: [
        { id: "a", weight: 3 },
        { id: "b", weight: 1 },
      ],
      ...(selection ? { selection } : {}),
    }),
    "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 10, b: 0 } }),
    "consortia/y.yaml": consortiumYaml({ id: "y", scores: { a: 0, b: 10 } }),
    "consortia/z.yaml": consortiumYaml({ id: "z", scores: { a: 6, b: 6 } }),
    "consortia/v.yaml": consortiumYaml({ id: "v", scores: { a: 8, b: 2 } }),
    "consortia/w.yaml": consortiumYaml({ id: "w", scores: { a: 5, b: 0 } }),
  });

describe("sensitivity", () => {
  it("reports the contract JSON with exact ends, margin, points needed and dominance", async () => {
    const r = await cli(["sensitivity", "-f", "json"], { cwd: exampleA() });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      "rubric",
      "selected",
      "criteria",
      "margin",
      "needed",
      "needs_by_criterion",
      "dominated",
      "dominated_count",
      "always",
    ]);
    expect(j.selected).toEqual(["x", "v"]);
    const [a, b] = j.criteria;
    expect(a.id).toBe("a");
    expect(a.weight).toBeCloseTo(0.75, 15);
    expect(a.from).toBeCloseTo(2 / 3, 9);
    expect(a.to).toBe(1);
    expect(a.below.weight).toBeCloseTo(2 / 3, 9);
    expect([a.below.enters, a.below.leaves]).toEqual([["z"], ["v"]]);
    expect(a.above).toBeNull();
    expect(b.from).toBe(0);
    expect(b.to).toBeCloseTo(1 / 3, 9);
    expect(b.below).toBeNull();
    expect([b.above.enters, b.above.leaves]).toEqual([["z"], ["v"]]);
    expect(j.margin).toBeCloseTo(5, 9);
    expect(Object.keys(j.needed)).toEqual(["z", "w", "y"]);
    expect(j.needed.z).toBeCloseTo(5, 9);
    expect(j.needed.w).toBeCloseTo(65 - 37.5, 9);
    expect(j.needed.y).toBeCloseTo(40, 9);
    expect(j.dominated).toEqual({ w: ["v", "x", "z"] });
    expect(j.always).toEqual([]);
  });

  it("--criterion limits the report to one criterion; an unknown one is a usage error with a hint", async () => {
    const cwd = exampleA();
    const one = JSON.parse((await cli(["sensitivity", "-f", "json", "--criterion", "b"], { cwd })).stdout);
    expect(one.criteria.map((c: { id: string }) => c.id)).toEqual(["b"]);
    const bad = await cli(["sensitivity", "--criterion", "bb"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/--criterion bb: unknown criterion.*"b"/);
  });

  it("applies the rules: with a minimum quota the pick and the ends move", async () => {
    const cwd = exampleA("  teams: 2\n  quotas:\n    - { name: ac, ids: [y], min: 1 }");
    const j = JSON.parse((await cli(["sensitivity", "-f", "json"], { cwd })).stdout);
    expect(j.selected).toEqual(["x", "y"]);
    expect(j.criteria[0].from).toBeCloseTo(0.6, 9);
    expect(j.criteria[1].to).toBeCloseTo(0.4, 9);
    expect(j.margin).toBeCloseTo(25 - 65, 9);
  });

  it("CSV: one row per record, the contract header, numbers as numbers", async () => {
    const r = await cli(["sensitivity", "-f", "csv"], { cwd: exampleA() });
    const lines = r.stdout.trimEnd().split("\n");
    // The needs rows' three columns come last: the older columns keep their positions.
    expect(lines[0]).toBe(
      "record,id,weight,from,to,below_weight,below_enters,below_leaves,above_weight,above_enters,above_leaves,points,teams,criterion,score,needs",
    );
    expect(lines).toContain("criterion,a,0.75,0.666667,1,0.666667,z,v,,,,,,,,");
    expect(lines).toContain("criterion,b,0.25,0,0.333333,,,,0.333333,z,v,,,,,");
    expect(lines).toContain("margin,,,,,,,,,,,5,,,,");
    expect(lines).toContain("needed,w,,,,,,,,,,27.5,,,,");
    expect(lines).toContain("dominated,w,,,,,,,,,,,v x z,,,");
    expect(lines.filter((l) => l.startsWith("selected,")).map((l) => l.split(",")[1])).toEqual(["x", "v"]);
  });

  it("CSV: needs_by_criterion as `needs` rows, one per team left out and criterion, as JSON has them", async () => {
    const cwd = exampleA();
    const lines = (await cli(["sensitivity", "-f", "csv"], { cwd })).stdout.trimEnd().split("\n");
    const needs = lines.filter((l) => l.startsWith("needs,"));
    // By hand (a 3 : b 1, totals 7.5·a + 2.5·b; v, the last pick, has 65 with a 8; ties go to the higher a):
    // z (6, 6): 7.5a + 15 > 65 → a just above 20/3 (a tie loses on a), the next 2-decimal value 6.67;
    //   45 + 2.5b > 65 → b just above 8: 8.01. w (5, 0): 7.5a = 65 at a = 26/3, where w ties v and
    //   wins on a (8.67 > 8): 8.666667; b would need 11 > 10: never. y (0, 10): 7.5a + 25 > 65 →
    //   a just above 16/3: 5.34; b is already 10: never.
    expect(needs).toEqual([
      "needs,z,,,,,,,,,,,,a,6,6.67",
      "needs,z,,,,,,,,,,,,b,6,8.01",
      "needs,w,,,,,,,,,,,,a,5,8.666667",
      "needs,w,,,,,,,,,,,,b,0,never",
      "needs,y,,,,,,,,,,,,a,0,5.34",
      "needs,y,,,,,,,,,,,,b,10,never",
    ]);
    const j = JSON.parse((await cli(["sensitivity", "-f", "json"], { cwd })).stdout);
    for (const row of needs) {
      const [, id, , , , , , , , , , , , criterion, , value] = row.split(",");
      const want = j.needs_by_criterion[id!][criterion!];
      if (want === null) expect(value).toBe("never");
      else expect(Number(value)).toBeCloseTo(want, 5);
    }
    expect(needs.length).toBe(Object.keys(j.needs_by_criterion).length * 2);
  });

  it("Markdown and the tornado table", async () => {
    const cwd = exampleA();
    const md = (await cli(["sensitivity", "-f", "markdown"], { cwd })).stdout;
    expect(md).toContain("| criterion | weight | stable | below | above |");
    expect(md).toContain("| a | 75.0 % | 66.7 % – 100.0 % | under 66.7 %: z in; v out | never changes |");
    expect(md).toContain("| 3 | z | 60.00 | 5.00 |");
    const table = (await cli(["sensitivity"], { cwd, columns: 80 })).stdout;
    const rows = table.split("\n");
    const a = rows.find((l) => l.startsWith("a "))!;
    // 40 cells: a ≥ 2/3 filled (cells 27–39), the current weight 0.75 at cell 30
    const bar = a.slice(a.indexOf("·"), a.indexOf("·") + 40);
    expect(bar).toBe(`${"·".repeat(27)}███●${"█".repeat(9)}`);
    expect(a).toMatch(/66\.7 % – 100\.0 %$/);
    expect(table).toContain("a under 66.7 %: z in; v out");
    expect(Math.max(...rows.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});

describe("wrap (table view)", () => {
  it("breaks at words within the width, keeping the indent and indenting continuations", () => {
    expect(wrap("  one two three four", 12)).toEqual(["  one two", "    three", "    four"]);
    expect(wrap("\u001b[1mab\u001b[22m cd", 5)).toEqual(["\u001b[1mab\u001b[22m cd"]);
  });
});

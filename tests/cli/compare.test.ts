import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

/*
 * Three rubrics over x (10, 0), y (0, 10), z (6, 6), v (8, 2), w (1, 1), three places:
 *   r1 a 3 : b 1 → x 75, v 65, z 60, y 25, w 10        picks x v z
 *   r2 a 1 : b 3 → y 75, z 60, v 35, x 25, w 10        picks y z v
 *   r3 a 1 : b 1 → z 60, x = v = y 50 (chain a: x, v, y), w 10   picks z x v
 * τ-b on the totals (equal totals are ties, not ordered by the chain):
 * τ(r1, r2): no ties; the first four fully reversed (6 discordant), w last in both (4 concordant) → −2/10.
 * τ(r1, r3): r3 ties (x,v), (x,y), (v,y); (x,z) and (v,z) discordant, 5 concordant → 3/√(10·7).
 * τ(r2, r3): the same 3 ties; (z,y) discordant, 6 concordant → 5/√(10·7).
 * In r3 the tie at the line (x, v, y at 50) is decided by criterion a (v 8 > y 0), not by the id.
 */
const data = () =>
  fixture({
    "criteria/r1.yaml": rubricYaml({
      criteria: [
        { id: "a", weight: 3 },
        { id: "b", weight: 1 },
      ],
      selection: "  teams: 3",
    }),
    "criteria/r2.yaml": rubricYaml({
      criteria: [
        { id: "a", weight: 1 },
        { id: "b", weight: 3 },
      ],
      selection: "  teams: 3",
    }),
    "criteria/r3.yaml": rubricYaml({
      criteria: [
        { id: "a", weight: 1 },
        { id: "b", weight: 1 },
      ],
      selection: "  teams: 3",
    }),
    "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 10, b: 0 } }),
    "consortia/y.yaml": consortiumYaml({ id: "y", scores: { a: 0, b: 10 } }),
    "consortia/z.yaml": consortiumYaml({ id: "z", scores: { a: 6, b: 6 } }),
    "consortia/v.yaml": consortiumYaml({ id: "v", scores: { a: 8, b: 2 } }),
    "consortia/w.yaml": consortiumYaml({ id: "w", scores: { a: 1, b: 1 } }),
  });

describe("compare", () => {
  it("JSON: rank, total and pick per rubric, Kendall τ per pair, picked in every/some/none", async () => {
    const r = await cli(["compare", "r1", "r2", "criteria/r3.yaml", "-f", "json"], { cwd: data() });
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.rubrics.map((x: { label: string }) => x.label)).toEqual(["r1", "r2", "r3"]);
    expect(j.rubrics[2].selected).toEqual(["z", "x", "v"]);
    expect(j.teams.map((t: { id: string }) => t.id)).toEqual(["x", "v", "z", "y", "w"]);
    expect(j.teams[0].results).toEqual({
      r1: { rank: 1, place: "1", total: 75, selected: true, tie: false },
      r2: { rank: 4, place: "4", total: 25, selected: false, tie: false },
      r3: { rank: 2, place: "2=", total: 50, selected: true, tie: false },
    });
    const tau = Object.fromEntries(j.kendall.map((k: { a: string; b: string; tau: number }) => [`${k.a}~${k.b}`, k.tau]));
    expect(tau["r1~r2"]).toBeCloseTo(-0.2, 12);
    expect(tau["r1~r3"]).toBeCloseTo(3 / Math.sqrt(70), 9);
    expect(tau["r2~r3"]).toBeCloseTo(5 / Math.sqrt(70), 9);
    expect(j.kendall.map((k: { tied_a: number; tied_b: number }) => [k.tied_a, k.tied_b])).toEqual([
      [0, 0],
      [0, 3],
      [0, 3],
    ]);
    expect(j.picked).toEqual({ every: ["v", "z"], some: ["x", "y"], tie: [], none: ["w"] });
  });

  it("CSV, Markdown and table", async () => {
    const cwd = data();
    const csv = (await cli(["compare", "r1", "r2", "r3", "-f", "csv"], { cwd })).stdout.trimEnd().split("\n");
    expect(csv[0]).toBe(
      "record,id,name,name_ko,r1_rank,r1_total,r1_selected,r2_rank,r2_total,r2_selected,r3_rank,r3_total,r3_selected,picked_in,rubric_a,rubric_b,tau",
    );
    expect(csv[1]).toBe("team,x,Team x,,1,75,true,4,25,false,2,50,true,some,,,");
    expect(csv).toContain("tau,,,,,,,,,,,,,,r1,r2,-0.2");
    expect(csv).toHaveLength(1 + 5 + 3);
    const md = (await cli(["compare", "r1", "r2", "r3", "-f", "markdown"], { cwd })).stdout;
    expect(md).toContain("| w | 5 · 10.00 | 5 · 10.00 | 5 · 10.00 | none |");
    expect(md).toContain("| r1 | r3 | 0.359 |");
    const table = (await cli(["compare", "r1", "r2", "r3", "r1"], { cwd })).stdout;
    expect(table).toContain("r1 ~ r1#2: 1.000");
    expect(table).toContain("picked in none: w");
    expect((await cli(["compare", "r1", "r3"], { cwd, columns: 200 })).stdout).toContain(
      "(ties present and counted — equal totals: r3 3 pairs)",
    );
    expect((await cli(["compare", "r1", "r2"], { cwd })).stdout).toContain(
      "Kendall τ-b between the totals (no equal totals in any rubric):",
    );
    expect(Math.max(...table.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it("needs two rubrics (exit 2); a missing rubric file is a data error (exit 1)", async () => {
    const cwd = data();
    const one = await cli(["compare", "r1"], { cwd });
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/two or more rubrics/);
    const missing = await cli(["compare", "r1", "nope"], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { cli, consortiumYaml, fixture, ROOT, rubricYaml } from "../helpers/run.js";
import { displayWidth } from "../daily/display-width.js";

const rubric = (selection = "  teams: 2") =>
  rubricYaml({
    criteria: [
      { id: "a", weight: 3 },
      { id: "b", weight: 1, levels: { low: 2, high: 8 } },
    ],
    bonus: "  - { label: B high, criterion: b, min: high, points: 5 }",
    selection,
  });

// x: 0.75·100 = 75; y: 0.75·60 + 0.25·80 + 5 = 70; z: 0.75·20 + 0.25·20 = 20.
const data = (selection?: string, extra: Record<string, string> = {}) =>
  fixture({
    "criteria/default.yaml": rubric(selection),
    "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 10, b: 0 } }),
    "consortia/y.yaml": consortiumYaml({ id: "y", scores: { a: [5, 6, 8], b: "high" } }),
    "consortia/z.yaml": consortiumYaml({ id: "z", scores: { a: 2, b: "low" } }),
    ...extra,
  });

async function card(cwd: string, id: string, ...args: string[]) {
  const r = await cli(["explain", id, "-f", "json", ...args], { cwd });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe("explain", () => {
  it("gives each criterion's score, normalised weight and points, the bonus and the total", async () => {
    const y = await card(data(), "y");
    expect(y.criteria.map((c: { id: string }) => c.id)).toEqual(["a", "b"]);
    const [a, b] = y.criteria;
    expect(a).toMatchObject({ value: 6, score: 6, range: [5, 8], weight: 0.75, scale: { min: 0, max: 10 } });
    expect(a.points).toBeCloseTo(45, 12);
    expect(a.max_points).toBeCloseTo(75, 12);
    expect(b).toMatchObject({ value: "high", score: 8, range: [8, 8], weight: 0.25 });
    expect(b.points).toBeCloseTo(20, 12);
    expect(y.bonuses).toEqual([{ label: "B high", label_ko: "", criterion: "b", points: 5 }]);
    expect(y.weighted).toBeCloseTo(65, 12);
    expect(y.total).toBeCloseTo(70, 12);
    expect(y).toMatchObject({ rank: 2, teams: 3, places: 2, selected: true, kind: "startup", lead: { name: "Lead y", kind: "startup" } });
    expect(y.reasons).toEqual(["picked in rank order (pick 2 of 2)"]);
  });

  it("says how far a picked team is above the line and how far a left-out team is below it", async () => {
    const cwd = data();
    const x = await card(cwd, "x");
    expect(x.line).toMatchObject({ position: "above", versus: "z", versus_rank: 3 });
    expect(x.line.points).toBeCloseTo(55, 12); // 75 − 20
    const z = await card(cwd, "z");
    expect(z.selected).toBe(false);
    expect(z.line).toMatchObject({ position: "below", versus: "y" });
    expect(z.line.points).toBeCloseTo(50, 12); // 70 − 20
    const text = await cli(["explain", "z", "-f", "markdown"], { cwd });
    expect(text.stdout).toContain("needs 50.00 more points to cross the line: the last picked team, y, has 70.00");
  });

  it("names a tie on the line and the tie-break that settled it", async () => {
    // w scores like y: equal totals, equal criteria, so the id decides: w before y.
    const cwd = data(undefined, { "consortia/w.yaml": consortiumYaml({ id: "w", scores: { a: 6, b: 8 } }) });
    const y = await card(cwd, "y");
    expect(y.selected).toBe(false);
    expect(y.line).toMatchObject({ position: "below", versus: "w", points: 0 });
    const t = await cli(["explain", "y", "-f", "markdown"], { cwd });
    expect(t.stdout).toContain("on the line: tied on total with w (70.00), the last picked team, and behind on the tie-break");
    const w = await cli(["explain", "w", "-f", "markdown"], { cwd });
    expect(w.stdout).toContain("on the line: tied on total with y (70.00), the best team left out, and ahead on the tie-break");
  });

  it("says when the rules, not the total, leave a team out", async () => {
    const cwd = data("  teams: 2\n  gates:\n    - { criterion: b, min: 1 }");
    const x = await card(cwd, "x");
    expect(x.selected).toBe(false);
    expect(x.reasons.join(" ")).toMatch(/gate/);
    expect(x.line.points).toBeCloseTo(-55, 12); // last pick z has 20, x has 75
    const t = await cli(["explain", "x", "-f", "markdown"], { cwd });
    expect(t.stdout).toContain("left out by the rules although 55.00 points ahead of z (20.00), the last picked team");
  });

  it("uses --weight overrides", async () => {
    const y = await card(data(), "y", "-w", "a=1");
    expect(y.criteria.map((c: { weight: number }) => c.weight)).toEqual([0.5, 0.5]);
    expect(y.total).toBeCloseTo(0.5 * 60 + 0.5 * 80 + 5, 12);
  });

  it("writes CSV whose points add up to the total", async () => {
    const r = await cli(["explain", "y", "-f", "csv"], { cwd: data() });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    // `place` (the shared place) is last, so that the older columns keep their positions.
    expect(lines[0]).toBe(
      "id,name,name_ko,rank,selected,total,part,criterion,label,value,score,low,high,weight,points,evidence,source,place",
    );
    expect(lines.slice(1).map((l) => l.split(",").slice(6, 8).join(","))).toEqual(["criterion,a", "criterion,b", "bonus,b"]);
    const points = lines.slice(1).map((l) => Number(l.split(",")[14]));
    expect(points.reduce((s, p) => s + p, 0)).toBeCloseTo(70, 9);
  });

  it("writes Markdown with a criteria table and the line", async () => {
    const r = await cli(["explain", "z", "--format", "markdown"], { cwd: data() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^### z — Team z/);
    expect(r.stdout).toContain("| criterion | score | range | weight | points | evidence | source |");
    expect(r.stdout).toContain("| b | low (2.0) |  | 25.0 % | 5.00 |");
    expect(r.stdout).toContain("needs 50.00 more points");
  });

  it("refuses an unknown id with exit 2 and the closest id", async () => {
    const r = await cli(["explain", "yy"], { cwd: data() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown consortium "yy" (did you mean "y"?); the consortia are: x, y, z');
  });

  it("fits every bundled consortium's card in 80 columns, Korean names counted double", async () => {
    const ids = JSON.parse((await cli(["score", "-f", "json"])).stdout).results.map((r: { id: string }) => r.id) as string[];
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const r = await cli(["explain", id]);
      expect(r.code, id).toBe(0);
      for (const line of r.stdout.split("\n")) expect(displayWidth(line), `${id}: ${line}`).toBeLessThanOrEqual(80);
      const j = JSON.parse((await cli(["explain", id, "-f", "json"])).stdout);
      const sum = j.criteria.reduce((s: number, c: { points: number }) => s + c.points, 0) + j.bonus;
      expect(sum).toBeCloseTo(j.total, 9);
    }
  });
});

describe("explain a dominated team", () => {
  it("says no weighting can put it in the top places", async () => {
    // The bundled data's most dominated team, found from score's JSON (the data may change).
    const score = JSON.parse((await cli(["score", "-f", "json"])).stdout) as { results: { id: string; dominated_by: string[] }[] };
    const team = [...score.results].sort((a, b) => b.dominated_by.length - a.dominated_by.length)[0]!;
    expect(team.dominated_by.length).toBeGreaterThanOrEqual(5);
    const r = await cli(["explain", team.id, "-f", "json"]);
    expect(r.code).toBe(0);
    const card = JSON.parse(r.stdout);
    expect(card.reasons).toContain(`dominated by ${[...team.dominated_by].sort().join(", ")}: no weighting ranks it in the top 5`);
  });
});

describe("explain shows a shared place as every other output does", () => {
  // tests/fixtures/ties/equal: top 90; kilo, lima and mike 60 each (equal on every criterion); zulu 20.
  const cwd = join(ROOT, "tests/fixtures/ties/equal");

  it("a tied team: 'tied for 2nd of 5' in the table and Markdown (with whom: Markdown, and the table's tie line), place 2= in JSON and CSV, its rank after the tie-break kept", async () => {
    const table = (await cli(["explain", "mike", "--no-color"], { cwd, columns: 120 })).stdout; // wide enough for the header line whole (it wraps at 80)
    expect(table.split("\n")[1]).toMatch(/: tied for 2nd of 5 · ✘ not picked \(up to 2\) · total 60\.00$/);
    expect(table).not.toContain("rank 4 of 5");
    const md = (await cli(["explain", "mike", "-f", "markdown"], { cwd })).stdout;
    expect(md).toContain("tied for 2nd of 5 with kilo and lima, not picked (up to 2 picked)");
    const j = JSON.parse((await cli(["explain", "mike", "-f", "json"], { cwd })).stdout);
    expect([j.rank, j.place]).toEqual([4, "2="]);
    const csv = (await cli(["explain", "mike", "-f", "csv"], { cwd })).stdout.trimEnd().split("\n");
    for (const row of csv.slice(1)) {
      expect(row.split(",")[3]).toBe("4");
      expect(row.split(",").at(-1)).toBe("2=");
    }
  });

  it("a team alone on its total keeps 'rank N of M' and place N", async () => {
    const table = (await cli(["explain", "zulu", "--no-color"], { cwd })).stdout;
    expect(table.split("\n")[1]).toContain(": rank 5 of 5 · ✘ not picked");
    const j = JSON.parse((await cli(["explain", "zulu", "-f", "json"], { cwd })).stdout);
    expect([j.rank, j.place]).toEqual([5, "5"]);
  });
});

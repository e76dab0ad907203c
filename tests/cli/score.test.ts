import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const small = () =>
  fixture({
    "criteria/default.yaml": rubricYaml({
      criteria: [
        { id: "a", weight: 3 },
        { id: "b", weight: 1 },
      ],
      bonus: "  - { label: B high, criterion: b, min: 8, points: 5 }",
    }),
    "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 10, b: 0 } }),
    "consortia/y.yaml": consortiumYaml({ id: "y", scores: { a: 6, b: 8 } }),
    "consortia/z.yaml": consortiumYaml({ id: "z", scores: { a: 2, b: 2 } }),
  });

describe("score", () => {
  it("computes totals by the formula, with bonus, and marks the top teams", async () => {
    const cwd = small();
    const r = await cli(["score", "--format", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.rubric.weights).toEqual({ a: 0.75, b: 0.25 });
    const byId = Object.fromEntries(j.results.map((x: { id: string }) => [x.id, x]));
    // x: 0.75*100 = 75; y: 0.75*60 + 0.25*80 = 65, +5 bonus = 70; z: 0.75*20+0.25*20 = 20
    expect(byId.x.total).toBeCloseTo(75, 12);
    expect(byId.y.total).toBeCloseTo(70, 12);
    expect(byId.y.bonus).toBe(5);
    expect(byId.z.total).toBeCloseTo(20, 12);
    expect(j.results.map((x: { id: string }) => x.id)).toEqual(["x", "y", "z"]);
    expect(j.results.map((x: { selected: boolean }) => x.selected)).toEqual([true, true, false]);
    expect(byId.y.contributions.a + byId.y.contributions.b).toBeCloseTo(65, 12);
  });

  it("--weight replaces a relative weight before normalising", async () => {
    const cwd = small();
    const r = await cli(["score", "-f", "json", "-w", "b=3"], { cwd });
    const j = JSON.parse(r.stdout);
    expect(j.rubric.weights).toEqual({ a: 0.5, b: 0.5 });
    const y = j.results.find((x: { id: string }) => x.id === "y");
    expect(y.total).toBeCloseTo(0.5 * 60 + 0.5 * 80 + 5, 12);
    expect(j.results[0].id).toBe("y");
  });

  it("writes CSV with the contract header", async () => {
    const r = await cli(["score", "-f", "csv"], { cwd: small() });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("rank,id,name,name_ko,kind,a,b,bonus,total,selected,decided_by");
    expect(lines[1]).toBe("1,x,Team x,,startup,10,0,0,75,true,total");
    expect(lines).toHaveLength(4);
  });

  it("--top limits the rows", async () => {
    const r = await cli(["score", "-f", "csv", "--top", "1"], { cwd: small() });
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
  });

  it("rejects unknown criteria, negative and non-numeric weights with exit 2", async () => {
    const cwd = small();
    for (const w of ["c=1", "a=-1", "a=abc", "a=Infinity", "a=NaN"]) {
      const r = await cli(["score", "-w", w], { cwd });
      expect(r.code, w).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/--weight/);
    }
    const zero = await cli(["score", "-w", "a=0", "-w", "b=0"], { cwd });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/every weight is 0/);
  });
});

describe("score on the bundled data", () => {
  it("JSON totals recompute exactly from scores, scales and normalised weights", async () => {
    const { readFileSync } = await import("node:fs");
    const { parse } = await import("yaml");
    const rubric = parse(readFileSync(new URL("../../criteria/default.yaml", import.meta.url), "utf8"));
    const r = await cli(["score", "-f", "json"]);
    const j = JSON.parse(r.stdout);
    const sum = rubric.criteria.reduce((s: number, c: { weight: number }) => s + c.weight, 0);
    for (const c of rubric.criteria) expect(j.rubric.weights[c.id]).toBeCloseTo(c.weight / sum, 15);
    expect(j.results).toHaveLength(11);
    for (const x of j.results) {
      let total = 0;
      for (const c of rubric.criteria) {
        const u = (x.scores[c.id] - c.scale.min) / (c.scale.max - c.scale.min);
        expect(x.contributions[c.id]).toBeCloseTo(j.rubric.weights[c.id] * u * 100, 10);
        total += j.rubric.weights[c.id] * u * 100;
      }
      const bonus = (rubric.bonus ?? []).reduce((s: number, b: { criterion: string; min: number | string; points: number }) => {
        const min = typeof b.min === "number" ? b.min : rubric.criteria.find((c: { id: string }) => c.id === b.criterion).levels[b.min];
        return s + (x.scores[b.criterion] >= min ? b.points : 0);
      }, 0);
      expect(x.bonus).toBe(bonus);
      expect(x.total).toBeCloseTo(total + bonus, 10);
    }
    for (let i = 1; i < j.results.length; i++) expect(j.results[i - 1].total).toBeGreaterThanOrEqual(j.results[i].total);
    expect(j.results.filter((x: { selected: boolean }) => x.selected)).toHaveLength(5);
  });

  it("the order in which consortium files are listed or passed changes nothing", async () => {
    const { readdirSync } = await import("node:fs");
    const files = readdirSync(new URL("../../consortia", import.meta.url)).map((f) => `consortia/${f}`);
    const forward = await cli(["score", "-f", "json", "-c", ...files]);
    const backward = await cli(["score", "-f", "json", "-c", ...[...files].reverse()]);
    const dir = await cli(["score", "-f", "json"]);
    expect(forward.code).toBe(0);
    expect(backward.stdout).toBe(forward.stdout);
    expect(dir.stdout).toBe(forward.stdout);
  });
});

describe("score flags dominated teams", () => {
  it("in JSON (dominated_by), Markdown and the table; never in the CSV contract", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 1 },
          { id: "b", weight: 1 },
        ],
      }),
      "consortia/p.yaml": consortiumYaml({ id: "p", scores: { a: 9, b: 9 } }),
      "consortia/q.yaml": consortiumYaml({ id: "q", scores: { a: 8, b: 9 } }),
      "consortia/r.yaml": consortiumYaml({ id: "r", scores: { a: 7, b: 8 } }),
      "consortia/s.yaml": consortiumYaml({ id: "s", scores: { a: 1, b: 10 } }),
    });
    const j = JSON.parse((await cli(["score", "-f", "json"], { cwd })).stdout);
    expect(Object.fromEntries(j.results.map((x: { id: string; dominated_by: string[] }) => [x.id, x.dominated_by]))).toEqual({
      p: [],
      q: ["p"],
      r: ["p", "q"],
      s: [],
    }); // q is dominated by p alone: listed (issue #11 d), not flagged
    const line = "never in the top 2 under any weights (dominated): r (by 2)";
    expect((await cli(["score", "-f", "markdown"], { cwd })).stdout).toContain(line);
    expect((await cli(["score"], { cwd })).stdout).toContain(line);
    expect((await cli(["score", "-f", "csv"], { cwd })).stdout.split("\n")[0]).toBe(
      "rank,id,name,name_ko,kind,a,b,bonus,total,selected,decided_by",
    );
  });
});

describe("weights at the edge of the number range", () => {
  it("huge relative weights normalise without overflowing", async () => {
    const { normaliseWeights } = await import("../../src/model/contest.js");
    expect(normaliseWeights([1e308, 1e308, 0])).toEqual([0.5, 0.5, 0]);
    expect(normaliseWeights([3, 1])).toEqual([0.75, 0.25]);
    const r = await cli(["score", "-f", "json", "-w", "service=1e308", "-w", "openness=1e308"]);
    const j = JSON.parse(r.stdout);
    expect(j.rubric.weights.service).toBeCloseTo(0.5, 12);
    expect(j.rubric.weights.openness).toBeCloseTo(0.5, 12);
  });
});

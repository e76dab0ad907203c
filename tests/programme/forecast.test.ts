import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { remainingAfter } from "../../src/programme/forecast.js";
import type { Stage } from "../../src/schema/stage.js";
import { cli, ROOT, tempDir } from "../helpers/run.js";

const st = (s: Partial<Stage> & Pick<Stage, "id" | "entrants">): Stage => ({
  title: s.id,
  kind: "evaluation",
  rules: { source: "x" },
  results: [],
  sources: "x",
  ...s,
});

describe("who remains", () => {
  it("walks the stages: entrants of a stage without results join; advanced and added stay; eliminated leave", () => {
    const stages = [
      st({ id: "apply", entrants: ["a", "b", "c", "d"] }),
      st({
        id: "cut",
        entrants: ["a", "b", "c", "d"],
        results: [
          { id: "a", outcome: "advanced", reason: "r", source: "x" },
          { id: "b", outcome: "advanced", reason: "r", source: "x" },
          { id: "c", outcome: "eliminated", reason: "r", source: "x" },
          { id: "d", outcome: "withdrew", reason: "r", source: "x" },
        ],
      }),
      st({
        id: "add",
        entrants: ["c", "e"],
        results: [
          { id: "e", outcome: "added", reason: "r", source: "x" },
          { id: "c", outcome: "eliminated", reason: "r", source: "x" },
        ],
      }),
      st({ id: "next", entrants: ["a", "b", "e"], status: "planned" }),
    ];
    expect(remainingAfter(stages)).toEqual(["a", "b", "e"]);
  });
});

function fixture(teams: Record<string, [number, number]> = { a: [10, 10], b: [5, 5], c: [0, 0] }): string {
  const dir = tempDir("forecast-");
  for (const d of ["programme", "sources", "consortia", "criteria"]) mkdirSync(join(dir, d));
  writeFileSync(
    join(dir, "criteria", "default.yaml"),
    "name: Two\ncriteria:\n  - { id: x, label: X, weight: 50, scale: { min: 0, max: 10 } }\n  - { id: y, label: Y, weight: 50, scale: { min: 0, max: 10 } }\nselection: { teams: 1 }\n",
  );
  writeFileSync(
    join(dir, "sources", "news-2026-01-01.yaml"),
    'id: news-2026-01-01\ntitle: T\npublisher: N\npublished: 2026-01-01\nurl: https://example.org/a\nlanguage: en\nexcerpts:\n  - { key: k, excerpt: "E." }\n',
  );
  for (const [id, [x, y]] of Object.entries(teams))
    writeFileSync(
      join(dir, "consortia", `${id}.yaml`),
      `id: ${id}\nname: Team ${id}\nlead: { name: ${id}, kind: company, source: "news-2026-01-01 #k" }\nscores:\n  x: { value: ${x} }\n  y: { value: ${y} }\n`,
    );
  writeFileSync(
    join(dir, "programme", "01-apply.yaml"),
    `id: apply\ntitle: Apply\ndate: 2026-01-01\nkind: application\nentrants: [a, b, c]\nrules: { source: "news-2026-01-01 #k" }\nresults: []\nsources: "news-2026-01-01 #k"\n`,
  );
  writeFileSync(
    join(dir, "programme", "02-next.yaml"),
    `id: next\ntitle: Next\nexpected: 2026-06\nreported: 2026-01-01\nstatus: planned\nkind: evaluation\nentrants: [a, b, c]\nrules: { planned: 2, final: 1, source: "news-2026-01-01 #k" }\nresults: []\nsources: "news-2026-01-01 #k"\n`,
  );
  return dir;
}

describe("forecast", () => {
  it("by hand: a (10,10) dominates b (5,5) dominates c (0,0), fixed scores — P(advance) 1, 1, 0 and P(final) 1, 0, 0", async () => {
    const r = await cli(["forecast", "-f", "json", "--runs", "2000"], { cwd: fixture(), packageRoot: ROOT });
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.from_stage).toBe("apply");
    expect(j.next_stage).toMatchObject({ id: "next", expected: "2026-06", advance: 2, final: 1 });
    expect(j.teams.map((t: { id: string; p_advance: number; p_final: number }) => [t.id, t.p_advance, t.p_final])).toEqual([
      ["a", 1, 1],
      ["b", 1, 0],
      ["c", 0, 0],
    ]);
    expect(j.assumptions.join("\n")).toMatch(/No rubric was published for next or any stage before it: the default rubric is assumed/);
    expect(j.assumptions.join("\n")).toMatch(/No published result of next was found/);
  });

  it("the bundled programme: four teams remain, three to advance, two in the final; probabilities add up", async () => {
    const r = await cli(["forecast", "-f", "json", "--runs", "2000"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.remaining).toEqual(["lg", "motif", "skt", "upstage"]);
    expect([j.next_stage.advance, j.next_stage.final]).toEqual([3, 2]);
    const sum = (k: string) => j.teams.reduce((s: number, t: Record<string, number>) => s + t[k]!, 0);
    // Exactly 3 advance and 2 reach the final in every run.
    expect(sum("p_advance")).toBeCloseTo(3, 9);
    expect(sum("p_final")).toBeCloseTo(2, 9);
    for (const t of j.teams) expect(t.p_final).toBeLessThanOrEqual(t.p_advance);
    expect(j.rubric.published).toBe(false);
  });

  it("--method: a (10, 0), b (4, 4), c (1, 1) under the weighted product — a's 0 on y makes its total 0 whatever the weights", async () => {
    // Unit scores u = v/10. Product total = 100 · u_x^w_x · u_y^w_y with w_x + w_y = 1: a 100 · 1 · 0 = 0 for any w_y > 0,
    // b 100 · 0.4 = 40 and c 100 · 0.1 = 10 for every weighting. Two advance (b, c), one reaches the final (b): exactly.
    const dir = fixture({ a: [10, 0], b: [4, 4], c: [1, 1] });
    const r = await cli(["forecast", "-f", "json", "--runs", "2000", "--method", "weighted-product"], { cwd: dir, packageRoot: ROOT });
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.teams.map((t: { id: string; p_advance: number; p_final: number }) => [t.id, t.p_advance, t.p_final])).toEqual([
      ["b", 1, 1],
      ["c", 1, 0],
      ["a", 0, 0],
    ]);
    expect(j.rubric.method).toBe("weighted-product");
    expect(j.assumptions).toContain("Totals by the method asked for (--method weighted-product), not the rubric's own.");
    // Without --method the rubric's weighted sum: a's 100 · w_x beats c's 10 unless w_x < 0.1, so a advances.
    const sum = JSON.parse((await cli(["forecast", "-f", "json", "--runs", "2000"], { cwd: dir, packageRoot: ROOT })).stdout);
    expect(sum.rubric.method).toBe("weighted-sum");
    expect(sum.assumptions.join("\n")).not.toMatch(/--method/);
    expect(sum.teams.find((t: { id: string }) => t.id === "a").p_advance).toBeGreaterThan(0.99);
  });
});

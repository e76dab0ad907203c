/**
 * `sovereign-ai simulate` end to end, with fixed seeds and small hand-computable contests: the
 * statistical properties of the issue, hand-computed probabilities, formats, determinism, usage.
 */
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

interface Result {
  id: string;
  p_selected: number;
  p_selected_margin: number;
  mean_rank: number;
  rank_probabilities: number[];
  total_p05: number;
  total_p50: number;
  total_p95: number;
  central_weights: Record<string, number> | null;
}
interface Out {
  runs: number;
  seed: number;
  results: Result[];
  most_likely_set: { ids: string[]; frequency: number };
  unmet_runs: number;
}

async function simulate(cwd: string, args: string[] = []): Promise<Out & { byId: Record<string, Result> }> {
  const r = await cli(["simulate", "-f", "json", ...args], { cwd });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as Out;
  return { ...out, byId: Object.fromEntries(out.results.map((x) => [x.id, x])) };
}

/** |observed − expected| within 4.5 standard errors of a proportion over `runs`. */
const near = (observed: number, expected: number, runs: number) =>
  expect(Math.abs(observed - expected)).toBeLessThanOrEqual(4.5 * Math.sqrt((expected * (1 - expected)) / runs) + 1e-12);

const twoCriteria = (extra = "", teams = 1) =>
  rubricYaml({
    criteria: [
      { id: "a", weight: 3 },
      { id: "b", weight: 1 },
    ],
    selection: `  teams: ${teams}`,
    extra,
  });

describe("simulate: the issue's statistical checks", () => {
  it("a team that beats every other on every criterion, even at the ends of the ranges, is picked in every run", async () => {
    const cwd = fixture({
      "criteria/default.yaml": twoCriteria(),
      "consortia/top.yaml": consortiumYaml({ id: "top", scores: { a: [8, 9, 10], b: [7, 8, 9] } }),
      "consortia/mid.yaml": consortiumYaml({ id: "mid", scores: { a: [2, 6, 7.9], b: [1, 5, 6.9] } }),
      "consortia/low.yaml": consortiumYaml({ id: "low", scores: { a: [0, 3, 7.5], b: [0, 2, 6] } }),
    });
    for (const mode of [[], ["--uniform-weights"], ["--weight-concentration", "0.5"], ["--distribution", "uniform"]]) {
      const out = await simulate(cwd, ["--runs", "3000", ...mode]);
      expect(out.byId.top!.p_selected, mode.join(" ")).toBe(1);
      expect(out.byId.top!.p_selected_margin).toBe(0);
      expect(out.byId.top!.mean_rank).toBe(1);
      expect(out.byId.top!.rank_probabilities[0]).toBe(1);
      expect(out.byId.mid!.p_selected + out.byId.low!.p_selected).toBe(0);
      expect(out.most_likely_set).toEqual({ ids: ["top"], frequency: 1 });
      expect(out.results[0]!.id).toBe("top");
    }
  });

  it("two identical teams get equal probability within the margin", async () => {
    const cwd = fixture({
      "criteria/default.yaml": twoCriteria("", 2),
      "consortia/p.yaml": consortiumYaml({ id: "p", scores: { a: [3, 6, 9], b: [2, 5, 8] } }),
      "consortia/q.yaml": consortiumYaml({ id: "q", scores: { a: [3, 6, 9], b: [2, 5, 8] } }),
      "consortia/r.yaml": consortiumYaml({ id: "r", scores: { a: [4, 6, 8], b: [4, 6, 8] } }),
    });
    const out = await simulate(cwd, ["--runs", "20000", "--seed", "11"]);
    const p = out.byId.p!;
    const q = out.byId.q!;
    expect(p.p_selected).not.toBe(q.p_selected); // they are sampled independently…
    expect(Math.abs(p.p_selected - q.p_selected)).toBeLessThanOrEqual(p.p_selected_margin + q.p_selected_margin); // …but agree
    expect(Math.abs(p.mean_rank - q.mean_rank)).toBeLessThan(0.05);
  });

  it("the p_selected sum to the mean number of picks (here 3 × P(pass the gate) = 3 × 0.5)", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 1 },
          { id: "g", weight: 1 },
        ],
        selection: "  teams: 3\n  gates:\n    - { criterion: g, min: 5 }",
      }),
      // g is uniform on [0, 10]: each team passes the gate in half the runs, independently.
      ...Object.fromEntries(
        ["u", "v", "w"].map((id, i) => [`consortia/${id}.yaml`, consortiumYaml({ id, scores: { a: 2 + i, g: [0, 5, 10] } })]),
      ),
    });
    const runs = 20_000;
    const out = await simulate(cwd, ["--runs", String(runs), "--distribution", "uniform"]);
    const sum = out.results.reduce((s, r) => s + r.p_selected, 0);
    // Mean picks: 1.5, with variance 3 × 0.25 per run.
    expect(Math.abs(sum - 1.5)).toBeLessThan(4.5 * Math.sqrt(0.75 / runs));
    for (const r of out.results) near(r.p_selected, 0.5, runs);
    // The table states the mean number of picks: the same number.
    const table = await cli(["simulate", "--runs", String(runs), "--distribution", "uniform"], { cwd });
    expect(table.stdout).toContain(`mean picks per run: ${sum.toFixed(2)}`);
  });

  it("with no ranges and --fixed-weights the result is score/select's: picks certain, ranks and totals exact", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "a", weight: 3 },
          { id: "b", weight: 1 },
        ],
        bonus: "  - { label: B high, criterion: b, min: 8, points: 5 }",
        selection:
          "  teams: 3\n  min_total: 20\n  tie_break: [b]\n  quotas:\n    - { name: telcos, kinds: [telecom], max: 1 }\n    - { name: academia, kinds: [academia], min: 1 }\n  conflicts: { max_per_organisation: 1 }",
      }),
      "consortia/t1.yaml": consortiumYaml({ id: "t1", kind: "telecom", scores: { a: 10, b: 4 } }),
      "consortia/t2.yaml": consortiumYaml({ id: "t2", kind: "telecom", scores: { a: 9, b: 6 } }),
      "consortia/s1.yaml": consortiumYaml({ id: "s1", scores: { a: 8, b: 8 }, members: [{ name: "KAIST", kind: "academia" }] }),
      "consortia/s2.yaml": consortiumYaml({ id: "s2", scores: { a: 8, b: 8 }, members: [{ name: "KAIST", kind: "academia" }] }),
      "consortia/u1.yaml": consortiumYaml({ id: "u1", kind: "academia", scores: { a: 2, b: 2 } }),
      "consortia/z1.yaml": consortiumYaml({ id: "z1", scores: { a: 1, b: 0 } }),
    });
    const score = JSON.parse((await cli(["score", "-f", "json"], { cwd })).stdout) as {
      results: { id: string; rank: number; total: number; selected: boolean }[];
    };
    const out = await simulate(cwd, ["--fixed-weights", "--runs", "50"]);
    for (const s of score.results) {
      const r = out.byId[s.id]!;
      expect(r.p_selected, s.id).toBe(s.selected ? 1 : 0);
      expect(r.mean_rank, s.id).toBe(s.rank);
      expect(r.rank_probabilities[s.rank - 1]).toBe(1);
      expect([r.total_p05, r.total_p50, r.total_p95]).toEqual([s.total, s.total, s.total]);
    }
    expect(out.most_likely_set.ids).toEqual(
      score.results
        .filter((s) => s.selected)
        .map((s) => s.id)
        .sort(),
    );
    expect(out.most_likely_set.frequency).toBe(1);
    // The hand-worked answer: t1 (75+), s1 over s2 by id after the tie on b, the academia place for u1; t2 blocked by the telco max.
    expect(out.most_likely_set.ids).toEqual(["s1", "t1", "u1"]);
  });
});

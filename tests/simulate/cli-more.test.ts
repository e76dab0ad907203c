/** `simulate`: hand-computed probabilities for each way of drawing scores and weights, and the output. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, ROOT, rubricYaml } from "../helpers/run.js";

const json = async (cwd: string, args: string[]) => {
  const r = await cli(["simulate", "-f", "json", ...args], { cwd });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  return { ...out, byId: Object.fromEntries(out.results.map((x: { id: string }) => [x.id, x])) };
};
const within = (observed: number, expected: number, sd: number) => expect(Math.abs(observed - expected)).toBeLessThanOrEqual(4.5 * sd);
const pSd = (p: number, runs: number) => Math.sqrt((p * (1 - p)) / runs);

/** One criterion: A is triangular on [0, 10] with mode 10, B is fixed at 5. One place. */
const oneCriterion = () =>
  fixture({
    "criteria/default.yaml": rubricYaml({ criteria: [{ id: "a", weight: 1 }], selection: "  teams: 1" }),
    "consortia/a.yaml": consortiumYaml({ id: "a", scores: { a: [0, 10, 10] } }),
    "consortia/b.yaml": consortiumYaml({ id: "b", scores: { a: 5 } }),
  });

/** Two criteria weighted 3:1; A is best on the first only, B on the second only (fixed scores). */
const tradeOff = (extra = "") =>
  fixture({
    "criteria/default.yaml": rubricYaml({
      criteria: [
        { id: "x", weight: 3 },
        { id: "y", weight: 1 },
      ],
      selection: "  teams: 1",
      extra,
    }),
    "consortia/a.yaml": consortiumYaml({ id: "a", scores: { x: 10, y: 0 } }),
    "consortia/b.yaml": consortiumYaml({ id: "b", scores: { x: 0, y: 10 } }),
  });

describe("simulate: scores", () => {
  const runs = 20_000;
  it("triangular: P(A > 5) = 1 − F(5) = 0.75; totals' percentiles are 100·√q", async () => {
    const out = await json(oneCriterion(), ["--runs", String(runs), "--fixed-weights"]);
    within(out.byId.a.p_selected, 0.75, pSd(0.75, runs));
    expect(out.byId.a.p_selected + out.byId.b.p_selected).toBe(1);
    expect(out.byId.a.p_selected_margin).toBeCloseTo(1.96 * pSd(out.byId.a.p_selected, runs), 12);
    // Total = 10 × score; F(t) = (t/100)², so the q-quantile is 100·√q (density at it: 2t/100²).
    for (const [key, q] of [
      ["total_p05", 0.05],
      ["total_p50", 0.5],
      ["total_p95", 0.95],
    ] as const) {
      const t = 100 * Math.sqrt(q);
      within(out.byId.a[key], t, pSd(q, runs) / ((2 * t) / 1e4) + 0.005);
    }
    expect([out.byId.b.total_p05, out.byId.b.total_p50, out.byId.b.total_p95]).toEqual([50, 50, 50]);
    // Ranks: A first exactly when picked.
    expect(out.byId.a.rank_probabilities[0]).toBe(out.byId.a.p_selected);
    expect(out.byId.a.mean_rank).toBeCloseTo(2 - out.byId.a.p_selected, 12);
  });

  it("--distribution uniform: P(A > 5) = 0.5", async () => {
    const out = await json(oneCriterion(), ["--runs", String(runs), "--distribution", "uniform"]);
    within(out.byId.a.p_selected, 0.5, pSd(0.5, runs));
  });
});

describe("simulate: weights", () => {
  const runs = 20_000;
  it("Dirichlet with K = 4: w_x ~ Beta(3, 1), so P(A) = P(w_x > ½) = 7/8, and the central weights are the conditional means", async () => {
    const out = await json(tradeOff(), ["--runs", String(runs), "--weight-concentration", "4"]);
    within(out.byId.a.p_selected, 0.875, pSd(0.875, runs));
    // E[w | w > ½] = ∫ 3w³ / P = (3/4)(1 − 1/16) / (7/8) = 0.8036; E[w | w < ½] = (3/4)(1/16) / (1/8) = 0.375.
    within(out.byId.a.central_weights.x, 0.80357, 0.003);
    within(out.byId.b.central_weights.x, 0.375, 0.01);
    expect(out.byId.a.central_weights.x + out.byId.a.central_weights.y).toBeCloseTo(1, 6);
    // One place: ranking first is being picked, so SMAA-2's central weights are the picked weights,
    // and with fixed scores a team ranks first at its central weights for sure (confidence 1).
    expect(out.byId.a.picked_weights).toEqual(out.byId.a.central_weights);
    expect(out.byId.a.p_first).toBe(out.byId.a.p_selected);
    expect([out.byId.a.confidence, out.byId.b.confidence]).toEqual([1, 1]);
    expect(out.most_likely_set.ids).toEqual(["a"]);
    expect(out.most_likely_set.frequency).toBe(out.byId.a.p_selected);
  });

  it("the rubric's simulation.weight_concentration is the default, and --weight-concentration overrides it", async () => {
    const fromRubric = await json(tradeOff("simulation:\n  weight_concentration: 4\n"), ["--runs", "5000"]);
    const fromOption = await json(tradeOff(), ["--runs", "5000", "-k", "4"]);
    expect(fromRubric.results).toEqual(fromOption.results);
    const overridden = await json(tradeOff("simulation:\n  weight_concentration: 4\n"), ["--runs", "5000", "-k", "1000000"]);
    expect(overridden.byId.a.p_selected).toBe(1);
  });

  it("without either, the concentration is 30: w_x ~ Beta(22.5, 7.5)", async () => {
    const dflt = await json(tradeOff(), ["--runs", "5000"]);
    const k30 = await json(tradeOff(), ["--runs", "5000", "-k", "30"]);
    expect(dflt.results).toEqual(k30.results);
    // P(Beta(22.5, 7.5) < ½) is about 0.0016: A is nearly always picked.
    expect(dflt.byId.a.p_selected).toBeGreaterThan(0.99);
  });

  it("--uniform-weights: w_x uniform on [0, 1], so P(A) = ½; --fixed-weights: A always", async () => {
    const u = await json(tradeOff(), ["--runs", String(runs), "--uniform-weights"]);
    within(u.byId.a.p_selected, 0.5, pSd(0.5, runs));
    within(u.byId.a.central_weights.x, 0.75, 0.01);
    const f = await json(tradeOff(), ["--runs", "100", "--fixed-weights"]);
    expect(f.byId.a.p_selected).toBe(1);
    expect(f.byId.a.central_weights).toEqual({ x: 0.75, y: 0.25 });
    expect(f.byId.b.central_weights).toBeNull();
  });
});

describe("simulate: rules and output", () => {
  it("counts the runs that leave a minimum quota unmet", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [{ id: "a", weight: 1 }],
        selection: "  teams: 1\n  gates:\n    - { criterion: a, min: 5 }\n  quotas:\n    - { name: academia, kinds: [academia], min: 1 }",
      }),
      // The academic team passes the gate in half the runs (uniform on [0, 10]); otherwise the quota is unmet.
      "consortia/uni.yaml": consortiumYaml({ id: "uni", kind: "academia", scores: { a: [0, 5, 10] } }),
      "consortia/biz.yaml": consortiumYaml({ id: "biz", scores: { a: 9 } }),
    });
    const runs = 10_000;
    const out = await json(cwd, ["--runs", String(runs), "--distribution", "uniform"]);
    within(out.unmet_runs / runs, 0.5, pSd(0.5, runs));
    // When the academic team is eligible the quota picks it; otherwise biz is picked and the quota is unmet.
    expect(out.byId.uni.p_selected * runs).toBeCloseTo(runs - out.unmet_runs, 6);
    expect(out.byId.biz.p_selected * runs).toBeCloseTo(out.unmet_runs, 6);
  });

  it("same seed: byte-identical output in every format; another seed: another result", async () => {
    const cwd = oneCriterion();
    for (const f of ["table", "csv", "json", "markdown"]) {
      const a = await cli(["simulate", "-f", f, "--runs", "3000", "--seed", "5"], { cwd });
      const b = await cli(["simulate", "-f", f, "--runs", "3000", "--seed", "5"], { cwd });
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(50);
      expect(b.stdout, f).toBe(a.stdout);
    }
    const s5 = await cli(["simulate", "-f", "json", "--runs", "3000", "--seed", "5"], { cwd });
    const s6 = await cli(["simulate", "-f", "json", "--runs", "3000", "--seed", "6"], { cwd });
    expect(JSON.parse(s6.stdout).seed).toBe(6);
    expect(s6.stdout).not.toBe(s5.stdout);
  });

  it("writes the contract's JSON keys, one CSV row per consortium, and a table sorted by p_selected", async () => {
    const cwd = oneCriterion();
    const j = JSON.parse((await cli(["simulate", "-f", "json", "--runs", "500"], { cwd })).stdout);
    expect(Object.keys(j)).toEqual([
      "version",
      "rubric",
      "scores_distribution",
      "weight_concentration",
      "runs",
      "seed",
      "meaning",
      "results",
      "likely_sets",
      "most_likely_set",
      "unmet_runs",
    ]);
    expect(j.rubric).toEqual({ name: "Test rubric", file: "criteria/default.yaml", weights: { a: 1 } });
    expect([j.scores_distribution, j.weight_concentration]).toEqual(["triangular", 30]);
    expect(Object.keys(j.results[0])).toEqual([
      "place",
      "id",
      "name",
      "name_ko",
      "p_selected",
      "p_selected_margin",
      "mean_rank",
      "rank_probabilities",
      "total_p05",
      "total_p50",
      "total_p95",
      "picked_weights",
      "p_first",
      "central_weights",
      "confidence",
    ]);
    expect(j.runs).toBe(500);
    expect(j.seed).toBe(2025);
    const csv = (await cli(["simulate", "-f", "csv", "--runs", "500"], { cwd })).stdout.trimEnd().split("\n");
    expect(csv[0]).toBe(
      "place,id,name,name_ko,kind,p_selected,p_selected_margin,mean_rank,total_p05,total_p50,total_p95,p_rank_1,p_rank_2,picked_weight_a,p_first,central_weight_a,confidence",
    );
    expect(csv).toHaveLength(3);
    expect(csv[1]!.startsWith("1,a,Team a,,startup,")).toBe(true);
    const table = (await cli(["simulate", "--runs", "500"], { cwd })).stdout;
    expect(table.indexOf("│ a ")).toBeLessThan(table.indexOf("│ b "));
    expect(table).toMatch(/the 2 most likely sets \(share of runs\):\n +\d+\.\d % {2}a\n +\d+\.\d % {2}b\n/);
    expect(table).toContain("not a forecast of the real decision");
    const md = (await cli(["simulate", "-f", "markdown", "--runs", "500"], { cwd })).stdout;
    expect(md).toContain("| place | id | name | kind | P(picked) |");
    expect(md).toContain("| share of runs | picked set |");
  });

  it("rejects bad options with exit 2 and nothing on stdout", async () => {
    const cwd = oneCriterion();
    for (const args of [
      ["--runs", "0"],
      ["--runs", "2.5"],
      ["--runs", "100000001"],
      ["--seed", "-1"],
      ["--seed", "x"],
      ["-k", "0"],
      ["-k", "abc"],
      ["--distribution", "normal"],
      ["--uniform-weights", "--fixed-weights"],
      ["--fixed-weights", "-k", "3"],
      ["--threads", "0"],
    ]) {
      const r = await cli(["simulate", ...args], { cwd });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it("prints nothing on stderr when stderr is a terminal but the run is short", async () => {
    const r = await cli(["simulate", "--runs", "200"], { cwd: oneCriterion(), stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("the built command gives the same bytes with 1 and 2 threads (worker threads)", () => {
    const bin = join(ROOT, "bin", "sovereign-ai.js");
    expect(existsSync(join(ROOT, "dist", "simulate-worker.js")), "run npm run build first").toBe(true);
    const run = (threads: string) =>
      spawnSync(process.execPath, [bin, "simulate", "-f", "json", "--runs", "9000", "--seed", "3", "--threads", threads], {
        cwd: ROOT,
        encoding: "utf8",
      });
    const one = run("1");
    const two = run("2");
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stderr).toBe("");
    expect(two.stdout).toBe(one.stdout);
  });
});

/**
 * Simulating a large field (issue #13: 10,000 teams ran out of memory counting every rank of every
 * team, n² counters, and JSON hit V8's longest string). Ranks 1 to RANK_ROWS are counted unless
 * --full; mean ranks stay exact; the output grows with the field, not with its square.
 */
import { describe, expect, it } from "vitest";
import { simulateContest } from "../../src/simulate/run.js";
import { buildContest } from "../../src/model/contest.js";
import { newAcc } from "../../src/simulate/accumulate.js";
import { BIN_WIDTH, buildPlan, MAX_HIST_COUNTERS, RANK_ROWS, type SimulateOptions } from "../../src/simulate/plan.js";
import { cli, tempDir } from "../helpers/run.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const rubric = (teams: number) => ({
  name: "large",
  criteria: [
    { id: "a", label: "a", weight: 2, scale: { min: 0, max: 10 } },
    { id: "b", label: "b", weight: 1, scale: { min: 0, max: 10 } },
  ],
  selection: { teams },
});

const field = (n: number) =>
  buildContest(
    rubric(3),
    Array.from({ length: n }, (_, i) => ({
      id: `t${String(i).padStart(4, "0")}`,
      name: `Team ${i}`,
      lead: { name: `Lead ${i}`, kind: "startup" },
      scores: {
        a: { value: (i * 7) % 11, range: [Math.max(0, ((i * 7) % 11) - 2), Math.min(10, ((i * 7) % 11) + 2)] as [number, number] },
        b: { value: (i * 3) % 10 },
      },
    })),
  );

const opts: SimulateOptions = {
  runs: 40,
  seed: 7,
  distribution: "triangular",
  weights: { kind: "dirichlet", concentration: 50 },
  chunkRuns: 20,
};

describe("simulate on a large field", () => {
  it(`counts ranks 1 to ${RANK_ROWS} for each team: counters grow with the field, not its square`, () => {
    const counters = (n: number) => newAcc(buildPlan(field(n), opts)).rankCount.length;
    expect(counters(40)).toBe(40 * 40); // a field no larger than RANK_ROWS: every rank
    expect(counters(200)).toBe(RANK_ROWS * 200);
    expect(counters(800)).toBe(RANK_ROWS * 800); // four times the teams, four times the counters
    expect(newAcc(buildPlan(field(200), { ...opts, full: true })).rankCount.length).toBe(200 * 200);
  });

  it("keeps the totals' histograms within a fixed number of counters: wider bins for a large field only", () => {
    const plan = (n: number) => buildPlan(field(n), opts);
    // Totals over 0..100 (no bonus): 10,001 bins of 0.01 points while they fit.
    expect(plan(100).binWidth).toBe(BIN_WIDTH);
    expect(plan(100).bins).toBe(10_001);
    for (const n of [2500, 10_000]) {
      const p = plan(n);
      expect(p.n * p.bins).toBeLessThanOrEqual(MAX_HIST_COUNTERS + p.n);
      expect(p.binWidth).toBeGreaterThan(BIN_WIDTH);
    }
  });

  it("gives the same answers as --full, with the rank probabilities cut after rank 50", async () => {
    const c = field(120);
    const capped = await simulateContest(c, opts);
    const full = await simulateContest(c, { ...opts, full: true });
    expect(capped.results.map((r) => r.id)).toEqual(full.results.map((r) => r.id));
    capped.results.forEach((r, k) => {
      const f = full.results[k]!;
      expect(r.rank_probabilities).toEqual(f.rank_probabilities.slice(0, RANK_ROWS));
      expect(f.rank_probabilities).toHaveLength(120);
      expect(r.mean_rank).toBe(f.mean_rank);
      expect(r.p_selected).toBe(f.p_selected);
      expect(r.confidence).toBe(f.confidence);
    });
    // The mean rank from the sums equals the mean over every rank's probability.
    for (const f of full.results)
      expect(f.mean_rank).toBeCloseTo(
        f.rank_probabilities.reduce((s, p, r) => s + p * (r + 1), 0),
        9,
      );
  });

  it("CSV has a column per counted rank, every rank with --full", async () => {
    const dir = tempDir("sovereign-ai-large-");
    mkdirSync(join(dir, "criteria"));
    mkdirSync(join(dir, "consortia"));
    writeFileSync(
      join(dir, "criteria/default.yaml"),
      "name: large\ncriteria:\n  - { id: a, label: a, weight: 1, scale: { min: 0, max: 10 } }\nselection:\n  teams: 2\n",
    );
    for (let i = 0; i < 60; i++)
      writeFileSync(
        join(dir, "consortia", `t${String(i).padStart(2, "0")}.yaml`),
        `id: t${String(i).padStart(2, "0")}\nname: T${i}\nlead: { name: L, kind: startup }\nscores:\n  a: { value: ${i % 10}, range: [0, 10] }\n`,
      );
    const csv = await cli(["simulate", "--runs", "50", "-f", "csv"], { cwd: dir });
    expect(csv.code).toBe(0);
    const head = csv.stdout.split("\n")[0]!.split(",");
    expect(head.filter((h) => h.startsWith("p_rank_"))).toHaveLength(RANK_ROWS);
    const full = await cli(["simulate", "--runs", "50", "-f", "csv", "--full"], { cwd: dir });
    expect(
      full.stdout
        .split("\n")[0]!
        .split(",")
        .filter((h) => h.startsWith("p_rank_")),
    ).toHaveLength(60);
  });
});

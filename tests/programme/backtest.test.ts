import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "../helpers/run.js";

/** A small programme in a temporary folder: one stage, the given consortia (id: [x, y]) and rubric. */
function fixture(teams: Record<string, [number, number]>, stage: string): string {
  const dir = tempDir("backtest-");
  for (const d of ["programme", "sources", "consortia", "criteria"]) mkdirSync(join(dir, d));
  writeFileSync(
    join(dir, "criteria", "default.yaml"),
    `name: Two criteria
criteria:
  - { id: x, label: X, weight: 50, scale: { min: 0, max: 10 } }
  - { id: y, label: Y, weight: 50, scale: { min: 0, max: 10 } }
selection: { teams: 1 }
`,
  );
  writeFileSync(
    join(dir, "sources", "news-2026-01-01.yaml"),
    `id: news-2026-01-01
title: A result
publisher: News
published: 2026-01-01
url: https://example.org/a
language: en
excerpts:
  - { key: result, excerpt: "The result." }
`,
  );
  for (const [id, [x, y]] of Object.entries(teams)) {
    writeFileSync(
      join(dir, "consortia", `${id}.yaml`),
      `id: ${id}\nname: Team ${id}\nlead: { name: ${id.toUpperCase()}, kind: company, source: "news-2026-01-01 #result" }\nscores:\n  x: { value: ${x} }\n  y: { value: ${y} }\n`,
    );
  }
  writeFileSync(join(dir, "programme", "01-stage.yaml"), stage);
  return dir;
}

const stage = (entrants: string[], advanced: string[], extra = "") => `id: cut
title: The cut
date: 2026-01-01
kind: evaluation
entrants: [${entrants.join(", ")}]
rules: { planned: 1, source: "news-2026-01-01 #result" }
results:
${entrants.map((id) => `  - { id: ${id}, outcome: ${advanced.includes(id) ? "advanced" : "eliminated"}, reason: r, source: "news-2026-01-01 #result"${extra && id !== "c" ? `, points_rank: ${id === "a" ? 1 : 2}` : ""} }`).join("\n")}
sources: ["news-2026-01-01 #result"]
`;

async function run(dir: string, ...args: string[]) {
  return cli(["backtest", "--stage", "cut", "-f", "json", ...args], { cwd: dir, packageRoot: ROOT });
}

describe("backtest against hand-computed examples", () => {
  it("an upset: a dominates, b advanced — every figure by hand", async () => {
    // a (10, 10) beats b (5, 5) and c (0, 0) under every weighting: P(a) = 1, P(b) = P(c) = 0.
    const dir = fixture({ a: [10, 10], b: [5, 5], c: [0, 0] }, stage(["a", "b", "c"], ["b"], "ranks"));
    const r = await run(dir, "--runs", "2000", "--samples", "2000");
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.predicted).toEqual(["a"]);
    expect(j.actual).toEqual(["b"]);
    expect([j.hits, j.precision, j.recall]).toEqual([0, 0, 0]);
    expect(j.probabilities).toEqual({ a: 1, b: 0, c: 0 });
    // Brier: ((1 − 0)² + (0 − 1)² + 0²) / 3 = 2/3.
    expect(j.brier).toBeCloseTo(2 / 3, 9);
    // Log loss, clipped: (−ln 0.001 − ln 0.001 − ln 0.999) / 3 = (6.9077553 × 2 + 0.0010005) / 3 = 4.6055037.
    expect(j.log_loss).toBeCloseTo(4.6055037, 6);
    // Baseline 1/3 each: Brier ((1/3)² + (2/3)² + (1/3)²) / 3 = 6/27; log loss −(2 ln(2/3) + ln(1/3)) / 3 = 0.6365142.
    expect(j.baseline.brier).toBeCloseTo(6 / 27, 9);
    expect(j.baseline.log_loss).toBeCloseTo(0.6365142, 6);
    // No weighting puts b above a.
    expect(j.inverse).toEqual({ share: 0, mean_weights: null, samples: 2000 });
    // Published places a 1, b 2 against model totals a 10, b 5: same order, ρ = τ-b = 1.
    expect(j.published.spearman).toBeCloseTo(1, 9);
    expect(j.published.kendall_tau_b).toBeCloseTo(1, 9);
  });

  it("the inverse question: a (10, 0) against b (0, 10), b advanced — half the simplex, mean weights 1/4 and 3/4", async () => {
    // Uniform on the simplex, w_x ~ U(0, 1); b wins when w_y > w_x, i.e. w_x < 1/2: share 1/2, E[w_x | w_x < 1/2] = 1/4.
    const dir = fixture({ a: [10, 0], b: [0, 10] }, stage(["a", "b"], ["b"]));
    const j = JSON.parse((await run(dir, "--runs", "2000", "--samples", "20000")).stdout);
    expect(j.inverse.share).toBeGreaterThan(0.48);
    expect(j.inverse.share).toBeLessThan(0.52);
    expect(j.inverse.mean_weights.x).toBeCloseTo(0.25, 1);
    expect(j.inverse.mean_weights.y).toBeCloseTo(0.75, 1);
    // The same seed gives the same bytes.
    expect((await run(dir, "--runs", "2000", "--samples", "20000")).stdout).toBe(`${JSON.stringify(j, null, 2)}\n`);
  });
});

describe("backtest --method", () => {
  it("a (10, 0) and b (4, 4), b advanced: the weighted sum picks a, the weighted product b — by hand", async () => {
    // Rubric weights 1/2 each, unit scores v/10. Sum: a 50, b 40 → a. Product: a 100 · 1^0.5 · 0^0.5 = 0, b 100 · 0.4 = 40 → b,
    // and so under every sampled weighting (w_y > 0): P(b) = 1, P(a) = 0.
    const dir = fixture({ a: [10, 0], b: [4, 4] }, stage(["a", "b"], ["b"]));
    const sum = JSON.parse((await run(dir, "--runs", "500", "--samples", "500")).stdout);
    expect([sum.predicted, sum.rubric.method, sum.settings.method]).toEqual([["a"], "weighted-sum", undefined]);
    expect(sum.notes.join("\n")).not.toMatch(/--method/);
    const r = await run(dir, "--runs", "500", "--samples", "500", "--method", "weighted-product");
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect([j.predicted, j.hits, j.rubric.method, j.settings.method]).toEqual([["b"], 1, "weighted-product", "weighted-product"]);
    expect(j.probabilities).toEqual({ a: 0, b: 1 });
    expect(j.notes).toContain("Totals by the method asked for (--method weighted-product), not the rubric's own.");
  });
});

describe("the inverse question on points, where a gate decided", () => {
  it("a (10, 0) first on points but out by a gate, b (0, 10) advanced: the points set {a} holds where w_x > 1/2", async () => {
    const gated = `id: cut
title: The cut
date: 2026-01-01
kind: evaluation
entrants: [a, b]
rules:
  planned: 1
  gates: [{ name: independence, description: out whatever its points, source: "news-2026-01-01 #result" }]
  source: "news-2026-01-01 #result"
results:
  - { id: a, outcome: eliminated, reason: gate, points_rank: 1, source: "news-2026-01-01 #result" }
  - { id: b, outcome: advanced, reason: r, points_rank: 2, source: "news-2026-01-01 #result" }
sources: ["news-2026-01-01 #result"]
`;
    const j = JSON.parse((await run(fixture({ a: [10, 0], b: [0, 10] }, gated), "--runs", "500", "--samples", "20000")).stdout);
    // Uniform w_x on [0, 1]: a tops when w_x > 1/2 (share 1/2), E[w_x | w_x > 1/2] = 3/4.
    expect(j.inverse_points.set).toEqual(["a"]);
    expect(j.inverse_points.share).toBeGreaterThan(0.48);
    expect(j.inverse_points.share).toBeLessThan(0.52);
    expect(j.inverse_points.mean_weights.x).toBeCloseTo(0.75, 1);
    // The two regions split the simplex between them.
    expect(j.inverse.share + j.inverse_points.share).toBeCloseTo(1, 9);
  });

  it("no points question where no gate was applied", async () => {
    const j = JSON.parse(
      (
        await run(
          fixture({ a: [10, 10], b: [5, 5], c: [0, 0] }, stage(["a", "b", "c"], ["b"], "ranks")),
          "--runs",
          "500",
          "--samples",
          "500",
        )
      ).stdout,
    );
    expect(j.inverse_points).toBeNull();
  });
});

describe("leaked data", () => {
  it("refuses a consortium file dated after the stage, naming the file, the field and the dates (exit 1)", async () => {
    const dir = tempDir("leak-");
    for (const d of ["programme", "sources", "consortia", "criteria"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    const f = join(dir, "consortia", "lg.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace("as_of: 2025-08-04", "as_of: 2026-01-15"));
    const r = await cli(["backtest", "--stage", "selection-2025-08-04"], { cwd: dir, packageRoot: ROOT });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /consortia\/lg\.yaml:\d+:\d+: as_of: the file holds data as of 2026-01-15, after stage selection-2025-08-04 \(2025-08-04\)/,
    );
  });

  it("without as_of, dates a file by the latest source it cites", async () => {
    const dir = tempDir("leak-");
    for (const d of ["programme", "sources", "consortia", "criteria"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    const f = join(dir, "programme", "consortia", "trillion-labs.yaml");
    // The recruitment stage is 2026-02-20; a citation of a source of 2026-02-20 is fine, so the stage runs.
    expect(
      (
        await cli(["backtest", "--stage", "recruitment-2026-02-20", "-f", "json", "--runs", "500", "--samples", "500"], {
          cwd: dir,
          packageRoot: ROOT,
        })
      ).code,
    ).toBe(0);
    writeFileSync(
      f,
      readFileSync(f, "utf8").replace(
        `lead: { name: Trillion Labs, kind: company, source: "zdnet-2026-02-12 #who" }`,
        `lead: { name: Trillion Labs, kind: company, source: "zdnet-2026-02-12 #who; hankyung-2026-02-20 #trillion-accepts" }`,
      ),
    );
    const ok = await cli(["backtest", "--stage", "recruitment-2026-02-20", "-f", "json", "--runs", "500", "--samples", "500"], {
      cwd: dir,
      packageRoot: ROOT,
    });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).data.find((d: { id: string }) => d.id === "trillion-labs").date).toBe("2026-02-20");
  });

  it("a stage that is not done, or unknown, is a usage error (exit 2)", async () => {
    expect((await cli(["backtest", "--stage", "evaluation-2026-08"])).code).toBe(2);
    const r = await cli(["backtest", "--stage", "evaluation-2026-01-1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean "evaluation-2026-01-15"/);
  });
});

describe("the bundled stages", () => {
  it("backtests the August 2025 selection and the January 2026 evaluation with every figure of the contract", async () => {
    for (const id of ["selection-2025-08-04", "evaluation-2026-01-15"]) {
      const r = await cli(["backtest", "--stage", id, "-f", "json", "--runs", "2000", "--samples", "2000"]);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      for (const k of [
        "stage",
        "predicted",
        "actual",
        "hits",
        "precision",
        "recall",
        "brier",
        "log_loss",
        "baseline",
        "probabilities",
        "inverse",
      ])
        expect(j).toHaveProperty(k);
      expect(j.actual).toEqual(id.startsWith("selection") ? ["lg", "naver", "nc-ai", "skt", "upstage"] : ["lg", "skt", "upstage"]);
    }
  });
});

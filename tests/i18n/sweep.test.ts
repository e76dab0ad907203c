/**
 * What reading every command in Korean turned up, kept fixed: words that were English inside Korean
 * lines (a min criterion's "(lower is better)", "method:"), names shown as the Korean reader knows
 * them (the report's ranking), and sentences that were word-for-word (the backtest's baseline).
 */
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture } from "../helpers/run.js";

describe("the Korean sweep", () => {
  it("score: a criterion where lower is better, and a method other than the weighted sum, in Korean", async () => {
    const rubric =
      "name: Test rubric\ncriteria:\n" +
      "  - { id: cost, label: cost, weight: 1, scale: { min: 0, max: 10 }, direction: min }\n" +
      "  - { id: skill, label: skill, weight: 1, scale: { min: 0, max: 10 } }\n" +
      "selection:\n  teams: 1\n";
    const dir = fixture({
      "criteria/default.yaml": rubric,
      "consortia/a.yaml": consortiumYaml({ id: "a", scores: { cost: 2, skill: 6 } }),
      "consortia/b.yaml": consortiumYaml({ id: "b", scores: { cost: 5, skill: 7 } }),
    });
    const k = await cli(["score", "--method", "topsis", "--lang", "ko"], { cwd: dir });
    expect(k.code).toBe(0);
    expect(k.stdout).toContain("가중치: cost 50.0 % (낮을수록 좋음) · skill 50.0 % · 집계 방식: topsis");
    const e = await cli(["score", "--method", "topsis"], { cwd: dir });
    expect(e.stdout).toContain("weights: cost 50.0 % (lower is better) · skill 50.0 % · method: topsis");
  });

  it("report: the ranking names each team by its Korean name alone in Korean, by both in English", async () => {
    const [k, e] = await Promise.all([
      cli(["report", "-f", "markdown", "--no-simulation", "--date", "2025-08-04", "--lang", "ko"]),
      cli(["report", "-f", "markdown", "--no-simulation", "--date", "2025-08-04"]),
    ]);
    expect(k.stdout).toContain("| 1 | skt | SKT 컨소시엄 | 80.50 | ✔ |");
    expect(e.stdout).toContain("| 1 | skt | SK Telecom consortium (SKT 컨소시엄) | 80.50 | ✔ |");
  });

  it("backtest: the baseline and the inverse question without a particle glued to a number", async () => {
    const k = await cli(["backtest", "--stage", "selection-2025-08-04", "--runs", "200", "--samples", "500", "--lang", "ko"]);
    expect(k.code).toBe(0);
    // 5 of the 10 entrants advanced: the baseline gives each 5/10, whose Brier score is 0.5² = 0.25.
    expect(k.stdout).toMatch(/\(기준선 0\.2500: 모든 참가 팀에 같은 확률 5\/10\)/);
    expect(k.stdout).toContain("가능한 모든 가중치 조합에서 고르게 뽑은 500개 (시드 2025) 중");
  });
});

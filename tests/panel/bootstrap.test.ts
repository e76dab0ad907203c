/** `simulate --scores bootstrap`: reviewers resampled per team in each run; deterministic for a seed. */
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const data = (panel: string, sheet: string) =>
  fixture({
    "rubric.yaml": rubricYaml({ criteria: [{ id: "skill", weight: 1 }], selection: "  teams: 1", extra: panel }),
    "consortia/a.yaml": consortiumYaml({ id: "a", scores: { skill: 5 } }),
    "consortia/b.yaml": consortiumYaml({ id: "b", scores: { skill: 5 }, members: [{ name: "KAIST", kind: "academia" }] }),
    "consortia/c.yaml": consortiumYaml({ id: "c", scores: { skill: 5 } }),
    "panel.csv": sheet,
  });
const sim = [
  "simulate",
  "-r",
  "rubric.yaml",
  "-c",
  "consortia",
  "--reviews",
  "panel.csv",
  "--scores",
  "bootstrap",
  "--fixed-weights",
  "-f",
  "json",
];
const pOf = (j: { results: { id: string; p_selected: number }[] }, id: string) => j.results.find((x) => x.id === id)!.p_selected;

describe("simulate --scores bootstrap", () => {
  it("two reviewers, a scored 10 and 0, b 5 and 5: a's resampled mean is 10, 5, 5 or 0, each pair 1/4; a wins or ties (and ties go to a, the first id) 3/4 of runs", async () => {
    const dir = data("", "reviewer,team,skill\nr1,a,10\nr1,b,5\nr1,c,0\nr2,a,0\nr2,b,5\nr2,c,0\n");
    const r = await cli([...sim, "-n", "20000"], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Math.abs(pOf(j, "a") - 0.75)).toBeLessThan(0.015);
    expect(Math.abs(pOf(j, "b") - 0.25)).toBeLessThan(0.015);
    expect(pOf(j, "c")).toBe(0);
  });

  it("resamples only the reviewers not recused: with r1 recused from b, b's score is always r2's", async () => {
    // b: r1 (tied to KAIST) would give 10; r2 gives 4 → b never beats a (5, 5)
    const dir = data(
      "panel: { recusal: affiliation }\n",
      "reviewer,team,skill,affiliations\nr1,a,5,KAIST\nr1,b,10,KAIST\nr1,c,0,KAIST\nr2,a,5,\nr2,b,4,\nr2,c,0,\n",
    );
    const j = JSON.parse((await cli([...sim, "-n", "2000"], { cwd: dir })).stdout);
    expect(pOf(j, "a")).toBe(1);
    expect(pOf(j, "b")).toBe(0);
  });

  it("the same seed gives the same bytes, whatever the threads; another seed differs", async () => {
    const dir = data(
      "panel: { aggregate: olympic }\n",
      "reviewer,team,skill\n" +
        ["a", "b", "c"].flatMap((t, i) => [1, 2, 3, 4, 5].map((r) => `r${r},${t},${(r * 3 + i * 5) % 11}`)).join("\n") +
        "\n",
    );
    const one = await cli([...sim, "-n", "6000", "--threads", "1"], { cwd: dir });
    const two = await cli([...sim, "-n", "6000", "--threads", "2"], { cwd: dir });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect((await cli([...sim, "-n", "6000", "-s", "7"], { cwd: dir })).stdout).not.toBe(one.stdout);
    expect((await cli([...sim.filter((a) => a !== "json" && a !== "-f"), "-n", "100"], { cwd: dir })).stdout).toContain(
      "scores: bootstrap of the review panel (olympic)",
    );
  });

  it("without reviews it is a usage error", async () => {
    const r = await cli(["simulate", "--scores", "bootstrap", "-n", "10"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--scores bootstrap resamples a review panel");
  });
});

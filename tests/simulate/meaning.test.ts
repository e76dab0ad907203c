/**
 * What the simulation means: the plain line, shared places within the margin, the most likely sets,
 * self-describing JSON, and SMAA-2's central weights and confidence factors, checked against values
 * derived by hand.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { weightSpread } from "../../src/commands/simulate.js";
import { sharedPlaces, type TeamResult } from "../../src/simulate/summary.js";
import { cli, consortiumYaml, fixture, ROOT, rubricYaml } from "../helpers/run.js";

const within = (observed: number, expected: number, tol: number) => expect(Math.abs(observed - expected)).toBeLessThanOrEqual(tol);

describe("the plain line", () => {
  it("gives the weights' spread: √(w(1 − w)/(K + 1)) per criterion, in points", () => {
    // K = 30, w = .40/.35/.25: √(.24/31) = 8.8, √(.2275/31) = 8.6, √(.1875/31) = 7.8 points.
    expect(weightSpread([0.4, 0.35, 0.25], 30)).toBe("8–9");
    // K = 3, w = ½ ½: √(.25/4) = 25 points.
    expect(weightSpread([0.5, 0.5], 3)).toBe("25");
    // A criterion at 0 (or alone at 1) does not vary.
    expect(weightSpread([1, 0], 30)).toBe("0");
  });

  it("says what varies and that it is not a forecast, in every weight mode", async () => {
    const cwd = join(ROOT, "tests/fixtures/ties/equal");
    const d = (await cli(["simulate", "--runs", "500"], { cwd, columns: 300 })).stdout;
    // w = ½ ½, K = 30: √(.25/31) = 9.0 points.
    expect(d).toContain("the weights vary around the rubric's by about ±9 points (one standard deviation)");
    expect(d).toContain("not a forecast of the real decision");
    expect((await cli(["simulate", "--runs", "500", "--uniform-weights"], { cwd, columns: 300 })).stdout).toContain(
      "every possible balance of the criteria weighted above 0",
    );
    expect((await cli(["simulate", "--runs", "500", "--fixed-weights"], { cwd, columns: 300 })).stdout).toContain(
      "the weights stay the rubric's",
    );
  });
});

describe("shared places", () => {
  const r = (id: string, picked: number, runs = 10_000): TeamResult => {
    const p = picked / runs;
    return { id, picked, p_selected: p, p_selected_margin: 1.96 * Math.sqrt((p * (1 - p)) / runs) } as TeamResult;
  };
  it("teams closer than the 95 % margin share a place, ordered by id", () => {
    // 33.7 % and 33.6 % (margin ±0.93) share 1=; 20 % is 13 points below: its own place.
    const out = sharedPlaces([r("zeta", 3370), r("alpha", 3360), r("mid", 2000)]);
    expect(out.map((x) => [x.place, x.id])).toEqual([
      ["1=", "alpha"],
      ["1=", "zeta"],
      ["3", "mid"],
    ]);
  });

  it("in the CLI: equal probabilities share a place (tie fixture: kilo always beats lima and mike by id)", async () => {
    const j = JSON.parse(
      (await cli(["simulate", "-f", "json", "--runs", "1000"], { cwd: join(ROOT, "tests/fixtures/ties/equal") })).stdout,
    );
    expect(j.results.map((x: { place: string; id: string }) => `${x.place} ${x.id}`)).toEqual([
      "1= kilo",
      "1= top",
      "3= lima",
      "3= mike",
      "3= zulu",
    ]);
  });
});

describe("SMAA-2 and the most likely sets", () => {
  // a (10, 0), b (0, 10), c (6, 6); two places; weights uniform, so w = w_x is uniform on [0, 1].
  // Totals a 100w, b 100(1 − w), c 60. First: a when w > .6, b when w < .4, c between.
  // Picked: c always (a and b cannot both pass 60); a when w > ½, b when w < ½.
  const cwd = () =>
    fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [
          { id: "x", weight: 1 },
          { id: "y", weight: 1 },
        ],
        selection: "  teams: 2",
      }),
      "consortia/a.yaml": consortiumYaml({ id: "a", scores: { x: 10, y: 0 } }),
      "consortia/b.yaml": consortiumYaml({ id: "b", scores: { x: 0, y: 10 } }),
      "consortia/c.yaml": consortiumYaml({ id: "c", scores: { x: 6, y: 6 } }),
    });
  const runs = 20_000;

  it("central weights are the means over the runs where the team ranks first, not where it is picked", async () => {
    const j = JSON.parse((await cli(["simulate", "-f", "json", "--runs", String(runs), "--uniform-weights"], { cwd: cwd() })).stdout);
    const by = Object.fromEntries(j.results.map((x: { id: string }) => [x.id, x]));
    // P(first): a .4, b .4, c .2 (sd ≤ .0035); central w_x: a E[w | w > .6] = .8, b .2, c .5.
    within(by.a.p_first, 0.4, 0.016);
    within(by.c.p_first, 0.2, 0.013);
    within(by.a.central_weights.x, 0.8, 0.005);
    within(by.b.central_weights.x, 0.2, 0.005);
    within(by.c.central_weights.x, 0.5, 0.005);
    // Picked weights: a E[w | w > ½] = .75; c every run: .5.
    within(by.a.picked_weights.x, 0.75, 0.005);
    within(by.c.picked_weights.x, 0.5, 0.005);
    expect(by.c.p_selected).toBe(1);
    // Scores are fixed: at its central weights each team ranks first for sure.
    expect([by.a.confidence, by.b.confidence, by.c.confidence]).toEqual([1, 1, 1]);
    // Two sets, {a, c} (w > ½) and {b, c}, each about half the runs.
    expect(j.likely_sets).toHaveLength(2);
    expect(j.likely_sets.map((s: { ids: string[] }) => s.ids).sort()).toEqual([
      ["a", "c"],
      ["b", "c"],
    ]);
    within(j.likely_sets[0].share, 0.5, 0.02);
    expect(j.likely_sets[0].share + j.likely_sets[1].share).toBeCloseTo(1, 9);
  });

  it("confidence is below 1 when the scores are uncertain at the central weights", async () => {
    // One criterion; a triangular on [0, 10] with mode 10 beats b's fixed 5 with P = .75 at any weights.
    const dir = fixture({
      "criteria/default.yaml": rubricYaml({ criteria: [{ id: "s", weight: 1 }], selection: "  teams: 1" }),
      "consortia/a.yaml": consortiumYaml({ id: "a", scores: { s: [0, 10, 10] } }),
      "consortia/b.yaml": consortiumYaml({ id: "b", scores: { s: 5 } }),
    });
    const j = JSON.parse((await cli(["simulate", "-f", "json", "--runs", String(runs)], { cwd: dir })).stdout);
    const by = Object.fromEntries(j.results.map((x: { id: string }) => [x.id, x]));
    within(by.a.confidence, 0.75, 0.02);
    within(by.b.confidence, 0.25, 0.02);
  });
});

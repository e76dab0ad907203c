/** Bisection always ends, at any magnitude (issue #13: `while (hi - lo > 1e-10)` never ended past about 524,288). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bisect } from "../../src/analyse/bisect.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

describe("bisect", () => {
  it("finds a threshold of 1,000,000.3 (one ulp there is 1.2e-10) in a bounded number of steps", () => {
    const c = 1_000_000.3;
    const r = bisect((x) => x >= c, 0, 1e7);
    expect(r.at).toBeGreaterThanOrEqual(c);
    expect(r.at - c).toBeLessThanOrEqual(4 * Number.EPSILON * c);
    expect(r.steps).toBeLessThan(80);
  });

  it("any threshold from 0 to 1e300: ends within 2,200 steps, at the threshold to 1e-10 or a few ulps", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true }), fc.double({ min: 1, max: 1e8, noNaN: true }), (c, f) => {
        const hi = Math.min(Number.MAX_VALUE / 2, c * f + 1);
        const r = bisect((x) => x >= c, -1, hi);
        expect(r.steps).toBeLessThanOrEqual(2200);
        expect(r.at).toBeGreaterThanOrEqual(c);
        expect(r.at - c).toBeLessThanOrEqual(Math.max(1e-10, 8 * Number.EPSILON * Math.abs(r.at)));
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it("sensitivity under best-set ends when a team left out needs over a million points (a huge bonus)", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [{ id: "a", weight: 1 }],
        selection: "  teams: 1\n  strategy: best-set",
        bonus: "  - { label: huge, criterion: a, min: 10, points: 2000000 }",
      }),
      "consortia/p.yaml": consortiumYaml({ id: "p", scores: { a: 10 } }),
      "consortia/q.yaml": consortiumYaml({ id: "q", scores: { a: 5 } }),
    });
    const r = await cli(["sensitivity", "-f", "json"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // p: 100 + 2,000,000; q: 50. q needs the difference, 2,000,050, to the bisection's resolution.
    const needed = JSON.parse(r.stdout).needed.q;
    expect(Math.abs(needed - 2_000_050)).toBeLessThan(1e-6);
  });

  it("counts its halvings and stops at maxSteps (x ≥ 0.3 on [0, 1], no tolerance, 3 steps)", () => {
    // mid 0.5 holds → [0, 0.5]; 0.25 fails → [0.25, 0.5]; 0.375 holds → [0.25, 0.375]: stop.
    expect(bisect((x) => x >= 0.3, 0, 1, 0, 3)).toEqual({ at: 0.375, steps: 3 });
  });

  it("stops once the width is within the tolerance: 34 halvings of [0, 1] for 1e-10, 3 for 1/8", () => {
    // 2⁻³³ ≈ 1.16e-10 is above 1e-10, 2⁻³⁴ ≈ 5.8e-11 is not.
    const r = bisect((x) => x >= 0.3, 0, 1);
    expect(r.steps).toBe(34);
    expect(r.at - 0.3).toBeGreaterThanOrEqual(0);
    expect(r.at - 0.3).toBeLessThanOrEqual(2 ** -34);
    // Widths 1, 1/2, 1/4, 1/8: a width equal to the tolerance is within it.
    expect(bisect((x) => x >= 0.3, 0, 1, 1 / 8).steps).toBe(3);
  });

  it("stops at four ulps of the larger end: 49 halvings of [1, 2] when nothing below 2 holds", () => {
    // lo climbs towards 2, hi stays 2: 4 · ε · 2 = 2⁻⁴⁹, the width after 49 halvings (no tolerance).
    expect(bisect((x) => x >= 2, 1, 2, 0)).toEqual({ at: 2, steps: 49 });
  });

  it("stops where the midpoint rounds onto an end (subnormal numbers, where four ulps of the ends is 0)", () => {
    const min = Number.MIN_VALUE;
    // [0, 8·min]: 4·min, 2·min and min hold; then the middle of [0, min] rounds to 0, the lower end.
    expect(bisect((x) => x > 0, 0, 8 * min, 0)).toEqual({ at: min, steps: 3 });
    // [min, 2·min]: the middle, 1.5·min, rounds (to even) onto 2·min, the upper end.
    expect(bisect(() => true, min, 2 * min, 0)).toEqual({ at: 2 * min, steps: 0 });
  });
});

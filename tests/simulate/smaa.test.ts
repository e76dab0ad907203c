import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONFIDENCE_RUNS, confidenceRuns } from "../../src/simulate/smaa.js";

describe("runs per confidence factor", () => {
  it("the teams that rank first share the main run count, at most 10,000 each, at least 1", () => {
    expect(confidenceRuns(10_000, 6)).toBe(1666); // ⌊10,000 / 6⌋
    expect(confidenceRuns(100_000, 13)).toBe(7692); // ⌊100,000 / 13⌋
    expect(confidenceRuns(100_000, 2)).toBe(CONFIDENCE_RUNS);
    expect(confidenceRuns(5, 10)).toBe(1);
    expect(confidenceRuns(10_000, 0)).toBe(CONFIDENCE_RUNS);
  });

  it("together they never run more than the main simulation (or one run each)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 1, max: 500 }), (runs, k) => {
        const r = confidenceRuns(runs, k);
        expect(k * r).toBeLessThanOrEqual(Math.max(runs, k));
        expect(r).toBeLessThanOrEqual(CONFIDENCE_RUNS);
      }),
    );
  });
});

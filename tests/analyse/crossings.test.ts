import { describe, expect, it } from "vitest";
import { candidatePoints } from "../../src/analyse/crossings.js";

// x = 100t, y = 100 − 100t, z = 60, v = 20 + 60t (example A of sensitivity.test.ts, criterion a)
const lines = [
  { a: 0, b: 100 },
  { a: 100, b: -100 },
  { a: 60, b: 0 },
  { a: 20, b: 60 },
];

describe("candidatePoints", () => {
  it("finds every pairwise crossing inside (0, 1), once each, in order", () => {
    // x=y 1/2, x=z 3/5, x=v 1/2, y=z 2/5, y=v 1/2, z=v 2/3
    const p = candidatePoints(lines);
    expect(p).toHaveLength(4);
    [0.4, 0.5, 0.6, 2 / 3].forEach((t, i) => expect(p[i]).toBeCloseTo(t, 12));
  });

  it("adds where a total meets the cutoff; constant totals never do", () => {
    // 62: x at 0.62, y at 0.38, v at 0.7; z = 60 is flat
    const p = candidatePoints(lines, 62);
    [0.38, 0.4, 0.5, 0.6, 0.62, 2 / 3, 0.7].forEach((t, i) => expect(p[i]).toBeCloseTo(t, 12));
    expect(p).toHaveLength(7);
  });

  it("ignores parallel lines and crossings at or outside the ends", () => {
    // parallel; at t = 2; at t = 0; at 1.5; at −1; at 4
    expect(candidatePoints([{ a: 0, b: 10 }, { a: 5, b: 10 }, { a: 20, b: 0 }, { a: 0, b: 5 }])).toEqual([]);
  });
});

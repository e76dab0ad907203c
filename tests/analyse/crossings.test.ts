import { describe, expect, it } from "vitest";
import { candidatePoints, candidatePointsOf, SAME_POINT } from "../../src/analyse/crossings.js";

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
    expect(
      candidatePoints([
        { a: 0, b: 10 },
        { a: 5, b: 10 },
        { a: 20, b: 0 },
        { a: 0, b: 5 },
      ]),
    ).toEqual([]);
  });
});

// A line through 0 with slope 1 crosses the flat line at height h exactly at t = h: crossings at chosen points, to the bit.
const flatAt = (...hs: number[]) => [{ a: 0, b: 1 }, ...hs.map((h) => ({ a: h, b: 0 }))];

describe("candidatePoints at the edges (issue #20, mutation run of 17:17)", () => {
  it("keeps only points strictly between SAME_POINT and 1 − SAME_POINT", () => {
    expect(candidatePoints(flatAt(SAME_POINT))).toEqual([]);
    expect(candidatePoints(flatAt(1 - SAME_POINT))).toEqual([]);
    expect(candidatePoints(flatAt(1))).toEqual([]);
    expect(candidatePoints(flatAt(1 - 2 * SAME_POINT))).toEqual([1 - 2 * SAME_POINT]);
  });

  it("merges points exactly SAME_POINT apart, keeps points further apart", () => {
    // t1 = SAME_POINT + 2⁻⁹¹ and t1 + SAME_POINT are doubles whose difference is SAME_POINT exactly.
    const t1 = SAME_POINT + 2 ** -91;
    const t2 = t1 + SAME_POINT;
    expect(t2 - t1).toBe(SAME_POINT);
    expect(candidatePoints(flatAt(t1, t2))).toEqual([t1]);
    expect(candidatePoints(flatAt(0.25, 0.25 + 3 * SAME_POINT))).toEqual([0.25, 0.25 + 3 * SAME_POINT]);
  });
});

describe("candidatePointsOf", () => {
  it("only points above `after` by more than SAME_POINT, and below 1 − SAME_POINT", () => {
    // Team 0 (the member) crosses the flat lines at 0.5, 0.7, 1 − SAME_POINT and 1.
    const lines = flatAt(0.5, 0.7, 1 - SAME_POINT, 1);
    expect(candidatePointsOf(lines, [0], 0.5)).toEqual([0.7]);
    expect(candidatePointsOf(lines, [0], 0.5 - 2 * SAME_POINT)).toEqual([0.5, 0.7]);
    // With after = 0 the floor is SAME_POINT itself: a crossing there is left out.
    expect(candidatePointsOf(flatAt(SAME_POINT, 0.5), [0], 0)).toEqual([0.5]);
  });

  it("merges points exactly SAME_POINT apart", () => {
    const t1 = SAME_POINT + 2 ** -91;
    const t2 = t1 + SAME_POINT;
    expect(candidatePointsOf(flatAt(t1, t2), [0], 0)).toEqual([t1]);
  });

  it("a member's crossings with every team and every team's cutoff crossing; non-members' crossings among themselves are left out", () => {
    // Lines (example A of sensitivity.test.ts): x = 100t, y = 100 − 100t, z = 60, v = 20 + 60t.
    // Member z: z=x 3/5, z=y 2/5, z=v 2/3. Cutoff 62: x 0.62, y 0.38, v 0.7. Not x=y, x=v, y=v (1/2).
    const p = candidatePointsOf(lines, [2], 0, 62);
    [0.38, 0.4, 0.6, 0.62, 2 / 3, 0.7].forEach((t, i) => expect(p[i]).toBeCloseTo(t, 12));
    expect(p).toHaveLength(6);
  });
});

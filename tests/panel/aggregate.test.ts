/** Each aggregate against values worked out by hand, and the invariants they must keep. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { medianOf, meanOf, olympicOf, populationSd, trimCount, trimmedMeanOf, type Entry } from "../../src/panel/aggregate.js";

const e = (pairs: [string, number][]): Entry[] => pairs.map(([reviewer, value]) => ({ reviewer, value }));

describe("aggregates (hand-computed)", () => {
  const five = e([
    ["r1", 7],
    ["r2", 9],
    ["r3", 4],
    ["r4", 8],
    ["r5", 6],
  ]);

  it("mean: (7+9+4+8+6)/5 = 34/5 = 6.8", () => {
    expect(meanOf(five).value).toBeCloseTo(6.8, 12);
    expect(meanOf(five).dropped).toEqual([]);
  });

  it("median: sorted 4 6 7 8 9 → 7; of four (4 6 8 9) → (6+8)/2 = 7", () => {
    expect(medianOf(five).value).toBe(7);
    expect(
      medianOf(
        e([
          ["a", 9],
          ["b", 4],
          ["c", 8],
          ["d", 6],
        ]),
      ).value,
    ).toBe(7);
  });

  it("olympic drops one highest (r2: 9) and one lowest (r3: 4): (7+8+6)/3 = 7", () => {
    const a = olympicOf(five);
    expect(a.value).toBeCloseTo(7, 12);
    expect(a.dropped).toEqual(["r2", "r3"]);
    expect(a.used).toEqual(["r1", "r4", "r5"]);
  });

  it("trimmed mean, trim 0.2 of 5: floor(1) = 1 each side, same as olympic here; of 10 at 0.25: floor(2.5) = 2", () => {
    expect(trimmedMeanOf(five, 0.2).value).toBeCloseTo(7, 12);
    // 1..10: cut 1,2 and 9,10 → mean(3..8) = 33/6 = 5.5
    const ten = e(Array.from({ length: 10 }, (_, i) => [`r${String(i + 1).padStart(2, "0")}`, i + 1] as [string, number]));
    expect(trimmedMeanOf(ten, 0.25).value).toBeCloseTo(5.5, 12);
    expect(trimmedMeanOf(ten, 0.25).dropped).toEqual(["r01", "r02", "r09", "r10"]);
  });

  it("trimming with ties: 5 5 5 8 2 at 0.2 drops the 2 and the 8, and of the tied 5s keeps all three: 5", () => {
    const tied = e([
      ["r1", 5],
      ["r2", 5],
      ["r3", 5],
      ["r4", 8],
      ["r5", 2],
    ]);
    expect(trimmedMeanOf(tied, 0.2).value).toBe(5);
    expect(trimmedMeanOf(tied, 0.2).dropped).toEqual(["r4", "r5"]);
    // Ties at the ends: 3 3 3 7 at olympic → one 3 (the lowest id, r1) and the 7 dropped: (3+3)/2 = 3
    const ends = e([
      ["r2", 3],
      ["r1", 3],
      ["r3", 3],
      ["r4", 7],
    ]);
    expect(olympicOf(ends).value).toBe(3);
    expect(olympicOf(ends).dropped).toEqual(["r1", "r4"]);
  });

  it("trimCount is floor(n·trim), robust to 0.29 × 100 = 28.999…", () => {
    expect(trimCount(100, 0.29)).toBe(29);
    expect(trimCount(4, 0.2)).toBe(0);
    expect(trimCount(5, 0.2)).toBe(1);
    expect(trimCount(9, 0.49)).toBe(4);
  });

  it("population SD of 2 4 4 4 5 5 7 9 is 2", () => {
    expect(populationSd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });

  it("olympic refuses fewer than 3 scores", () => {
    expect(() =>
      olympicOf(
        e([
          ["a", 1],
          ["b", 2],
        ]),
      ),
    ).toThrow();
  });
});

describe("aggregate invariants (fast-check, seeded)", () => {
  const entries = fc.uniqueArray(fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), fc.integer({ min: 0, max: 10 })), {
    minLength: 3,
    maxLength: 8,
    selector: (t) => t[0],
  });
  it("every aggregate lies between the lowest and highest score, and does not depend on the order given", () => {
    fc.assert(
      fc.property(entries, fc.double({ min: 0, max: 0.49, noNaN: true }), (pairs, trim) => {
        const es = e(pairs);
        const rev = [...es].reverse();
        const lo = Math.min(...pairs.map((p) => p[1]));
        const hi = Math.max(...pairs.map((p) => p[1]));
        for (const f of [meanOf, medianOf, olympicOf, (x: Entry[]) => trimmedMeanOf(x, trim)]) {
          const a = f(es);
          expect(a.value).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(a.value).toBeLessThanOrEqual(hi + 1e-9);
          expect(f(rev)).toEqual(a);
          expect(a.used.length + a.dropped.length).toBe(es.length);
        }
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});

/**
 * The three aggregation methods against hand-computed examples (the arithmetic in the comments)
 * and their declared properties, on random fields.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { METHODS, METHOD_NAMES, type MethodName } from "../../src/methods/index.js";

/** Totals before bonus for teams given as rows of unit scores. */
function totals(method: MethodName, rows: number[][], w: number[]): number[] {
  const n = rows.length;
  const m = w.length;
  const units = new Float64Array(n * m);
  rows.forEach((r, t) => r.forEach((u, c) => (units[c * n + t] = u)));
  const out = new Float64Array(n);
  METHODS[method].totaller(units, n, m, out)(w);
  return Array.from(out);
}

// Three teams on two criteria, weights ½ and ½:
//   A u = (1, 0.25)   B u = (0.64, 0.81)   C u = (0.36, 1)
const field = [
  [1, 0.25],
  [0.64, 0.81],
  [0.36, 1],
];
const half = [0.5, 0.5];

describe("weighted-sum", () => {
  it("is 100 · Σ w·u", () => {
    // A: 100·(0.5 + 0.125) = 62.5; B: 100·(0.32 + 0.405) = 72.5; C: 100·(0.18 + 0.5) = 68
    const [a, b, c] = totals("weighted-sum", field, half);
    expect(a).toBeCloseTo(62.5, 9);
    expect(b).toBeCloseTo(72.5, 9);
    expect(c).toBeCloseTo(68, 9);
  });
});

describe("weighted-product", () => {
  it("is 100 · Π u^w", () => {
    // A: 100·√1·√0.25 = 100·1·0.5 = 50; B: 100·√0.64·√0.81 = 100·0.8·0.9 = 72; C: 100·0.6·1 = 60
    const [a, b, c] = totals("weighted-product", field, half);
    expect(a).toBeCloseTo(50, 9);
    expect(b).toBeCloseTo(72, 9);
    expect(c).toBeCloseTo(60, 9);
  });

  it("a unit score of 0 with weight above 0 gives 0; weight 0 ignores the criterion", () => {
    // w = (0.75, 0.25): u = (1, 0) → 1^0.75 · 0^0.25 = 0. w = (1, 0): u = (0.5, 0) → 0.5^1 (0^0 left out) = 0.5 → 50
    expect(totals("weighted-product", [[1, 0]], [0.75, 0.25])[0]).toBe(0);
    expect(totals("weighted-product", [[0.5, 0]], [1, 0])[0]).toBeCloseTo(50, 9);
    // 0.5^0.75 · 1^0.25 = 2^-0.75 = 0.5946035575013605 → 59.46035575013605
    expect(totals("weighted-product", [[0.5, 1]], [0.75, 0.25])[0]).toBeCloseTo(59.46035575013605, 9);
  });
});

describe("topsis", () => {
  it("is 100 · d⁻/(d⁺ + d⁻) against the field's ideal and anti-ideal", () => {
    // v = w·u: A (0.5, 0.125), B (0.32, 0.405), C (0.18, 0.5); A⁺ = (0.5, 0.5), A⁻ = (0.18, 0.125).
    // A: d⁺ = √(0² + 0.375²) = 0.375, d⁻ = √(0.32² + 0²) = 0.32 → 100·0.32/0.695 = 46.0431654676…
    // B: d⁺ = √(0.18² + 0.095²) = √0.041425, d⁻ = √(0.14² + 0.28²) = √0.098 → 100·√0.098/(√0.041425 + √0.098) = 60.6007…
    // C: d⁺ = √(0.32² + 0²) = 0.32, d⁻ = √(0² + 0.375²) = 0.375 → 100·0.375/0.695 = 53.9568345323…
    const [a, b, c] = totals("topsis", field, half);
    expect(a).toBeCloseTo((100 * 0.32) / 0.695, 9);
    expect(b).toBeCloseTo((100 * Math.sqrt(0.098)) / (Math.sqrt(0.041425) + Math.sqrt(0.098)), 9);
    expect(c).toBeCloseTo((100 * 0.375) / 0.695, 9);
    expect(a).toBeCloseTo(46.0431654676259, 9);
    expect(c).toBeCloseTo(53.9568345323741, 9);
  });

  it("is 100 when every team is alike (d⁺ + d⁻ = 0)", () => {
    expect(
      totals(
        "topsis",
        [
          [0.3, 0.7],
          [0.3, 0.7],
        ],
        half,
      ),
    ).toEqual([100, 100]);
  });

  it("depends on the field: removing a team moves the others' totals", () => {
    // Without C: A⁺ = (0.5, 0.405), A⁻ = (0.32, 0.125): A d⁺ = 0.28, d⁻ = 0.18 → 100·0.18/0.46 = 39.13…
    const [a] = totals("topsis", field.slice(0, 2), half);
    expect(a).toBeCloseTo((100 * 0.18) / 0.46, 9);
    expect(METHODS.topsis.fieldDependent).toBe(true);
  });
});

const fieldArb = fc.integer({ min: 1, max: 4 }).chain((m) =>
  fc.record({
    rows: fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m, maxLength: m }), { minLength: 2, maxLength: 6 }),
    raw: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m, maxLength: m }).filter((w) => w.some((x) => x > 1e-6)),
  }),
);
const normalise = (w: number[]) => w.map((x) => x / w.reduce((a, b) => a + b, 0));

describe("every method", () => {
  it.each(METHOD_NAMES)("%s: totals lie in 0..100 and never fall when a team's unit scores rise (monotone)", (name) => {
    fc.assert(
      fc.property(fieldArb, fc.nat(), ({ rows, raw }, pick) => {
        const w = normalise(raw);
        const before = totals(name, rows, w);
        for (const x of before) {
          expect(x).toBeGreaterThanOrEqual(-1e-9);
          expect(x).toBeLessThanOrEqual(100 + 1e-9);
        }
        // Team 0 copies team 1 and raises one criterion: it must total at least team 1 (same field for TOPSIS).
        const c = pick % w.length;
        const better = rows.map((r) => r.slice());
        better[0] = rows[1]!.map((u, k) => (k === c ? Math.min(1, u + 0.25) : u));
        const after = totals(name, better, w);
        expect(after[0]!).toBeGreaterThanOrEqual(after[1]! - 1e-9);
        expect(METHODS[name].monotone).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("only the weighted sum is linear in the weights: its total at a mix of two weightings is the mix of the totals", () => {
    fc.assert(
      fc.property(fieldArb, fieldArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ rows, raw }, other, s) => {
        const w1 = normalise(raw);
        const w2 = normalise(other.raw.length === w1.length ? other.raw : w1.map(() => 1));
        const mix = w1.map((x, k) => (1 - s) * x + s * w2[k]!);
        const at = totals("weighted-sum", rows, mix);
        const t1 = totals("weighted-sum", rows, w1);
        const t2 = totals("weighted-sum", rows, w2);
        at.forEach((x, t) => expect(x).toBeCloseTo((1 - s) * t1[t]! + s * t2[t]!, 9));
      }),
      { numRuns: 200 },
    );
    expect(METHOD_NAMES.filter((n) => METHODS[n].linearInWeights)).toEqual(["weighted-sum"]);
  });
});

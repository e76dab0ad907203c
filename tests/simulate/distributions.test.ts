import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dirichlet, gamma, triangular, triangularAt, uniformSimplex } from "../../src/simulate/distributions.js";
import { Rng } from "../../src/random/rng.js";

const moments = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
  return { mean, v };
};

describe("distributions", () => {
  it("triangular: inverse CDF hits low, mode and high at 0, F(mode) and 1", () => {
    const t = triangular(2, 5, 10);
    expect(triangularAt(t, 0)).toBe(2);
    expect(triangularAt(t, 3 / 8)).toBeCloseTo(5, 12);
    expect(triangularAt(t, 1)).toBe(10);
    // F(x) = (x−a)²/((b−a)(c−a)) below the mode: F(4) = 4/24.
    expect(triangularAt(t, 4 / 24)).toBeCloseTo(4, 12);
  });

  it("triangular samples have mean (a+b+c)/3 and variance (a²+b²+c²−ab−ac−bc)/18", () => {
    const rng = Rng.forChunk(11, 0);
    const t = triangular(1, 7, 9);
    const xs = Array.from({ length: 50_000 }, () => triangularAt(t, rng.next()));
    const { mean, v } = moments(xs);
    const tv = (1 + 49 + 81 - 7 - 9 - 63) / 18;
    expect(Math.abs(mean - 17 / 3)).toBeLessThan(4.5 * Math.sqrt(tv / xs.length));
    expect(Math.abs(v - tv)).toBeLessThan(0.05 * tv);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(9);
  });

  it("gamma(α) has mean α and variance α, for α below and above 1", () => {
    for (const alpha of [0.3, 1, 2.5, 12]) {
      const rng = Rng.forChunk(5, Math.round(alpha * 10));
      const xs = Array.from({ length: 40_000 }, () => gamma(rng, alpha));
      const { mean, v } = moments(xs);
      expect(Math.abs(mean - alpha), `mean α=${alpha}`).toBeLessThan(4.5 * Math.sqrt(alpha / xs.length));
      expect(Math.abs(v - alpha) / alpha, `variance α=${alpha}`).toBeLessThan(0.08);
      expect(xs.every((x) => x >= 0)).toBe(true);
    }
    expect(gamma(Rng.forChunk(1, 1), 0)).toBe(0);
  });

  it("Dirichlet(K·w) sums to 1, has mean w and variance w(1−w)/(K+1); α = 0 stays 0", () => {
    const rng = Rng.forChunk(3, 0);
    const w = [0.5, 0.3, 0.2, 0];
    const K = 20;
    const alpha = w.map((x) => x * K);
    const out = new Float64Array(4);
    const draws: number[][] = [];
    let worst = 0;
    for (let i = 0; i < 30_000; i++) {
      dirichlet(rng, alpha, out);
      worst = Math.max(worst, Math.abs(out.reduce((a, b) => a + b, 0) - 1));
      draws.push(Array.from(out));
    }
    expect(worst).toBeLessThan(1e-12);
    w.forEach((wi, i) => {
      const { mean, v } = moments(draws.map((d) => d[i]!));
      const tv = (wi * (1 - wi)) / (K + 1);
      expect(Math.abs(mean - wi)).toBeLessThanOrEqual(4.5 * Math.sqrt(tv / draws.length) + 1e-15);
      expect(Math.abs(v - tv)).toBeLessThanOrEqual(0.06 * tv + 1e-15);
    });
  });

  it("uniform on the simplex: sums to 1, each component has mean 1/m and P(w₁ > x) = (1−x)^(m−1)", () => {
    const rng = Rng.forChunk(9, 2);
    const out = new Float64Array(3);
    let above = 0;
    let sum0 = 0;
    const N = 40_000;
    let worst = 0;
    for (let i = 0; i < N; i++) {
      uniformSimplex(rng, out);
      worst = Math.max(worst, Math.abs(out[0]! + out[1]! + out[2]! - 1));
      sum0 += out[0]!;
      if (out[0]! > 0.5) above++;
    }
    expect(worst).toBeLessThan(1e-12);
    expect(Math.abs(sum0 / N - 1 / 3)).toBeLessThan(0.005);
    const p = 0.25; // (1 − 0.5)²
    expect(Math.abs(above / N - p)).toBeLessThan(4.5 * Math.sqrt((p * (1 - p)) / N));
  });

  it("triangularAt stays within [low, high] for any parameters and u", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 20, noNaN: true }),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        (lo, f, span, u) => {
          const t = triangular(lo, lo + f * span, lo + span);
          const x = triangularAt(t, u);
          expect(x).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(x).toBeLessThanOrEqual(lo + span + 1e-9);
        },
      ),
    );
  });
});

import { describe, expect, it } from "vitest";
import { Rng, splitmix32 } from "../../src/random/rng.js";

describe("xoshiro128**", () => {
  it("gives the reference outputs for the state 1, 2, 3, 4", () => {
    // Hand-computed from the algorithm: rotl(2·5, 7)·9 = 11520; then s1 = 0 gives 0; then rotl(1029·5, 7)·9.
    const r = new Rng(1, 2, 3, 4);
    expect([r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([11520, 0, 5927040]);
  });

  it("never gives 0 or 1 from next(), and a zero state is replaced", () => {
    const r = new Rng(0, 0, 0, 0);
    expect(Array.from(r.s)).not.toEqual([0, 0, 0, 0]);
    for (let i = 0; i < 1000; i++) {
      const u = r.next();
      expect(u).toBeGreaterThan(0);
      expect(u).toBeLessThan(1);
    }
  });

  it("derives different streams for different chunks and seeds, and the same for the same", () => {
    const first = (seed: number, chunk: number) => Rng.forChunk(seed, chunk).nextU32();
    // The same seed and chunk give the same stream even with another stream drawn in between
    // (no shared state between generators).
    const a = Rng.forChunk(7, 3);
    const xs = [a.nextU32(), a.nextU32()];
    const other = Rng.forChunk(8, 3);
    for (let i = 0; i < 10; i++) other.nextU32();
    const b = Rng.forChunk(7, 3);
    expect([b.nextU32(), b.nextU32()]).toEqual(xs);
    expect(xs[0]).not.toBe(xs[1]);
    const seen = new Set<number>();
    for (let seed = 0; seed < 20; seed++) for (let chunk = 0; chunk < 20; chunk++) seen.add(first(seed, chunk));
    expect(seen.size).toBe(400);
    // Seeds above 2^32 are not folded onto small ones.
    expect(first(2 ** 32 + 5, 0)).not.toBe(first(5, 0));
  });

  it("splitmix32 mixes neighbouring inputs apart", () => {
    expect(splitmix32(0)).not.toBe(splitmix32(1));
    expect(splitmix32(1) >>> 0).toBe(splitmix32(1));
  });

  it("next() is uniform: mean 1/2, variance 1/12, within sampling error", () => {
    const r = Rng.forChunk(1, 0);
    const N = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < N; i++) {
      const u = r.next();
      s += u;
      s2 += u * u;
    }
    const mean = s / N;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4.5 * Math.sqrt(1 / 12 / N));
    expect(Math.abs(s2 / N - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
});

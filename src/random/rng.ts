/**
 * A small, fast, seeded pseudo-random generator: xoshiro128** (Blackman & Vigna), 32-bit state
 * words, seeded by splitmix32. Every chunk of runs gets its own stream, derived from the user's
 * seed and the chunk's index, so the result does not depend on how chunks are spread over threads.
 */

/** splitmix32 step: a well-mixed 32-bit value from a 32-bit counter. */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

const TWO_32 = 4294967296;
export const INV_32 = 1 / TWO_32;

export class Rng {
  /** The four state words (xoshiro128**'s s[0..3]); hot loops may load and store them directly. */
  readonly s: Int32Array;
  /** The second normal of the last Box–Muller pair, if not used yet (see `normal`). */
  spare = NaN;

  /** Four state words; not all zero. */
  constructor(a: number, b: number, c: number, d: number) {
    this.s = Int32Array.of(a, b, c, d);
    if ((a | b | c | d) === 0) this.s[3] = 1;
  }

  /** The stream for chunk `chunk` of a simulation with seed `seed` (a safe integer ≥ 0). */
  static forChunk(seed: number, chunk: number): Rng {
    const lo = (seed % TWO_32) >>> 0;
    const hi = Math.floor(seed / TWO_32) >>> 0;
    let x = splitmix32(lo ^ splitmix32(hi ^ 0x5eed));
    x = splitmix32((x ^ Math.imul(chunk + 1, 0x85ebca6b)) >>> 0);
    const a = splitmix32(x);
    const b = splitmix32(a ^ 0x243f6a88);
    const c = splitmix32(b ^ 0x85a308d3);
    const d = splitmix32(c ^ 0x13198a2e);
    return new Rng(a, b, c, d);
  }

  /** The next 32-bit output, unsigned. */
  nextU32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]! ^ s0;
    const s3 = s[3]! ^ s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = rotl(s3, 11);
    return r >>> 0;
  }

  /** Uniform on the open interval (0, 1), 32 bits of resolution: never exactly 0 or 1. */
  next(): number {
    return (this.nextU32() + 0.5) * INV_32;
  }
}

export function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

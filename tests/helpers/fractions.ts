/**
 * Uniform fractions for property tests: an integer over a denominator. `fc.double` draws uniformly
 * over bit patterns, so most of its values in [0, 1] are below 1e-7 and the properties that need a
 * real move (a weight, a raised score) rarely get one (issue #20).
 */
import fc from "fast-check";

/** k / den for k uniform in 0..den: 0 and 1 included, every step equally likely. */
export const fraction = (den = 1000): fc.Arbitrary<number> => fc.integer({ min: 0, max: den }).map((k) => k / den);

/** A uniform fraction in [lo, hi] on a grid of `steps`. */
export const between = (lo: number, hi: number, steps = 1000): fc.Arbitrary<number> => fraction(steps).map((f) => lo + f * (hi - lo));

/**
 * Bisection that always ends. `test` must be monotone on [lo, hi] (false at lo, true at hi); the
 * answer is the smallest point found where it holds. The loop stops when the interval is within
 * `tol` absolutely, or within a few ulps of its magnitude (floating point cannot split it further:
 * a fixed absolute tolerance such as 1e-10 never stops once one ulp of the numbers exceeds it,
 * from about 524,288), or after `maxSteps` halvings (2,200 by default: enough to cross the whole double range) — whichever comes first.
 */
export function bisect(test: (x: number) => boolean, lo: number, hi: number, tol = 1e-10, maxSteps = 2200): { at: number; steps: number } {
  let steps = 0;
  while (steps < maxSteps) {
    const width = hi - lo;
    if (!(width > tol) || !(width > 4 * Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi)))) break;
    const mid = lo + width / 2;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: unreachable behind the four-ulp stop; among subnormals half an ulp rounds onto lo (docs/mutation.md, bisect.ts)
    if (mid <= lo || mid >= hi) break;
    if (test(mid)) hi = mid;
    else lo = mid;
    steps++;
  }
  return { at: hi, steps };
}

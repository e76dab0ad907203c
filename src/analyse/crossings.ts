/**
 * The only places where the picked set can change along a sweep: where two totals cross, and where
 * a total crosses the cutoff (`min_total`). Gates and bonuses depend on scores, not weights, so they
 * never move. Computed exactly from the lines, not by stepping.
 */
import type { Line } from "./lines.js";

/** Candidates closer than this are one point (floating-point noise, not two events). */
export const SAME_POINT = 1e-12;

/** Sorted, distinct t strictly inside (0, 1) where two lines cross or a line meets `cutoff`. */
export function candidatePoints(lines: readonly Line[], cutoff?: number): number[] {
  const raw: number[] = [];
  const keep = (t: number) => {
    if (Number.isFinite(t) && t > SAME_POINT && t < 1 - SAME_POINT) raw.push(t);
  };
  for (let i = 0; i < lines.length; i++) {
    const li = lines[i]!;
    for (let j = i + 1; j < lines.length; j++) {
      const lj = lines[j]!;
      const db = li.b - lj.b;
      // Parallel (or identical) lines never cross; near-parallel noise only adds a harmless point.
      // Stryker disable next-line ConditionalExpression: equivalent: with db 0 the quotient is ±Infinity or NaN, which keep() drops (Number.isFinite)
      if (db !== 0) keep((lj.a - li.a) / db);
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent: an absent cutoff gives NaN and a flat line ±Infinity or NaN, which keep() drops
    if (cutoff !== undefined && li.b !== 0) keep((cutoff - li.a) / li.b);
  }
  raw.sort((x, y) => x - y);
  const out: number[] = [];
  for (const t of raw) if (out.length === 0 || t - out[out.length - 1]! > SAME_POINT) out.push(t);
  return out;
}

/** Where team i's and team j's lines cross, computed as candidatePoints does (same pair order, same bits). */
function crossing(lines: readonly Line[], i: number, j: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: swapping the lines negates numerator and denominator; IEEE negation is exact, so the quotient has the same bits
  const [a, b] = i < j ? [i, j] : [j, i];
  const la = lines[a]!;
  const lb = lines[b]!;
  const db = la.b - lb.b;
  // Stryker disable next-line ConditionalExpression: equivalent: with db 0 the quotient is ±Infinity or NaN, which keep() drops
  return db !== 0 ? (lb.a - la.a) / db : NaN;
}

/**
 * The candidate points above `after` (by more than SAME_POINT) that involve at least one of
 * `members`: its crossings with every other team, and every team's crossing of `cutoff`. Sorted and
 * distinct like candidatePoints; |members| · n crossings instead of n².
 */
export function candidatePointsOf(lines: readonly Line[], members: readonly number[], after: number, cutoff?: number): number[] {
  const raw: number[] = [];
  const floor = Math.max(SAME_POINT, after + SAME_POINT);
  const keep = (t: number) => {
    if (Number.isFinite(t) && t > floor && t < 1 - SAME_POINT) raw.push(t);
  };
  const isMember = new Uint8Array(lines.length);
  for (const i of members) isMember[i] = 1;
  for (const i of members) {
    for (let j = 0; j < lines.length; j++) {
      // A pair of two members once.
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: speed only: a pair taken twice gives the same bits (crossing() orders it), merged below; a team with itself gives NaN, dropped
      if (j === i || (isMember[j] && j < i)) continue;
      keep(crossing(lines, i, j));
    }
  }
  // Stryker disable next-line ConditionalExpression: equivalent: an absent cutoff gives NaN and a flat line ±Infinity or NaN, which keep() drops
  if (cutoff !== undefined) for (const l of lines) if (l.b !== 0) keep((cutoff - l.a) / l.b);
  raw.sort((x, y) => x - y);
  const out: number[] = [];
  for (const t of raw) if (out.length === 0 || t - out[out.length - 1]! > SAME_POINT) out.push(t);
  return out;
}

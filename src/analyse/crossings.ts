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
      if (db !== 0) keep((lj.a - li.a) / db);
    }
    if (cutoff !== undefined && li.b !== 0) keep((cutoff - li.a) / li.b);
  }
  raw.sort((x, y) => x - y);
  const out: number[] = [];
  for (const t of raw) if (out.length === 0 || t - out[out.length - 1]! > SAME_POINT) out.push(t);
  return out;
}

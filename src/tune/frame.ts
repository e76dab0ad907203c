/**
 * What `tune` shows for a set of weights, as data: the normalised percentages, the ranking with
 * picks, ties and movement since the file's weights, and the chosen criterion's tipping points (the
 * exact ones `sensitivity` computes), translated back into the file's relative weights.
 */
import { criterionSensitivity } from "../analyse/sensitivity.js";
import { normaliseWeights, type Contest } from "../model/contest.js";
import { tieInfo } from "../score/ties.js";
import { rankAndSelect } from "../select/evaluate.js";

export interface Row {
  readonly id: string;
  readonly total: number;
  /** The place, "5=" inside a tie group. */
  readonly place: string;
  readonly picked: boolean;
  /** Places moved up (positive) or down (negative) since the file's weights. */
  readonly move: number;
  /** Picked now and not with the file's weights ("in"), or the other way ("out"). */
  readonly change?: "in" | "out";
}

/** A tipping point on the chosen criterion: the normalised weight `t`, and the relative weight giving it. */
export interface Tick {
  readonly t: number;
  readonly weight: number;
  readonly enters: readonly string[];
  readonly leaves: readonly string[];
}

export interface Frame {
  /** Normalised weights, in rubric order (sum 1). */
  readonly shares: readonly number[];
  readonly rows: readonly Row[];
  /** The nearest changes of the picked set below and above the chosen criterion's weight. */
  readonly below?: Tick;
  readonly above?: Tick;
}

/** The ranking and picks of the contest at relative weights `raw`. */
function standing(contest: Contest, raw: readonly number[]) {
  const weights = normaliseWeights(raw);
  const at: Contest = { ...contest, weights };
  const { ranked, selection } = rankAndSelect(at, weights);
  return { at, weights, ranked, picked: new Set(selection.selected) };
}

/** The relative weight of criterion c that gives it share t, the others staying as they are. */
export function weightForShare(raw: readonly number[], c: number, t: number): number {
  const others = raw.reduce((a, w, j) => (j === c ? a : a + w), 0);
  return (t * others) / (1 - t);
}

export function frame(contest: Contest, base: readonly number[], raw: readonly number[], cursor: number): Frame {
  const before = standing(contest, base);
  const now = standing(contest, raw);
  const rankBefore = new Map(before.ranked.map((r) => [r.index, r.rank]));
  const ties = tieInfo(now.at, now.ranked);
  const rows: Row[] = now.ranked.map((r) => {
    const picked = now.picked.has(r.index);
    const was = before.picked.has(r.index);
    return {
      id: r.team.id,
      total: r.total,
      place: ties.get(r.index)!.place,
      picked,
      move: rankBefore.get(r.index)! - r.rank,
      ...(picked !== was ? { change: picked ? ("in" as const) : ("out" as const) } : {}),
    };
  });
  // Tipping points exist only where the others keep a proportion to move against.
  const others = raw.some((w, j) => j !== cursor && w > 0);
  if (!others || contest.criteria.length < 2) return { shares: now.weights, rows };
  const sens = criterionSensitivity(now.at, cursor, now.picked);
  const ids = (xs: readonly number[]) => xs.map((i) => contest.teams[i]!.id);
  const tick = (t: number, ch: { enters: readonly number[]; leaves: readonly number[] }): Tick => ({
    t,
    weight: t >= 1 ? Infinity : weightForShare(raw, cursor, t),
    enters: ids(ch.enters),
    leaves: ids(ch.leaves),
  });
  return {
    shares: now.weights,
    rows,
    ...(sens.below ? { below: tick(sens.from, sens.below) } : {}),
    ...(sens.above ? { above: tick(sens.to, sens.above) } : {}),
  };
}

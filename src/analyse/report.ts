/** Everything `sensitivity` reports, computed in one place for every format. */
import type { Contest } from "../model/contest.js";
import { methodOf } from "../methods/index.js";
import { evaluate, type Evaluation } from "../select/evaluate.js";
import { alwaysPicked, dominated } from "../score/dominance.js";
import { margin, pointsNeeded } from "./margin.js";
import { needsByCriterion } from "./needs.js";
import { criterionSensitivity, type CriterionSensitivity } from "./sensitivity.js";

export interface SensitivityReport {
  readonly ev: Evaluation;
  readonly criteria: readonly CriterionSensitivity[];
  readonly margin: number | null;
  /** Team index → points needed to enter (null: none suffice), for every team left out, in rank order. */
  readonly needed: ReadonlyMap<number, number | null>;
  /** Team index → per criterion (rubric order) the score that alone would get it picked (null: none on the scale). */
  readonly needsByCriterion: ReadonlyMap<number, readonly (number | null)[]>;
  readonly dominated: ReadonlyMap<number, readonly string[]>;
  /** Picked under every weighting; null under a method not linear in the weights (the corner argument does not hold). */
  readonly always: readonly number[] | null;
  /** How many teams are left out; `needed` holds the best NEEDS_CAP of them, `needsByCriterion` the best NEEDS_BY_CRITERION_CAP, unless `full`. */
  readonly leftOut: number;
}

/**
 * Teams left out (best first) whose points and scores needed are worked out by default: each costs
 * a search through the full selection, so a field of 10,000 would take hours. `--full` does all.
 */
export const NEEDS_CAP = 50;
/** Scores needed one criterion at a time cost a search per criterion: for the best 10 left out. */
export const NEEDS_BY_CRITERION_CAP = 10;

/** The report for every criterion, or only for criterion index `only`; points and scores needed for every team left out with `full`. */
export function sensitivityReport(contest: Contest, only?: number, full = false): SensitivityReport {
  const ev = evaluate(contest);
  const current = new Set(ev.selection.selected);
  const which = only === undefined ? contest.criteria.map((_, i) => i) : [only];
  const out = ev.ranked.filter((r) => !current.has(r.index)).map((r) => r.index);
  const teams = full ? out : out.slice(0, NEEDS_CAP);
  return {
    ev,
    criteria: which.map((c) => criterionSensitivity(contest, c, current)),
    margin: margin(ev),
    needed: pointsNeeded(ev, teams),
    needsByCriterion: needsByCriterion(ev, full ? out : out.slice(0, NEEDS_BY_CRITERION_CAP)),
    dominated: dominated(contest),
    always: methodOf(contest).linearInWeights ? alwaysPicked(contest) : null,
    leftOut: out.length,
  };
}

/** Everything `sensitivity` reports, computed in one place for every format. */
import type { Contest } from "../model/contest.js";
import { methodOf } from "../methods/index.js";
import { evaluate, type Evaluation } from "../select/evaluate.js";
import { alwaysPicked, dominated } from "./dominance.js";
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
}

/** The report for every criterion, or only for criterion index `only`. */
export function sensitivityReport(contest: Contest, only?: number): SensitivityReport {
  const ev = evaluate(contest);
  const current = new Set(ev.selection.selected);
  const which = only === undefined ? contest.criteria.map((_, i) => i) : [only];
  return {
    ev,
    criteria: which.map((c) => criterionSensitivity(contest, c, current)),
    margin: margin(ev),
    needed: pointsNeeded(ev),
    needsByCriterion: needsByCriterion(ev),
    dominated: dominated(contest),
    always: methodOf(contest).linearInWeights ? alwaysPicked(contest) : null,
  };
}

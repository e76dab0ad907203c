/**
 * Score and select in one step: the ranking, the picked set under the rubric's rules, and each
 * team's decision. What `score`, `select` and `explain` render.
 */
import type { Contest } from "../model/contest.js";
import { rankTeams, type Ranked } from "../score/score.js";
import { selectTeams, type SelectionResult } from "./select.js";

export interface Evaluation {
  readonly contest: Contest;
  /** Teams in rank order. */
  readonly ranked: readonly Ranked[];
  readonly selection: SelectionResult;
  /** By team index: selected, and the decision's reasons. */
  readonly selected: ReadonlySet<number>;
  readonly reasons: ReadonlyMap<number, readonly string[]>;
}

export function evaluate(contest: Contest, weights: readonly number[] = contest.weights): Evaluation {
  const ranked = rankTeams(contest, weights);
  const totals = new Float64Array(contest.teams.length);
  for (const r of ranked) totals[r.index] = r.total;
  const selection = selectTeams(contest, {
    order: ranked.map((r) => r.index),
    totals,
    scores: (t) => contest.teams[t]!.scores,
  });
  return {
    contest,
    ranked,
    selection,
    selected: new Set(selection.selected),
    reasons: new Map(selection.decisions.map((d) => [d.index, d.reasons])),
  };
}

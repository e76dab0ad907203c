/**
 * Score and select in one step: the ranking, the picked set under the rubric's rules, and each
 * team's decision. What `score`, `select` and `explain` render.
 */
import { dominated } from "../analyse/dominance.js";
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
  /**
   * Teams that at least `teams` others beat or equal on every criterion (and beat on one): no
   * weighting can put them in the top `teams`. By team index, the dominators' ids.
   */
  readonly dominated: ReadonlyMap<number, readonly string[]>;
}

/** The note for a dominated team, for audit logs. */
export function dominanceNote(ev: Evaluation, index: number): string | undefined {
  const by = ev.dominated.get(index);
  if (!by) return undefined;
  return `dominated by ${by.join(", ")}: no weighting ranks it in the top ${ev.contest.rules.teams}`;
}

/** Rank and select only (no dominance): what the analyses call at many weights. */
export function rankAndSelect(contest: Contest, weights: readonly number[] = contest.weights): { ranked: Ranked[]; selection: SelectionResult } {
  const ranked = rankTeams(contest, weights);
  const totals = new Float64Array(contest.teams.length);
  for (const r of ranked) totals[r.index] = r.total;
  const selection = selectTeams(contest, {
    order: ranked.map((r) => r.index),
    totals,
    scores: (t) => contest.teams[t]!.scores,
  });
  return { ranked, selection };
}

export function evaluate(contest: Contest, weights: readonly number[] = contest.weights): Evaluation {
  const { ranked, selection } = rankAndSelect(contest, weights);
  return {
    contest,
    ranked,
    selection,
    selected: new Set(selection.selected),
    reasons: new Map(selection.decisions.map((d) => [d.index, d.reasons])),
    dominated: dominated(contest),
  };
}

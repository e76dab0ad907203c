/**
 * Score and select in one step: the ranking, the picked set under the rubric's rules, and each
 * team's decision. What `score`, `select` and `explain` render.
 */
import { dominated, dominators } from "../score/dominance.js";
import type { Contest } from "../model/contest.js";
import { baseTotals, bonusFor, compareTeams, rankTeams, type Ranked } from "../score/score.js";
import { generalPick } from "./general-pick.js";
import { ruleContext } from "./rules.js";
import { tieInfo, type TieInfo } from "../score/ties.js";
import type { Reason } from "./reasons.js";
import { lineTies, type LineTie } from "./line-tie.js";
import { selectTeams, type SelectionResult } from "./select.js";

export interface Evaluation {
  readonly contest: Contest;
  /** Teams in rank order. */
  readonly ranked: readonly Ranked[];
  readonly selection: SelectionResult;
  /** By team index: selected, and the decision's reasons. */
  readonly selected: ReadonlySet<number>;
  readonly reasons: ReadonlyMap<number, readonly Reason[]>;
  /**
   * Teams that at least `teams` others beat or equal on every criterion (and beat on one): no
   * weighting can put them in the top `teams`. By team index, the dominators' ids.
   */
  readonly dominated: ReadonlyMap<number, readonly string[]>;
  /** Every team's dominators (ids; empty for most), by team index: what JSON's `dominated_by` lists. */
  readonly dominators: ReadonlyMap<number, readonly string[]>;
  /** By team index: its tie group, shared place and what separated it from the team below. */
  readonly ties: ReadonlyMap<number, TieInfo>;
  /** Tie groups split by the line between picked and left out (usually none or one). */
  readonly lineTies: readonly LineTie[];
}

/** The note for a team in a tie at the line, for audit rows. */
export function tieNote(ev: Evaluation, index: number): Reason | undefined {
  const lt = ev.lineTies.find((t) => t.members.includes(index));
  if (!lt) return undefined;
  const others = lt.members.filter((m) => m !== index).map((m) => ev.contest.teams[m]!.id);
  const lottery = lt.decidedBy === "lottery" ? ev.contest.rules.lottery : undefined;
  return {
    code: "line-tie",
    total: lt.total,
    with: others,
    place: lt.place,
    decided_by: lt.decidedBy,
    ...(lottery ? { seed: lottery.seed, ticket: lottery.tickets[index]! } : {}),
  };
}

/** A team's reasons with the dominance and tie notes, for audit rows. */
export function reasonsOf(ev: Evaluation, index: number): Reason[] {
  return [...(ev.reasons.get(index) ?? []), ...[tieNote(ev, index), dominanceNote(ev, index)].filter((n): n is Reason => n !== undefined)];
}

/**
 * How many ids a per-team list shows in text, CSV and JSON: a field of 10,000 has millions of
 * dominance pairs, and lists of every other team on every row made output grow with the square of
 * the field. The count is always given in full.
 */
export const LIST_CAP = 10;

/** The note for a dominated team, for audit logs (the text shows LIST_CAP ids and a count). */
function dominanceNote(ev: Evaluation, index: number): Reason | undefined {
  const by = ev.dominated.get(index);
  if (!by) return undefined;
  return { code: "dominated", by: by.slice(0, LIST_CAP), count: by.length, places: ev.contest.rules.teams };
}

/** Rank and select only (no dominance): what the analyses call at many weights. */
export function rankAndSelect(
  contest: Contest,
  weights: readonly number[] = contest.weights,
): { ranked: Ranked[]; selection: SelectionResult } {
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

/**
 * The order and the picked set alone — no per-team records, no reasons — for the analyses that ask
 * only who is picked, hundreds of times on one field (sensitivity's bisections). The same order and
 * picks as rankAndSelect (a property test holds them equal): the same totals (the method's sum plus
 * the bonus), the same comparison, and the selection's own steps without its reasons (generalPick).
 */
export function rankAndPick(
  contest: Contest,
  weights: readonly number[] = contest.weights,
): { order: number[]; selected: readonly number[] } {
  const totals = baseTotals(contest, weights);
  const items = contest.teams.map((t, index) => ({ index, total: totals[index]! + bonusFor(contest, t.scores).points }));
  items.sort((a, b) => compareTeams(contest, a, b));
  for (const x of items) totals[x.index] = x.total;
  const order = items.map((x) => x.index);
  return { order, selected: generalPick(ruleContext(contest), order, totals, (t) => contest.teams[t]!.scores).picks };
}

export function evaluate(contest: Contest, weights: readonly number[] = contest.weights): Evaluation {
  const { ranked, selection } = rankAndSelect(contest, weights);
  // Inputs are bounded (schema/common.ts: MAX_MAGNITUDE), so a total that is not finite is a bug (exit 70), never an answer.
  for (const r of ranked) if (!Number.isFinite(r.total)) throw new Error(`the total of ${r.team.id} is not a finite number (${r.total})`);
  const ties = tieInfo(contest, ranked);
  const doms = dominators(contest);
  return {
    contest,
    ranked,
    selection,
    selected: new Set(selection.selected),
    reasons: new Map(selection.decisions.map((d) => [d.index, d.reasons])),
    dominated: dominated(contest, doms),
    dominators: doms,
    ties,
    lineTies: lineTies(contest, ranked, ties, selection),
  };
}

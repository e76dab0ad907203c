/**
 * A tie at the line: a tie group (equal totals) with some members picked and some left out. What
 * decided it, as a code with parameters (`why`; src/i18n/ says it in words for `score`, `select`,
 * `explain` and their audit rows): a tie-break criterion, the lottery (a seeded draw, when the chain ends with `lottery`), the id (alphabetical order, no criterion
 * at all), or the selection rules.
 */
import type { Contest } from "../model/contest.js";
import type { Ranked } from "../score/score.js";
import { separator, type TieInfo } from "../score/ties.js";
import type { LineTieWhy, Reason } from "./reasons.js";
import type { SelectionResult } from "./select.js";

export interface LineTie {
  /** The group's shared place (the rank of its first team). */
  readonly place: number;
  /** Team indices in rank order. */
  readonly members: readonly number[];
  readonly total: number;
  /** "id", "lottery", a criterion id, or "rules" when the selection rules (not the ranking) chose among them. */
  readonly decidedBy: string;
  /** The members' ids, in rank order. */
  readonly ids: readonly string[];
  /** What decided it, as data (the sentence: i18n's lineTieText). */
  readonly why: LineTieWhy;
}

/** Reasons that mean a team was left out only because the places ran out (or the best set was full). */
function placesRanOut(reasons: readonly Reason[]): boolean {
  // Stryker disable next-line MethodExpression: equivalent (every): an eligible team left out has exactly one reason (select.ts), an ineligible one only gate and cutoff reasons, none of these
  return reasons.some((r) => r.code === "below-last-pick" || r.code === "best-set-full" || r.code === "best-set-out");
}

export function lineTies(
  contest: Contest,
  ranked: readonly Ranked[],
  ties: ReadonlyMap<number, TieInfo>,
  selection: SelectionResult,
): LineTie[] {
  const picked = new Set(selection.selected);
  const reasons = new Map(selection.decisions.map((d) => [d.index, d.reasons]));
  const out: LineTie[] = [];
  // Each group's members, in rank order, gathered in one pass (not one pass per group).
  const groups = new Map<number, Ranked[]>();
  for (const x of ranked) {
    const place = ties.get(x.index)!.placeRank;
    const g = groups.get(place);
    if (g) g.push(x);
    else groups.set(place, [x]);
  }
  const seen = new Set<number>();
  for (const r of ranked) {
    const info = ties.get(r.index)!;
    if (!info.group || seen.has(info.placeRank)) continue;
    seen.add(info.placeRank);
    const members = groups.get(info.placeRank)!;
    const inside = members.filter((m) => picked.has(m.index));
    if (inside.length === 0 || inside.length === members.length) continue;
    const last = inside[inside.length - 1]!;
    // Stryker disable next-line EqualityOperator: equivalent where it survives (>=): ranks are unique, and the one equal to last's is last, which is picked
    const next = members.find((m) => m.rank > last.rank && !picked.has(m.index));
    const decidedBy = next && placesRanOut(reasons.get(next.index) ?? []) ? separator(contest, last, next) : "rules";
    const ids = members.map((m) => m.team.id);
    let why: LineTieWhy;
    const lottery = contest.rules.lottery;
    if (decidedBy === "id" || decidedBy === "lottery") {
      const allEqual = contest.criteria.every((_, c) => members.every((m) => m.team.scores[c] === members[0]!.team.scores[c]));
      const tieBreak = contest.rules.tieBreak.map((c) => contest.criteria[c]!.id);
      // separator answers "id" only when the contest has no lottery: with one, it decided.
      why = lottery
        ? {
            code: "tie-by-lottery",
            all_equal: allEqual,
            tie_break: tieBreak,
            seed: lottery.seed,
            tickets: members.map((m) => ({ id: m.team.id, ticket: lottery.tickets[m.index]! })),
          }
        : { code: "tie-by-id", all_equal: allEqual, tie_break: tieBreak };
    } else if (decidedBy === "rules") {
      why = { code: "tie-by-rules" };
    } else {
      const c = contest.criteria.findIndex((x) => x.id === decidedBy);
      why = {
        code: "tie-by-criterion",
        criterion: decidedBy,
        above: last.team.id,
        above_score: last.team.scores[c]!,
        below: next!.team.id,
        below_score: next!.team.scores[c]!,
      };
    }
    out.push({ place: info.placeRank, members: members.map((m) => m.index), ids, total: r.total, decidedBy, why });
  }
  return out;
}

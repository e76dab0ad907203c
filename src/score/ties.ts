/**
 * Ties in a ranking. Teams whose totals agree to 9 decimals (see `totalKey`) form a tie group; the
 * ranking still orders them (tie-break criteria, then the id), and every output says what did:
 * `decided_by` is "total" when the team's total differs from that of the team just below it (or
 * it is last), else the first tie-break criterion on which the two differ, else "lottery" when the
 * chain ends with the seeded draw, else "id".
 */
import type { Contest } from "../model/contest.js";
import { totalKey, type Ranked } from "./score.js";

/** What separated a team from the one ranked just below it: "total", a criterion id, "lottery" or "id". */
export type DecidedBy = string;

export interface TieInfo {
  /** Ids with the same total, in rank order; undefined when the team's total is its own. */
  readonly group: readonly string[] | undefined;
  readonly decidedBy: DecidedBy;
  /** The shared place: the rank of the group's first team, followed by "=" inside a group ("5="). */
  readonly place: string;
  /** The rank of the group's first team (the team's own rank when alone). */
  readonly placeRank: number;
}

/** What separates team a from team b (a ranked above b), as `decided_by`. */
export function separator(contest: Contest, a: { total: number; index: number }, b: { total: number; index: number }): DecidedBy {
  if (totalKey(a.total) !== totalKey(b.total)) return "total";
  const sa = contest.teams[a.index]!.scores;
  const sb = contest.teams[b.index]!.scores;
  for (const c of contest.rules.tieBreak) if (sa[c] !== sb[c]) return contest.criteria[c]!.id;
  return contest.rules.lottery ? "lottery" : "id";
}

/** Tie information for every ranked team, by team index. */
export function tieInfo(contest: Contest, ranked: readonly Ranked[]): Map<number, TieInfo> {
  const out = new Map<number, TieInfo>();
  let start = 0;
  while (start < ranked.length) {
    let end = start + 1;
    const key = totalKey(ranked[start]!.total);
    while (end < ranked.length && totalKey(ranked[end]!.total) === key) end++;
    const members = ranked.slice(start, end);
    const group = members.length > 1 ? members.map((r) => r.team.id) : undefined;
    const placeRank = ranked[start]!.rank;
    for (let k = start; k < end; k++) {
      const r = ranked[k]!;
      const below = ranked[k + 1];
      out.set(r.index, {
        group,
        decidedBy: below ? separator(contest, r, below) : "total",
        place: group ? `${placeRank}=` : String(r.rank),
        placeRank,
      });
    }
    start = end;
  }
  return out;
}

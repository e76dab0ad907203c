/**
 * A tie at the line: a tie group (equal totals) with some members picked and some left out. What
 * decided it is said in words, for `score`, `select`, `explain` and their audit rows: a tie-break
 * criterion, the lottery (a seeded draw, when the chain ends with `lottery`), the id (alphabetical
 * order, no criterion at all), or the selection rules.
 */
import type { Contest } from "../model/contest.js";
import type { Ranked } from "../score/score.js";
import { andList, ordinal, separator, type TieInfo } from "../score/ties.js";
import type { SelectionResult } from "./select.js";

export interface LineTie {
  /** The group's shared place (the rank of its first team). */
  readonly place: number;
  /** Team indices in rank order. */
  readonly members: readonly number[];
  readonly total: number;
  /** "id", "lottery", a criterion id, or "rules" when the selection rules (not the ranking) chose among them. */
  readonly decidedBy: string;
  /** One sentence, e.g. "5th place: kt, nc-ai and upstage tie at 52.00 and are …". */
  readonly text: string;
}

/** Reasons that mean a team was left out only because the places ran out (or the best set was full). */
const placesRanOut = (reasons: readonly string[]) => reasons.some((r) => r.startsWith("ranked below the last pick") || r.startsWith("not in the highest-scoring set"));

export function lineTies(contest: Contest, ranked: readonly Ranked[], ties: ReadonlyMap<number, TieInfo>, selection: SelectionResult): LineTie[] {
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
    const next = members.find((m) => m.rank > last.rank && !picked.has(m.index));
    const decidedBy = next && placesRanOut(reasons.get(next.index) ?? []) ? separator(contest, last, next) : "rules";
    const ids = members.map((m) => m.team.id);
    const head = `${ordinal(info.placeRank)} place: ${andList(ids)} tie at ${r.total.toFixed(2)}`;
    let text: string;
    const lottery = contest.rules.lottery;
    if (decidedBy === "id" || decidedBy === "lottery") {
      const allEqual = contest.criteria.every((_, c) => members.every((m) => m.team.scores[c] === members[0]!.team.scores[c]));
      const tb = contest.rules.tieBreak.map((c) => contest.criteria[c]!.id);
      const equal = allEqual ? "are equal on every criterion" : tb.length ? `are equal on the tie-break criteria (${tb.join(", ")})` : "the rubric names no tie-break criterion";
      if (decidedBy === "lottery" && lottery) {
        const tickets = members.map((m) => `${m.team.id} ${lottery.tickets[m.index]}`).join(", ");
        text = `${head} and ${equal}; the order was drawn by lot with seed ${lottery.seed} (tickets: ${tickets}), not by any criterion; another seed may give another order.`;
      } else text = `${head} and ${equal}; decided by id (alphabetical order), not by any criterion.`;
    } else if (decidedBy === "rules") {
      text = `${head}; the selection rules, not the ranking, decided which of them are picked (see each one's reasons).`;
    } else {
      const c = contest.criteria.findIndex((x) => x.id === decidedBy);
      text = `${head}; decided by the tie-break criterion ${decidedBy} (${last.team.id} ${last.team.scores[c]}, ${next!.team.id} ${next!.team.scores[c]}).`;
    }
    out.push({ place: info.placeRank, members: members.map((m) => m.index), total: r.total, decidedBy, text });
  }
  return out;
}

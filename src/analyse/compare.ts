/**
 * The same consortia under two or more rubrics (scenarios): each team's rank, total and pick per
 * scenario, Kendall's τ-b between every pair of scenarios' totals (equal totals are ties, not
 * ordered by the tie-break), and who is picked in every, some or no scenario. A team whose pick in
 * some scenario rests on a tie at the line that only the id (or the lottery) decided is in a group of its own,
 * "tie": the data does not tell it apart from a team on the other side of the line.
 */
import { totalKey } from "../score/score.js";
import type { Evaluation } from "../select/evaluate.js";
import { kendallTau } from "./kendall.js";

export interface Scenario {
  /** What the user called it: a bare rubric name, or a file name without `.yaml`. */
  readonly label: string;
  readonly ev: Evaluation;
}

export interface TeamRow {
  readonly id: string;
  readonly name: string;
  /** The Korean name, "" when the file gives none. */
  readonly name_ko: string;
  /** Per scenario, in the given order. */
  readonly cells: readonly Cell[];
  readonly picked: "every" | "some" | "tie" | "none";
}

export interface Cell {
  readonly rank: number;
  /** The shared place: "5=" inside a tie group. */
  readonly place: string;
  readonly total: number;
  readonly selected: boolean;
  /** In a tie at the line that only the id or the lottery decided: its pick (or not) here rests on the tie. */
  readonly tie: boolean;
}

export interface Tau {
  readonly a: string;
  readonly b: string;
  readonly tau: number | null;
  /** Pairs of teams with equal totals in scenario a, and in b. */
  readonly tied_a: number;
  readonly tied_b: number;
}

export interface Comparison {
  readonly scenarios: readonly Scenario[];
  /** Teams in the first scenario's rank order. */
  readonly rows: readonly TeamRow[];
  readonly tau: readonly Tau[];
}

export function compareScenarios(scenarios: readonly Scenario[]): Comparison {
  const first = scenarios[0]!.ev;
  const ids = first.ranked.map((r) => r.team.id);
  const lookup = scenarios.map((s) => new Map(s.ev.ranked.map((r) => [r.team.id, r])));
  for (const [k, m] of lookup.entries()) {
    if (m.size !== ids.length || ids.some((id) => !m.has(id))) throw new Error(`scenario ${scenarios[k]!.label} has other consortia`);
  }
  const rows: TeamRow[] = ids.map((id) => {
    const cells = scenarios.map((s, k) => {
      const r = lookup[k]!.get(id)!;
      const tie = s.ev.lineTies.some((t) => (t.decidedBy === "id" || t.decidedBy === "lottery") && t.members.includes(r.index));
      return { rank: r.rank, place: s.ev.ties.get(r.index)!.place, total: r.total, selected: s.ev.selected.has(r.index), tie };
    });
    const n = cells.filter((c) => c.selected).length;
    const team = lookup[0]!.get(id)!.team;
    const picked = cells.some((c) => c.tie) ? "tie" : n === cells.length ? "every" : n > 0 ? "some" : "none";
    return { id, name: team.name, name_ko: team.consortium.name_ko ?? "", cells, picked };
  });
  // τ-b on the totals as the ranking compares them (to 9 decimals): higher total = better place.
  const keys = (k: number) => rows.map((r) => totalKey(r.cells[k]!.total));
  const tiedPairs = (xs: readonly number[]) => {
    const count = new Map<number, number>();
    for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
    return [...count.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  };
  const tau: Tau[] = [];
  // Stryker disable next-line EqualityOperator: equivalent: one more outer pass whose inner loop starts past the end and does nothing
  for (let i = 0; i < scenarios.length; i++) {
    for (let j = i + 1; j < scenarios.length; j++) {
      const [a, b] = [keys(i), keys(j)];
      tau.push({ a: scenarios[i]!.label, b: scenarios[j]!.label, tau: kendallTau(a, b), tied_a: tiedPairs(a), tied_b: tiedPairs(b) });
    }
  }
  return { scenarios, rows, tau };
}

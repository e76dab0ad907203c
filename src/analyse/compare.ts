/**
 * The same consortia under two or more rubrics (scenarios): each team's rank, total and pick per
 * scenario, Kendall's τ between every pair of rankings, and who is picked in every, some or no
 * scenario.
 */
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
  readonly cells: readonly { rank: number; total: number; selected: boolean }[];
  readonly picked: "every" | "some" | "none";
}

export interface Comparison {
  readonly scenarios: readonly Scenario[];
  /** Teams in the first scenario's rank order. */
  readonly rows: readonly TeamRow[];
  readonly tau: readonly { a: string; b: string; tau: number | null }[];
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
      return { rank: r.rank, total: r.total, selected: s.ev.selected.has(r.index) };
    });
    const n = cells.filter((c) => c.selected).length;
    const team = lookup[0]!.get(id)!.team;
    return { id, name: team.name, name_ko: team.consortium.name_ko ?? "", cells, picked: n === cells.length ? "every" : n > 0 ? "some" : "none" };
  });
  const tau: { a: string; b: string; tau: number | null }[] = [];
  for (let i = 0; i < scenarios.length; i++) {
    for (let j = i + 1; j < scenarios.length; j++) {
      tau.push({ a: scenarios[i]!.label, b: scenarios[j]!.label, tau: kendallTau(rows.map((r) => r.cells[i]!.rank), rows.map((r) => r.cells[j]!.rank)) });
    }
  }
  return { scenarios, rows, tau };
}

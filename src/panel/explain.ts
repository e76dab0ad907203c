/** What `explain` shows of a panel for one team: each reviewer's score, and which were left out and why. */
import type { PanelResult } from "./compute.js";

export interface PanelReviewerScore {
  reviewer: string;
  score: number;
  counted: boolean;
  /** Why a score did not count: recused (and the organisation), or dropped as a highest or lowest. */
  why: string | null;
}

export interface PanelCriterion {
  criterion: string;
  value: number;
  /** No reviewer scored this criterion: the file's value stands. */
  from_file: boolean;
  n: number;
  scores: PanelReviewerScore[];
}

export interface PanelCard {
  reviews: string;
  aggregate: string;
  recused: { reviewer: string; organisation: string }[];
  criteria: PanelCriterion[];
}

export function panelCard(result: PanelResult, teamId: string): PanelCard | undefined {
  const team = result.teams.find((t) => t.id === teamId);
  if (!team) return undefined;
  const recusals = result.recusals.filter((r) => r.team === teamId);
  const org = new Map(recusals.map((r) => [r.reviewer, r.organisation]));
  return {
    reviews: result.source,
    aggregate: result.spec.aggregate === "trimmed-mean" ? `trimmed-mean (trim ${result.spec.trim})` : result.spec.aggregate,
    recused: recusals.map((r) => ({ reviewer: r.reviewer, organisation: r.organisation })),
    criteria: team.cells.map((c) => ({
      criterion: c.criterion,
      value: c.value,
      from_file: c.fromFile,
      n: c.n,
      scores: c.scores.map((s) => ({
        reviewer: s.reviewer,
        score: s.value,
        counted: s.status === "used",
        why:
          s.status === "recused"
            ? `recused: affiliation ${org.get(s.reviewer) ?? "?"}`
            : s.status === "dropped-low"
              ? "dropped: lowest"
              : s.status === "dropped-high"
                ? "dropped: highest"
                : null,
      })),
    })),
  };
}

/** One line per criterion: `from_scratch 7.4 (olympic of 5): r01 8, r02 7, r06 4 [dropped: lowest], …`. */
export function panelCardLines(card: PanelCard, num: (n: number) => string): string[] {
  const lines = card.criteria.map((c) => {
    if (c.from_file) return `${c.criterion}: no reviewer scored it; the file's value ${num(c.value)} stands`;
    const parts = c.scores.map((s) => `${s.reviewer} ${num(s.score)}${s.why ? ` [${s.why}]` : ""}`);
    return `${c.criterion} ${num(c.value)} (${card.aggregate} of ${c.n}): ${parts.join(", ")}`;
  });
  return lines;
}

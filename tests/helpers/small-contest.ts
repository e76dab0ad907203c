/**
 * Hand-made selection examples: a rubric with one weighted criterion `a` (0–10, so a total is 10 × a)
 * and a weight-0 criterion `b` for tie-breaks, the given selection rules, and one team per line.
 */
import { en, reasonText } from "../../src/i18n/index.js";
import { buildContest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric, Selection } from "../../src/schema/rubric.js";
import { evaluate, type Evaluation } from "../../src/select/evaluate.js";

export type T = { id: string; kind?: string; a: number; b?: number; members?: string[] };

export function contest(selection: Selection, teams: T[]): Evaluation {
  const rubric: Rubric = {
    name: "ex",
    criteria: [
      { id: "a", label: "A", weight: 1, scale: { min: 0, max: 10 } },
      { id: "b", label: "B", weight: 0, scale: { min: 0, max: 10 } },
    ],
    selection,
  };
  const consortia: Consortium[] = teams.map((t) => ({
    id: t.id,
    name: t.id.toUpperCase(),
    lead: { name: `${t.id} lead`, kind: t.kind ?? "startup" },
    members: (t.members ?? []).map((name) => ({ name, kind: "academia" })),
    scores: { a: { value: t.a }, b: { value: t.b ?? 0 } },
  }));
  return evaluate(buildContest(rubric, consortia));
}

/** The picked ids, in pick order. */
export const picked = (ev: Evaluation) => ev.selection.selected.map((i) => ev.contest.teams[i]!.id);

/** A team's reasons in English words, joined. */
export const why = (ev: Evaluation, id: string) =>
  ev.reasons
    .get(ev.contest.teams.findIndex((t) => t.id === id))!
    .map((r) => reasonText(r, en))
    .join("; ");

/** A team's reason codes. */
export const codes = (ev: Evaluation, id: string) => ev.reasons.get(ev.contest.teams.findIndex((t) => t.id === id))!.map((r) => r.code);

/** Build a small Contest in memory (no files) for hand-computed analysis tests. */
import { buildContest, type Contest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric, Selection } from "../../src/schema/rubric.js";

export interface TeamSpec {
  id: string;
  kind?: string;
  /** Scores in criterion order, on a 0–10 scale. */
  s: number[];
}

export function make(o: { weights: number[]; teams: TeamSpec[]; selection?: Partial<Selection>; bonus?: Rubric["bonus"] }): Contest {
  const ids = o.weights.map((_, i) => "abcdefgh"[i]!);
  const rubric: Rubric = {
    name: "Test",
    criteria: o.weights.map((w, i) => ({ id: ids[i]!, label: ids[i]!, weight: w, scale: { min: 0, max: 10 } })),
    ...(o.bonus ? { bonus: o.bonus } : {}),
    selection: { teams: 2, ...o.selection },
  };
  const consortia: Consortium[] = o.teams.map((t) => ({
    id: t.id,
    name: `Team ${t.id}`,
    lead: { name: `Lead ${t.id}`, kind: t.kind ?? "startup" },
    scores: Object.fromEntries(t.s.map((v, i) => [ids[i]!, { value: v }])),
  }));
  return buildContest(rubric, consortia);
}

export const idsOf = (c: Contest, set: Iterable<number>) => [...set].map((i) => c.teams[i]!.id).sort();

type Crit = Rubric["criteria"][number];

/** A criterion on a 0–10 scale with weight 1 (the label its id in capitals), with any field changed. */
export const crit = (id: string, extra: Partial<Crit> = {}): Crit => ({
  id,
  label: id.toUpperCase(),
  weight: 1,
  scale: { min: 0, max: 10 },
  ...extra,
});

/** A start-up-led consortium with scores a and b. */
export const team = (id: string, a: number, b: number): Consortium => ({
  id,
  name: id,
  lead: { name: `${id} lead`, kind: "startup" },
  scores: { a: { value: a }, b: { value: b } },
});

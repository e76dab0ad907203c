/**
 * The panel: for each team and criterion, which reviewers count (recusal), the aggregate the rubric
 * asks for, and the spread. The result replaces the consortia's values (apply.ts) and is what
 * `panel`, `explain` and `simulate --scores bootstrap` show or resample.
 */
import { saying, type Problem } from "../errors.js";
import { organisationKey } from "../model/contest.js";
import type { Consortium } from "../schema/consortium.js";
import type { Aggregate, Rubric } from "../schema/rubric.js";
import { mean, meanOf, medianOf, olympicOf, populationSd, sortedEntries, trimmedMeanOf, type Aggregated, type Entry } from "./aggregate.js";
import type { Reviewer, Reviews } from "./types.js";

export interface PanelSpec {
  readonly aggregate: Aggregate;
  readonly trim: number;
  /** As the rubric says (default 1); olympic needs at least 3 whatever it says. */
  readonly minReviewers: number;
  readonly recusal: "none" | "affiliation";
}

function panelSpec(rubric: Rubric): PanelSpec {
  const p = rubric.panel ?? {};
  return { aggregate: p.aggregate ?? "mean", trim: p.trim ?? 0.2, minReviewers: p.min_reviewers ?? 1, recusal: p.recusal ?? "none" };
}

export function neededReviewers(spec: PanelSpec): number {
  return spec.aggregate === "olympic" ? Math.max(3, spec.minReviewers) : spec.minReviewers;
}

export type ScoreStatus = "used" | "dropped-low" | "dropped-high" | "recused";

export interface PanelCell {
  readonly criterion: string;
  /** The panel's score, or the consortium file's value where no reviewer scored this criterion. */
  readonly value: number;
  /** No reviewer scored this criterion for any team: the file's value stands. */
  readonly fromFile: boolean;
  /** Scores that made the value. */
  readonly n: number;
  /** Spread of the scores of the reviewers not recused (before trimming); null without scores. */
  readonly min: number | null;
  readonly max: number | null;
  readonly sd: number | null;
  /** Every reviewer's score for the team on this criterion, by reviewer id. */
  readonly scores: readonly { reviewer: string; value: number; status: ScoreStatus }[];
  readonly recused: readonly string[];
  readonly dropped: readonly string[];
}

export interface Recusal {
  readonly reviewer: string;
  readonly team: string;
  /** The organisation, as the consortium file names it. */
  readonly organisation: string;
}

export interface PanelResult {
  readonly spec: PanelSpec;
  readonly source: string;
  readonly reviewers: readonly Reviewer[];
  /** Rubric criterion ids, and whether any reviewer scored each. */
  readonly criteria: readonly { id: string; scored: boolean }[];
  /** Teams in id order, cells in rubric order. */
  readonly teams: readonly { id: string; cells: readonly PanelCell[] }[];
  readonly recusals: readonly Recusal[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Who is recused from which team: an affiliation that is the team's lead or a member. */
function recusalsOf(spec: PanelSpec, reviewers: readonly Reviewer[], consortia: readonly Consortium[]): Recusal[] {
  if (spec.recusal === "none") return [];
  const out: Recusal[] = [];
  for (const c of [...consortia].sort((a, b) => byId(a.id, b.id))) {
    const orgs = [c.lead, ...(c.members ?? [])];
    for (const r of [...reviewers].sort((a, b) => byId(a.id, b.id))) {
      const keys = new Set(r.affiliations.map(organisationKey));
      const hit = orgs.find((o) => keys.has(organisationKey(o.name)));
      if (hit) out.push({ reviewer: r.id, team: c.id, organisation: hit.name.trim() });
    }
  }
  return out;
}

/** z-scores per reviewer on one criterion, over the teams each scored (0 where their SD is 0). */
export function zScores(entries: readonly { reviewer: string; team: string; value: number }[]): Map<string, number> {
  const byReviewer = new Map<string, number[]>();
  for (const e of entries) (byReviewer.get(e.reviewer) ?? byReviewer.set(e.reviewer, []).get(e.reviewer)!).push(e.value);
  const stats = new Map([...byReviewer].map(([r, xs]) => [r, { m: mean(xs), s: populationSd(xs) }]));
  const z = new Map<string, number>();
  for (const e of entries) {
    const { m, s } = stats.get(e.reviewer)!;
    z.set(`${e.reviewer}\u0000${e.team}`, s > 0 ? (e.value - m) / s : 0);
  }
  return z;
}

export interface PanelOptions {
  /** Leave this reviewer out entirely (for `panel --influence`). */
  readonly without?: string;
}

/** The panel for validated data. Problems: team × criterion cells with too few valid scores. */
export function computePanel(
  rubric: Rubric,
  consortia: readonly Consortium[],
  reviews: Reviews,
  opts: PanelOptions = {},
): { panel: PanelResult; problems: Problem[] } {
  const spec = panelSpec(rubric);
  const reviewers = reviews.reviewers.filter((r) => r.id !== opts.without);
  const scores = reviews.scores.filter((s) => s.reviewer !== opts.without);
  const recusals = recusalsOf(spec, reviewers, consortia);
  const recused = new Set(recusals.map((r) => `${r.reviewer}\u0000${r.team}`));
  const need = neededReviewers(spec);
  const problems: Problem[] = [];
  const teams = [...consortia].sort((a, b) => byId(a.id, b.id));
  const criteria = rubric.criteria.map((c) => ({ id: c.id, scored: scores.some((s) => s.criterion === c.id) }));
  const cells = new Map<string, PanelCell[]>(teams.map((t) => [t.id, []]));
  for (const [ci, crit] of rubric.criteria.entries()) {
    const all = scores.filter((s) => s.criterion === crit.id);
    const valid = all.filter((s) => !recused.has(`${s.reviewer}\u0000${s.team}`));
    const z = spec.aggregate === "z-mean" ? zScores(valid) : undefined;
    const overall = valid.map((s) => s.value);
    for (const t of teams) {
      const mine = all.filter((s) => s.team === t.id).sort((a, b) => byId(a.reviewer, b.reviewer));
      const used: Entry[] = mine.filter((s) => !recused.has(`${s.reviewer}\u0000${t.id}`));
      const recusedHere = recusals.filter((r) => r.team === t.id).map((r) => r.reviewer);
      const fileValue = () => {
        const v = t.scores[crit.id]!.value;
        return typeof v === "number" ? v : crit.levels![v]!;
      };
      if (!criteria[ci]!.scored) {
        cells.get(t.id)!.push({
          criterion: crit.id,
          value: fileValue(),
          fromFile: true,
          n: 0,
          min: null,
          max: null,
          sd: null,
          scores: [],
          recused: recusedHere,
          dropped: [],
        });
        continue;
      }
      if (used.length < need) {
        const rec = mine.filter((s) => recused.has(`${s.reviewer}\u0000${t.id}`)).map((s) => s.reviewer);
        const olympic = spec.aggregate === "olympic" && need > spec.minReviewers;
        const said = {
          code: "too-few-reviews",
          team: t.id,
          criterion: crit.id,
          n: used.length,
          who: used.map((e) => e.reviewer),
          need,
          olympic,
          recused: rec,
        } as const;
        problems.push({ ...saying(said), file: reviews.source, path: `${t.id}.${crit.id}` });
        continue;
      }
      let agg: Aggregated;
      switch (spec.aggregate) {
        case "median":
          agg = medianOf(used);
          break;
        case "trimmed-mean":
          agg = trimmedMeanOf(used, spec.trim);
          break;
        case "olympic":
          agg = olympicOf(used);
          break;
        case "z-mean": {
          const zs = used.map((e) => z!.get(`${e.reviewer}\u0000${t.id}`)!);
          const raw = mean(overall) + populationSd(overall) * mean(zs);
          agg = { value: Math.min(crit.scale.max, Math.max(crit.scale.min, raw)), used: used.map((e) => e.reviewer), dropped: [] };
          break;
        }
        default:
          agg = meanOf(used);
      }
      const values = used.map((e) => e.value);
      // Dropped at the low end: the first half of the dropped in (value, id) order.
      const k = agg.dropped.length / 2;
      const low = new Set(
        sortedEntries(used)
          .slice(0, k)
          .map((e) => e.reviewer),
      );
      const dropped = new Set(agg.dropped);
      cells.get(t.id)!.push({
        criterion: crit.id,
        value: agg.value,
        fromFile: false,
        n: agg.used.length,
        min: Math.min(...values),
        max: Math.max(...values),
        sd: populationSd(values),
        scores: mine.map((s) => ({
          reviewer: s.reviewer,
          value: s.value,
          status: recused.has(`${s.reviewer}\u0000${t.id}`)
            ? "recused"
            : dropped.has(s.reviewer)
              ? low.has(s.reviewer)
                ? "dropped-low"
                : "dropped-high"
              : "used",
        })),
        recused: recusedHere,
        dropped: agg.dropped,
      });
    }
  }
  return {
    panel: {
      spec,
      source: reviews.source,
      reviewers,
      criteria,
      teams: teams.map((t) => ({ id: t.id, cells: cells.get(t.id)! })),
      recusals,
    },
    problems,
  };
}

/** The consortia with the panel's values in place of the files' (evidence kept; range widened to the panel's spread). */
export function applyPanel(consortia: readonly Consortium[], panel: PanelResult): Consortium[] {
  const byTeam = new Map(panel.teams.map((t) => [t.id, t.cells]));
  return consortia.map((c) => {
    const cells = byTeam.get(c.id);
    if (!cells) return c;
    const scores = { ...c.scores };
    for (const cell of cells) {
      if (cell.fromFile) continue;
      const old = scores[cell.criterion]!;
      const lo = Math.min(cell.value, cell.min!);
      const hi = Math.max(cell.value, cell.max!);
      const { range: _range, ...rest } = old;
      scores[cell.criterion] = { ...rest, value: cell.value, ...(hi > lo ? { range: [lo, hi] as [number, number] } : {}) };
    }
    return { ...c, scores };
  });
}

/**
 * What `panel` shows: the panel's cells, agreement per criterion, and (with --influence) whose
 * absence would change the picked set. Pure: data in, a report out.
 */
import type { Consortium } from "../schema/consortium.js";
import type { Rubric } from "../schema/rubric.js";
import { buildContest } from "../model/contest.js";
import { applyWeightOverrides, type WeightOverride } from "../score/weights.js";
import { rankAndSelect } from "../select/evaluate.js";
import { kendallW, krippendorffAlpha } from "./agreement.js";
import { applyPanel, computePanel, type PanelResult } from "./compute.js";
import type { PanelData } from "./data.js";
import type { Reviews } from "./types.js";

export interface Agreement {
  readonly criterion: string;
  /** Krippendorff's α (interval) over the valid scores; null when undefined. */
  readonly alpha: number | null;
  /** Kendall's W (tie-corrected) when every reviewer of the criterion scored every team; else null. */
  readonly w: number | null;
  /** Why W is null, when it is. */
  /** Why W is not given (words in the catalogues: panel.wNote). */
  readonly wNote?: "not-scored" | "degenerate" | "incomplete";
  /** Valid scores on the criterion. */
  readonly scores: number;
}

export interface Influence {
  readonly reviewer: string;
  /** The picked set without this reviewer, by id; undefined when the panel cannot do without them. */
  readonly picked?: readonly string[];
  readonly gained: readonly string[];
  readonly lost: readonly string[];
  /** Why the panel cannot be formed without them (too few scores somewhere). */
  readonly problem?: string;
}

export interface PanelReport {
  readonly result: PanelResult;
  readonly reviews: Reviews;
  readonly agreement: readonly Agreement[];
  /** The picked set with every reviewer, by id. */
  readonly picked: readonly string[];
  readonly influence?: readonly Influence[];
}

function agreementOf(result: PanelResult): Agreement[] {
  return result.criteria.map(({ id, scored }) => {
    if (!scored) return { criterion: id, alpha: null, w: null, wNote: "not-scored", scores: 0 };
    const units = result.teams.map((t) =>
      t.cells
        .find((c) => c.criterion === id)!
        .scores.filter((s) => s.status !== "recused")
        .map((s) => s.value),
    );
    const reviewers = [
      ...new Set(result.teams.flatMap((t) => t.cells.find((c) => c.criterion === id)!.scores.map((s) => s.reviewer))),
    ].sort();
    const matrix = reviewers.map((r) =>
      result.teams.map(
        (t) => t.cells.find((c) => c.criterion === id)!.scores.find((s) => s.reviewer === r && s.status !== "recused")?.value,
      ),
    );
    const complete = matrix.every((row) => row.every((v) => v !== undefined));
    const w = complete ? kendallW(matrix as number[][]) : null;
    return {
      criterion: id,
      alpha: krippendorffAlpha(units),
      w,
      ...(complete ? (w === null ? { wNote: "degenerate" as const } : {}) : { wNote: "incomplete" as const }),
      scores: units.reduce((a, u) => a + u.length, 0),
    };
  });
}

function pickedIds(rubric: Rubric, consortia: readonly Consortium[], weights: readonly WeightOverride[], seed?: number): string[] {
  const contest = buildContest(rubric, consortia, applyWeightOverrides(rubric.criteria, weights), seed);
  return rankAndSelect(contest)
    .selection.selected.map((i) => contest.teams[i]!.id)
    .sort();
}

/** The picked set leaving out each reviewer in turn, compared with the whole panel's. */
function influenceOf(
  rubric: Rubric,
  consortia: readonly Consortium[],
  panel: PanelData,
  weights: readonly WeightOverride[],
  base: readonly string[],
  seed?: number,
): Influence[] {
  return panel.reviews.reviewers.map((r) => {
    const without = computePanel(rubric, consortia, panel.reviews, { without: r.id });
    if (without.problems.length)
      return { reviewer: r.id, gained: [], lost: [], problem: without.problems.map((p) => p.message).join("; ") };
    const picked = pickedIds(rubric, applyPanel(consortia, without.panel), weights, seed);
    return { reviewer: r.id, picked, gained: picked.filter((id) => !base.includes(id)), lost: base.filter((id) => !picked.includes(id)) };
  });
}

export function panelReport(
  rubric: Rubric,
  consortia: readonly Consortium[],
  panel: PanelData,
  weights: readonly WeightOverride[],
  withInfluence: boolean,
  seed?: number,
): PanelReport {
  const picked = pickedIds(rubric, applyPanel(consortia, panel.result), weights, seed);
  return {
    result: panel.result,
    reviews: panel.reviews,
    agreement: agreementOf(panel.result),
    picked,
    ...(withInfluence ? { influence: influenceOf(rubric, consortia, panel, weights, picked, seed) } : {}),
  };
}

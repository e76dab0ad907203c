/**
 * Replay one stage with only the data dated on or before it: the consortium files of its entrants and the
 * stage's own rubric (the default rubric where none was published). Compare the model's picks and
 * probabilities with what happened, and ask the inverse question: which weights would have reproduced it.
 */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { DataError, UsageError, didYouMean, type Problem } from "../errors.js";
import { inReadingOrder, type Place } from "../load/contest.js";
import { problemSaid } from "../parse/positions.js";
import type { Contest } from "../model/contest.js";
import type { MethodName } from "../methods/index.js";
import { rankAndSelect } from "../select/evaluate.js";
import { uniformSimplex } from "../simulate/distributions.js";
import { Rng } from "../random/rng.js";
import { kendallTau } from "../analyse/kendall.js";
import type { Stage } from "../schema/stage.js";
import { dataDate } from "./dating.js";
import type { Programme } from "./load.js";
import { baseline, brier, hitsOf, logLoss, spearman } from "./metrics.js";
import { simulateStage, stageContest, stageRubric, type StageRubric } from "./stage-run.js";

export interface BacktestSettings {
  runs: number;
  seed: number;
  /** Weight vectors sampled for the inverse question. */
  samples: number;
  /** --method: the aggregation method instead of the rubric's. */
  method?: MethodName;
}

export interface Inverse {
  samples: number;
  /** Share of the sampled weight vectors under which the rubric picks exactly the actual set. */
  share: number;
  /** Mean weights (normalised) of those vectors, by criterion; null when none did. */
  mean_weights: Record<string, number> | null;
}

export interface Backtest {
  stage: Stage;
  rubric: StageRubric;
  contest: Contest;
  /** How many the model picks: the number planned to advance (known before the stage). */
  k: number;
  predicted: string[];
  actual: string[];
  hits: number;
  precision: number | null;
  recall: number | null;
  probabilities: Record<string, number>;
  brier: number;
  log_loss: number;
  baseline: { p: number; brier: number; log_loss: number };
  /** Rank correlation between the model's totals and the published points (rank groups or totals). */
  published: { teams: string[]; spearman: number | null; kendall_tau_b: number | null; basis: string } | null;
  totals: Record<string, number>;
  inverse: Inverse;
  /**
   * Where a gate decided part of the stage and places on points were published: the same question for the teams
   * that were in the top k on points (before the gate).
   */
  inverse_points: (Inverse & { set: string[] }) | null;
  /** Data dates of the entrants' files. */
  data: { id: string; file: string; date: string | null }[];
  notes: string[];
  settings: BacktestSettings;
  files: string[];
}

const advancing = (o: string) => o === "advanced" || o === "added";

function findStage(p: Programme, id: string): Stage {
  const s = p.stages.find((x) => x.value.id === id)?.value;
  if (!s)
    throw new UsageError({
      code: "no-stage",
      id,
      suggestion:
        didYouMean(
          id,
          p.stages.map((x) => x.value.id),
        ) ?? null,
      stages: p.stages.map((x) => x.value.id),
    });
  return s;
}

/** Refuse data dated after the stage: every entrant's file, with the file, the field and the date. */
function checkLeaks(p: Programme, stage: Stage, day: string): { id: string; file: string; date: string | null }[] {
  const problems: Problem[] = [];
  const out = stage.entrants.map((id) => {
    const c = p.consortia.get(id)!;
    const d = dataDate(c, p.sources);
    if (d && d.date > day) problems.push(problemSaid(c.file, d.path, { code: "data-after-stage", dated: d.dated, stage: stage.id, day }));
    return { id, file: c.file.file, date: d?.date ?? null };
  });
  if (problems.length) throw new DataError(inReadingOrder(problems));
  return out;
}

function inverseShare(contest: Contest, actual: readonly string[], samples: number, seed: number): Inverse {
  const k = actual.length;
  const c: Contest = { ...contest, rules: { ...contest.rules, teams: k } };
  const want = new Set(actual);
  const rng = Rng.forChunk(seed, 0);
  const w = new Float64Array(contest.criteria.length);
  const sum = new Float64Array(contest.criteria.length);
  let hits = 0;
  for (let s = 0; s < samples; s++) {
    uniformSimplex(rng, w);
    const picked = rankAndSelect(c, Array.from(w)).selection.selected.map((t) => contest.teams[t]!.id);
    if (picked.length === want.size && picked.every((id) => want.has(id))) {
      hits++;
      for (let i = 0; i < w.length; i++) sum[i]! += w[i]!;
    }
  }
  return {
    samples,
    share: hits / samples,
    mean_weights: hits ? Object.fromEntries(contest.criteria.map((cr, i) => [cr.id, sum[i]! / hits])) : null,
  };
}

export async function backtest(
  p: Programme,
  stageId: string,
  place: Place,
  settings: BacktestSettings,
  m: Messages = en,
): Promise<Backtest> {
  const w = m.backtest;
  const stage = findStage(p, stageId);
  if (stage.status === "planned" || stage.results.length === 0 || stage.date === undefined)
    throw new UsageError({
      code: "stage-not-done",
      id: stage.id,
      done: p.stages.filter((s) => s.value.results.length).map((s) => s.value.id),
    });
  const day = stage.date;
  const data = checkLeaks(p, stage, day);
  const { loaded, contest: base } = stageContest(p, place, stage.rubric ?? "default", stage.entrants, settings);
  const k = stage.rules.planned ?? base.rules.teams;
  const contest: Contest = { ...base, rules: { ...base.rules, teams: k } };
  const { ranked, selection } = rankAndSelect(contest);
  const predicted = selection.selected.map((t) => contest.teams[t]!.id).sort();
  const actual = stage.results
    .filter((r) => advancing(r.outcome))
    .map((r) => r.id)
    .sort();
  const report = await simulateStage(contest, settings);
  const pById = new Map(report.results.map((r) => [r.id, r.p_selected]));
  const ids = contest.teams.map((t) => t.id);
  const outcomes = ids.map((id) => (actual.includes(id) ? 1 : 0) as 0 | 1);
  const ps = ids.map((id) => pById.get(id)!);
  const totals = Object.fromEntries(ranked.map((r) => [contest.teams[r.index]!.id, r.total]));
  const notes: string[] = [];
  // Published points: rank groups where given, else totals of the published parts where every team has them.
  const withRank = stage.results.filter((r) => r.points_rank !== undefined);
  let published: Backtest["published"] = null;
  if (withRank.length >= 2) {
    const teams = withRank.map((r) => r.id);
    const model = teams.map((id) => totals[id]!);
    const pub = withRank.map((r) => -r.points_rank!);
    published = { teams, spearman: spearman(model, pub), kendall_tau_b: kendallTau(model, pub), basis: w.basis };
  } else notes.push(w.noPublished);
  const inverse = inverseShare(contest, actual, settings.samples, settings.seed);
  const gates = stage.rules.gates ?? [];
  const onPoints = stage.results
    .filter((r) => r.points_rank !== undefined && r.points_rank <= k)
    .map((r) => r.id)
    .sort();
  const inversePoints =
    gates.length > 0 && onPoints.length === k && onPoints.join() !== actual.join()
      ? { set: onPoints, ...inverseShare(contest, onPoints, settings.samples, settings.seed) }
      : null;
  if (inverse.share === 0)
    notes.push(
      w.noWeighting({
        criteria: contest.criteria.map((c) => c.id).join(", "),
        gates: gates.length ? gates.map((g) => localized(m, g.name, g.name_ko)).join(", ") : null,
      }),
    );
  if (!stage.rubric) notes.push(w.noRubric);
  if (settings.method) notes.push(w.methodAsked({ method: settings.method }));
  if (stage.rules.planned !== undefined && stage.rules.planned !== actual.length)
    notes.push(w.planned({ planned: stage.rules.planned, actual: actual.length, k }));
  return {
    stage,
    rubric: stageRubric(contest, loaded, stage.rubric !== undefined),
    contest,
    k,
    predicted,
    actual,
    ...hitsOf(predicted, actual),
    probabilities: Object.fromEntries(ids.map((id, i) => [id, ps[i]!])),
    brier: brier(ps, outcomes),
    log_loss: logLoss(ps, outcomes),
    baseline: baseline(k, outcomes),
    published,
    totals,
    inverse,
    inverse_points: inversePoints,
    data,
    notes,
    settings,
    files: [...p.files, ...loaded.files],
  };
}

/**
 * From the latest stage that is done: who is still in, and each one's probability of advancing at the next
 * planned stage and of reaching the final, by simulating the consortium files under the next stage's rubric —
 * published where it is, else the latest published one, with every assumption written out.
 */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { UsageError } from "../errors.js";
import type { Place } from "../load/contest.js";
import type { Contest } from "../model/contest.js";
import type { MethodName } from "../methods/index.js";
import type { Stage } from "../schema/stage.js";
import { dataDate } from "./dating.js";
import { stageWhen, type Programme } from "./load.js";
import { simulateStage, stageContest, stageRubric, type StageRubric } from "./stage-run.js";

export interface ForecastTeam {
  id: string;
  name: string;
  p_advance: number;
  p_final: number;
  mean_rank: number;
  /** The date of the data the team's file holds. */
  data_as_of: string | null;
}

export interface Forecast {
  from: Stage;
  next: Stage;
  remaining: string[];
  rubric: StageRubric;
  advance: number;
  final: number | null;
  gates: string[];
  teams: ForecastTeam[];
  assumptions: string[];
  /** The latest publication date among the sources read. */
  sources_until: string;
  settings: { runs: number; seed: number };
  contest: Contest;
  files: string[];
}

/** Teams still in after the stages that are done, in id order. */
export function remainingAfter(stages: readonly Stage[]): string[] {
  const alive = new Set<string>();
  for (const s of stages) {
    if (s.status === "planned") continue;
    if (s.results.length === 0) for (const id of s.entrants) alive.add(id);
    for (const r of s.results) {
      if (r.outcome === "advanced" || r.outcome === "added") alive.add(r.id);
      else alive.delete(r.id);
    }
  }
  return [...alive].sort();
}

export interface ForecastSettings {
  runs: number;
  seed: number;
  /** --method: the aggregation method instead of the rubric's. */
  method?: MethodName;
}

export async function forecast(p: Programme, place: Place, settings: ForecastSettings, m: Messages = en): Promise<Forecast> {
  const w = m.forecast;
  const stages = p.stages.map((s) => s.value);
  const doneIdx = stages.map((s) => s.status !== "planned").lastIndexOf(true);
  if (doneIdx < 0) throw new UsageError({ code: "nothing-done" });
  const from = stages[doneIdx]!;
  const next = stages.slice(doneIdx + 1).find((s) => s.status === "planned");
  if (!next) throw new UsageError({ code: "no-planned", from: from.id });
  const remaining = remainingAfter(stages.slice(0, doneIdx + 1));
  const assumptions: string[] = [];
  if (next.rules.note) assumptions.push(w.plan({ next: next.id, note: localized(m, next.rules.note, next.rules.note_ko) }));
  const missing = remaining.filter((id) => !next.entrants.includes(id));
  if (missing.length) assumptions.push(w.missing({ ids: missing, from: from.id, next: next.id }));
  const entrants = [...next.entrants].sort();
  const lastRubric = [...stages.slice(0, doneIdx + 1)].reverse().find((s) => s.rubric !== undefined);
  const rubricName = next.rubric ?? lastRubric?.rubric ?? "default";
  if (next.rubric === undefined)
    assumptions.push(
      lastRubric
        ? w.rubricAssumed({ next: next.id, stage: lastRubric.id, rubric: lastRubric.rubric! })
        : w.defaultAssumed({ next: next.id }),
    );
  const { loaded, contest: base } = stageContest(p, place, rubricName, entrants, settings);
  const advance = next.rules.planned ?? next.rules.advance ?? base.rules.teams;
  if (next.rules.planned === undefined && next.rules.advance === undefined) assumptions.push(w.advanceAssumed({ next: next.id, advance }));
  const final = next.rules.final ?? null;
  const contest: Contest = { ...base, rules: { ...base.rules, teams: Math.min(advance, entrants.length) } };
  const report = await simulateStage(contest, settings);
  const dates = entrants.map((id) => dataDate(p.consortia.get(id)!, p.sources)?.date ?? null);
  const teams: ForecastTeam[] = report.results.map((r) => ({
    id: r.id,
    name: r.name,
    p_advance: r.p_selected,
    p_final: final === null ? 0 : r.rank_probabilities.slice(0, final).reduce((a, b) => a + b, 0),
    mean_rank: r.mean_rank,
    data_as_of: dates[entrants.indexOf(r.id)] ?? null,
  }));
  const sourcesUntil =
    [...p.sources.records.values()]
      .map((s) => s.published)
      .sort()
      .at(-1) ?? "";
  const oldest = dates.filter((d): d is string => d !== null).sort()[0];
  assumptions.push(w.scores({ oldest: oldest ?? null }), gatesText(stages, next, m));
  const scored = [...stages.slice(0, doneIdx + 1)].reverse().find((s) => s.results.some((r) => r.points_rank !== undefined));
  if (scored) {
    const first = scored.results.filter((r) => r.points_rank === 1).map((r) => r.id);
    assumptions.push(w.published({ stage: scored.id, first }));
  }
  if (final !== null) assumptions.push(w.final({ final, next: next.id }));
  if (next.expected && next.expected < sourcesUntil.slice(0, 7))
    assumptions.push(w.expected({ next: next.id, expected: next.expected, until: sourcesUntil }));
  assumptions.push(w.noResult({ next: next.id, until: sourcesUntil }));
  if (settings.method) assumptions.push(w.methodAsked({ method: settings.method }));
  return {
    from,
    next,
    remaining,
    rubric: stageRubric(contest, loaded, next.rubric !== undefined),
    advance,
    final,
    gates: (next.rules.gates ?? []).map((g) => g.name),
    teams,
    assumptions,
    sources_until: sourcesUntil,
    settings,
    contest,
    files: [...p.files, ...loaded.files],
  };
}

export { stageWhen };

function gatesText(stages: readonly Stage[], next: Stage, m: Messages): string {
  const past = stages.flatMap((s) =>
    (s.rules.gates ?? []).map((g) => m.forecast.gateIn({ gate: localized(m, g.name, g.name_ko), stage: s.id })),
  );
  const own = (next.rules.gates ?? []).map((g) => localized(m, g.name, g.name_ko));
  const list = [...own, ...past];
  return m.forecast.gates({ list: list.length ? list.join("; ") : null, past: past.length > 0 });
}

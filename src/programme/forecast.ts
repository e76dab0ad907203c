/**
 * From the latest stage that is done: who is still in, and each one's probability of advancing at the next
 * planned stage and of reaching the final, by simulating the consortium files under the next stage's rubric —
 * published where it is, else the latest published one, with every assumption written out.
 */
import { UsageError } from "../errors.js";
import { loadData, resolveRubricPath, type Place } from "../load/contest.js";
import { contestOf } from "../load/quick.js";
import type { Contest } from "../model/contest.js";
import { simulateContest } from "../simulate/run.js";
import type { Stage } from "../schema/stage.js";
import { dataDate } from "./dating.js";
import { stageWhen, type Programme } from "./load.js";

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
  rubric: { name: string; file: string; published: boolean };
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

export async function forecast(p: Programme, place: Place, settings: { runs: number; seed: number }): Promise<Forecast> {
  const stages = p.stages.map((s) => s.value);
  const doneIdx = stages.map((s) => s.status !== "planned").lastIndexOf(true);
  if (doneIdx < 0) throw new UsageError({ code: "nothing-done" });
  const from = stages[doneIdx]!;
  const next = stages.slice(doneIdx + 1).find((s) => s.status === "planned");
  if (!next) throw new UsageError({ code: "no-planned", from: from.id });
  const remaining = remainingAfter(stages.slice(0, doneIdx + 1));
  const assumptions: string[] = [];
  if (next.rules.note) assumptions.push(`The plan for ${next.id}, as reported: ${next.rules.note}`);
  const missing = remaining.filter((id) => !next.entrants.includes(id));
  if (missing.length) assumptions.push(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} still in after ${from.id} but not listed as entrants of ${next.id}; the forecast follows the stage file's entrants.`);
  const entrants = [...next.entrants].sort();
  const lastRubric = [...stages.slice(0, doneIdx + 1)].reverse().find((s) => s.rubric !== undefined);
  const rubricName = next.rubric ?? lastRubric?.rubric ?? "default";
  if (next.rubric === undefined) assumptions.push(lastRubric ? `No rubric was published for ${next.id}: the rubric of ${lastRubric.id} (${lastRubric.rubric}) is assumed, with its weights and proxies.` : `No rubric was published for ${next.id} or any stage before it: the default rubric is assumed.`);
  const rubricPath = resolveRubricPath(rubricName, place);
  const loaded = loadData({ rubric: rubricPath, consortia: entrants.map((id) => p.consortia.get(id)!.path), sources: p.dirs.sources }, place);
  const { contest: base } = contestOf({ rubric: loaded.rubric.value, consortia: loaded.consortia.map((c) => c.value), files: loaded.files }, { seed: settings.seed });
  const advance = next.rules.planned ?? next.rules.advance ?? base.rules.teams;
  if (next.rules.planned === undefined && next.rules.advance === undefined) assumptions.push(`${next.id} states no number to advance: the rubric's ${advance} is assumed.`);
  const final = next.rules.final ?? null;
  const contest: Contest = { ...base, rules: { ...base.rules, teams: Math.min(advance, entrants.length) } };
  const report = await simulateContest(contest, { runs: settings.runs, seed: settings.seed, distribution: "triangular", weights: { kind: "dirichlet", concentration: contest.rubric.simulation?.weight_concentration ?? 30 } }, { threads: 1 });
  const dates = entrants.map((id) => dataDate(p.consortia.get(id)!, p.sources)?.date ?? null);
  const teams: ForecastTeam[] = report.results.map((r) => ({
    id: r.id,
    name: r.name,
    p_advance: r.p_selected,
    p_final: final === null ? 0 : r.rank_probabilities.slice(0, final).reduce((a, b) => a + b, 0),
    mean_rank: r.mean_rank,
    data_as_of: dates[entrants.indexOf(r.id)] ?? null,
  }));
  const sourcesUntil = [...p.sources.records.values()].map((s) => s.published).sort().at(-1) ?? "";
  const oldest = dates.filter((d): d is string => d !== null).sort()[0];
  assumptions.push(
    `Scores are the consortium files' as they stand${oldest ? ` (data as of ${oldest} for the oldest)` : ""}; nothing published since — model releases, the first stage's scores — changes them.`,
    gatesText(stages, next),
  );
  const scored = [...stages.slice(0, doneIdx + 1)].reverse().find((s) => s.results.some((r) => r.points_rank !== undefined));
  if (scored) {
    const first = scored.results.filter((r) => r.points_rank === 1).map((r) => r.id);
    assumptions.push(`The published results of ${scored.id}${first.length ? ` (${first.join(", ")} first on points)` : ""} are not in the scores: where the ranking here differs, it is the consortium files speaking, not that evaluation.`);
  }
  if (final !== null) assumptions.push(`The final cut (${final} teams) ranks the teams as ${next.id} does: P(final) is the probability of being in the top ${final} of the same draw.`);
  if (next.expected && next.expected < sourcesUntil.slice(0, 7)) assumptions.push(`${next.id} was expected in ${next.expected}, before the latest source read (${sourcesUntil}).`);
  assumptions.push(`No published result of ${next.id} was found in the sources read (the latest is dated ${sourcesUntil}); if it has been announced since, this forecast is out of date.`);
  return {
    from,
    next,
    remaining,
    rubric: { name: contest.rubric.name, file: loaded.files[0]!, published: next.rubric !== undefined },
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

function gatesText(stages: readonly Stage[], next: Stage): string {
  const past = stages.flatMap((s) => (s.rules.gates ?? []).map((g) => `${g.name} in ${s.id}`));
  const own = (next.rules.gates ?? []).map((g) => g.name);
  const list = [...own, ...past];
  return `Gates are not modelled${list.length ? ` (${list.join("; ")})` : ""}: a team that fails one is out whatever its points${past.length ? ", as happened before" : ""}.`;
}

/**
 * What `backtest` and `forecast` share: a stage's contest (its rubric and its entrants' consortium
 * files, with --method and the seed) and its simulation (triangular scores, Dirichlet weights, one
 * thread, so the answer does not depend on the machine).
 */
import { loadData, resolveRubricPath, type LoadedData, type Place } from "../load/contest.js";
import { contestOf } from "../load/quick.js";
import { methodOf, type MethodName } from "../methods/index.js";
import type { Contest } from "../model/contest.js";
import { DEFAULT_CONCENTRATION, simulateContest } from "../simulate/run.js";
import type { SimulationReport } from "../simulate/summary.js";
import type { Programme } from "./load.js";

/** The contest of a stage run under `rubric` (a name or path) with these entrants, and what was read. */
export function stageContest(
  p: Programme,
  place: Place,
  rubric: string,
  entrants: readonly string[],
  settings: { seed: number; method?: MethodName },
): { loaded: LoadedData; contest: Contest } {
  const loaded = loadData(
    { rubric: resolveRubricPath(rubric, place), consortia: entrants.map((id) => p.consortia.get(id)!.path), sources: p.dirs.sources },
    place,
  );
  const { contest } = contestOf(
    { rubric: loaded.rubric.value, consortia: loaded.consortia.map((c) => c.value), files: loaded.files },
    { seed: settings.seed, ...(settings.method ? { method: settings.method } : {}) },
  );
  return { loaded, contest };
}

/** The stage's selection simulated `runs` times. */
export function simulateStage(contest: Contest, settings: { runs: number; seed: number }): Promise<SimulationReport> {
  return simulateContest(
    contest,
    {
      runs: settings.runs,
      seed: settings.seed,
      distribution: "triangular",
      weights: { kind: "dirichlet", concentration: contest.rubric.simulation?.weight_concentration ?? DEFAULT_CONCENTRATION },
    },
    { threads: 1 },
  );
}

/** The rubric a stage was run under, as backtest and forecast report it. */
export interface StageRubric {
  name: string;
  /** The rubric's Korean name, "" when it has none. */
  name_ko: string;
  file: string;
  /** Whether the stage published it (else it stands in for one). */
  published: boolean;
  /** How the criteria became totals: the rubric's method, or --method's. */
  method: MethodName;
}

export function stageRubric(contest: Contest, loaded: LoadedData, published: boolean): StageRubric {
  return {
    name: contest.rubric.name,
    name_ko: contest.rubric.name_ko ?? "",
    file: loaded.files[0]!,
    published,
    method: methodOf(contest).name,
  };
}

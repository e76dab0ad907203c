/**
 * The contest without the YAML parser or zod: from the build-time snapshot of the bundled data
 * (snapshot.ts), when the files are exactly the bundled ones. Commands on the start-up path try this
 * first and load the full pipeline (contest.ts) only when it answers undefined.
 */
import { DataError, UsageError } from "../errors.js";
import { buildContest, type Contest } from "../model/contest.js";
import { applyWeightOverrides } from "../score/weights.js";
import type { DataOptions, LoadedContest, Place } from "./contest.js";
import { resolveConsortiaPaths, resolveReviewsPath, resolveRubricPath, resolveSourcesDir } from "./paths.js";
import { fromSnapshot, readSnapshot, snapshotPath, type SnapshotData } from "./snapshot.js";

/** The decision matrix for validated data, with the `--weight` overrides applied. */
export function contestOf(data: SnapshotData, opts: DataOptions): LoadedContest {
  const weights = applyWeightOverrides(data.rubric.criteria, opts.weights ?? []);
  if (weights.length === 0) throw new UsageError("the rubric has no criteria");
  const contest: Contest = buildContest(data.rubric, data.consortia, weights, opts.seed);
  return { contest, files: data.files, ...(data.sources ? { sources: data.sources } : {}), ...(data.panel ? { panel: data.panel } : {}) };
}

export function quickContest(opts: DataOptions, place: Place): LoadedContest | undefined {
  if (opts.strict) return undefined;
  // The snapshot holds no reviews: a run with a panel (--reviews, or reviews/ beside the consortia) goes the full way.
  if (resolveReviewsPath(opts.reviews, opts.consortia, place) !== undefined) return undefined;
  const path = snapshotPath(place.packageRoot);
  const snapshot = path === undefined ? undefined : readSnapshot(path);
  if (!snapshot) return undefined;
  let rubricPath: string;
  try {
    rubricPath = resolveRubricPath(opts.rubric, place);
  } catch (err) {
    // A rubric name that matches nothing: the full loader reports it with every other problem.
    if (err instanceof DataError) return undefined;
    throw err;
  }
  const data =
    fromSnapshot(
      snapshot,
      rubricPath,
      resolveConsortiaPaths(opts.consortia, place),
      resolveSourcesDir(opts.sources, opts.consortia, place),
      place.cwd,
    );
  return data && contestOf(data, opts);
}

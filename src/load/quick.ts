/**
 * The contest without the YAML parser or zod: from the build-time snapshot of the bundled data
 * (snapshot.ts), when the files are exactly the bundled ones, or else from the cache's record of the
 * last run on the same paths (cache.ts), when the files are exactly what that run read and passed.
 * Commands on the start-up path try this first and load the full pipeline (contest.ts) only when it
 * answers undefined.
 */
import { basename } from "node:path";
import { DataError, UsageError } from "../errors.js";
import { buildContest, type Contest } from "../model/contest.js";
import { applyWeightOverrides } from "../score/weights.js";
import { buildFolder, hash53, jsonExact, readEntry, writeEntry } from "./cache.js";
import type { DataOptions, LoadedContest, LoadedData, Place } from "./contest.js";
import { resolveConsortiaPaths, resolveReviewsPath, resolveRubricPath, resolveSourcesDir } from "./paths.js";
import { fromSnapshot, readSnapshot, snapshotPath, type Snapshot, type SnapshotData } from "./snapshot.js";

/** The decision matrix for validated data, with the `--weight` overrides applied. */
export function contestOf(data: SnapshotData, opts: DataOptions): LoadedContest {
  const weights = applyWeightOverrides(data.rubric.criteria, opts.weights ?? []);
  if (weights.length === 0) throw new UsageError({ code: "no-criteria" });
  const contest: Contest = buildContest(data.rubric, data.consortia, weights, opts.seed, opts.method);
  return { contest, files: data.files, ...(data.sources ? { sources: data.sources } : {}), ...(data.panel ? { panel: data.panel } : {}) };
}

/** The files a run reads, when a snapshot can answer for them: no reviews, no --strict, no standard input. */
interface Paths {
  rubric: string;
  consortia: string[];
  sources: string | undefined;
}

function pathsOf(opts: DataOptions, place: Place): Paths | undefined {
  if (opts.strict || opts.rubric === "-" || opts.consortia?.includes("-")) return undefined;
  // The snapshot holds no reviews: a run with a panel (--reviews, or reviews/ beside the consortia) goes the full way.
  if (resolveReviewsPath(opts.reviews, opts.consortia, place) !== undefined) return undefined;
  try {
    return {
      rubric: resolveRubricPath(opts.rubric, place),
      consortia: resolveConsortiaPaths(opts.consortia, place),
      sources: resolveSourcesDir(opts.sources, opts.consortia, place),
    };
  } catch (err) {
    // A rubric name that matches nothing: the full loader reports it with every other problem.
    if (err instanceof DataError) return undefined;
    throw err;
  }
}

/** The cache's record of the last run that read these paths: where, and what names it. */
function setEntry(opts: DataOptions, place: Place, paths: Paths): { dir: string; name: string; key: string } | undefined {
  if (place.cache === undefined || opts.noCache) return undefined;
  const key = JSON.stringify([place.cwd, paths.rubric, paths.consortia, paths.sources ?? null]);
  return { dir: buildFolder(place.cache), name: `set-${hash53(key)}.json`, key };
}

export function quickContest(opts: DataOptions, place: Place): LoadedContest | undefined {
  const paths = pathsOf(opts, place);
  if (!paths) return undefined;
  const path = snapshotPath(place.packageRoot);
  const snapshot = path === undefined ? undefined : readSnapshot(path);
  const data = snapshot && fromSnapshot(snapshot, paths.rubric, paths.consortia, paths.sources, place.cwd);
  if (data) return contestOf(data, opts);
  const set = setEntry(opts, place, paths);
  if (!set) return undefined;
  const entry = readEntry(set.dir, set.name);
  const e = entry?.value as { key?: unknown; snapshot?: Snapshot } | undefined;
  if (e === null || typeof e !== "object" || e.key !== set.key || !isSnapshot(e.snapshot)) return undefined;
  const cached = fromSnapshot(e.snapshot, paths.rubric, paths.consortia, paths.sources, place.cwd);
  return cached && entry!.intact() ? contestOf(cached, opts) : undefined;
}

function isSnapshot(s: unknown): s is Snapshot {
  const o = s as Snapshot | undefined;
  return (
    typeof o === "object" &&
    o !== null &&
    Array.isArray(o.rubrics) &&
    o.rubrics.length === 1 &&
    Array.isArray(o.consortia) &&
    Array.isArray(o.sources)
  );
}

/**
 * Keep what a full load of these paths read and passed — every file's text and value, after the rules
 * across files — as the record quickContest answers the next run on the same paths from.
 */
export function rememberSet(opts: DataOptions, place: Place, data: LoadedData): void {
  const paths = pathsOf(opts, place);
  const set = paths && setEntry(opts, place, paths);
  if (!set || data.panel || (data.sources && !data.sourceFiles)) return;
  const snapshot: Snapshot = {
    rubrics: [{ text: data.rubric.file.text, value: data.rubric.value }],
    consortia: data.consortia.map((c) => ({ name: basename(c.file.path), text: c.file.text, value: c.value })),
    sources: (data.sourceFiles ?? []).map((s) => ({ name: basename(s.file.path), text: s.file.text, value: s.value })),
  };
  if (jsonExact(snapshot)) writeEntry(set.dir, set.name, { key: set.key, snapshot });
}

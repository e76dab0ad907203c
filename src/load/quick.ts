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
import { packKey, type Packed } from "./file-cache.js";
import type { DataOptions, LoadedContest, LoadedData, Place } from "./contest.js";
import { resolveConsortiaPaths, resolveReviewsPath, resolveRubricPath, resolveSourcesDir } from "./paths.js";
import { fromSnapshot, readSnapshot, snapshotPath, type Snapshot, type SnapshotData, type Text } from "./snapshot.js";

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
  const record = readRecord(opts, place, paths);
  if (!record) return undefined;
  const cached = fromSnapshot(record.snapshot, paths.rubric, paths.consortia, paths.sources, place.cwd);
  return cached && record.intact() ? contestOf(cached, opts) : undefined;
}

/** The record of the last run on these paths, when there is one with this key (its checksum is checked by `intact`). */
function readRecord(opts: DataOptions, place: Place, paths: Paths): { snapshot: Snapshot; intact(): boolean } | undefined {
  const set = setEntry(opts, place, paths);
  if (!set) return undefined;
  const entry = readEntry(set.dir, set.name);
  const e = entry?.value as { key?: unknown; snapshot?: Snapshot } | undefined;
  if (e === null || typeof e !== "object" || e.key !== set.key || !isSnapshot(e.snapshot)) return undefined;
  return { snapshot: e.snapshot, intact: entry!.intact };
}

/**
 * The consortia and source records of the last run on these paths, from its record, for the cache of
 * validated files (cache.ts): when one file of 10,000 was edited, the others are found here, and a
 * run that writes this record writes few entries of single files besides (contest.ts).
 *
 * A consortium's value here is the one loadData keeps, with its texts escaped (escapeDataTexts); it
 * is escaped again when served, which gives the same value (escaping is idempotent: what it writes
 * holds no control character). A source record's value is kept as read. The rubric is not served
 * from here (its value is checked before escaping): it has its own entry.
 */
export function runRecord(opts: DataOptions, place: Place): (() => Packed | undefined) | undefined {
  const paths = pathsOf(opts, place);
  const set = paths && setEntry(opts, place, paths);
  if (!set) return undefined;
  return () => {
    const entry = readEntry(set.dir, set.name);
    const e = entry?.value as { key?: unknown; snapshot?: Snapshot; files?: FilesRecord } | undefined;
    if (e === null || typeof e !== "object" || e.key !== set.key || !entry!.intact()) return undefined;
    const lists = isSnapshot(e.snapshot) ? e.snapshot : isFilesRecord(e.files) ? e.files : undefined;
    if (!lists) return undefined;
    const packed = new Map<string, { text: string; value: unknown }[]>();
    // A record read back from JSON holds texts as strings (only the build's snapshot holds bytes).
    const add = (kind: string, files: readonly { name: string; text: Text; value: unknown }[]) => {
      for (const f of files) {
        if (typeof f?.name !== "string" || typeof f.text !== "string" || !("value" in f)) continue;
        const key = packKey(kind, f.name);
        const e = { text: f.text, value: f.value };
        const list = packed.get(key);
        if (list) list.push(e);
        else packed.set(key, [e]);
      }
    };
    add("consortium", lists.consortia);
    add("source", lists.sources);
    return packed;
  };
}

/** What a run that found a problem keeps of the files that passed their own schema (rememberFiles). */
interface FilesRecord {
  consortia: { name: string; text: string; value: unknown }[];
  sources: { name: string; text: string; value: unknown }[];
}

const isFilesRecord = (f: unknown): f is FilesRecord =>
  typeof f === "object" && f !== null && Array.isArray((f as FilesRecord).consortia) && Array.isArray((f as FilesRecord).sources);

/**
 * A run on these paths found a problem, so it keeps no record that quickContest could answer from;
 * the consortia and source records it read (served or parsed, each passing its own schema) are kept
 * in that record's place, for runRecord to serve the run after the fix: one file instead of an
 * entry per file. Whether it was written.
 */
export function rememberFiles(
  opts: DataOptions,
  place: Place,
  files: readonly { kind: string; path: string; text: string; value: unknown }[],
): boolean {
  const paths = pathsOf(opts, place);
  const set = paths && setEntry(opts, place, paths);
  if (!set) return false;
  const of = (kind: string) => files.filter((f) => f.kind === kind).map((f) => ({ name: basename(f.path), text: f.text, value: f.value }));
  const record = { key: set.key, files: { consortia: of("consortium"), sources: of("source") } };
  return jsonExact(record) && writeEntry(set.dir, set.name, record);
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
 * across files — as the record quickContest answers the next run on the same paths from (and
 * runRecord the cache of validated files). Whether it was written.
 */
export function rememberSet(opts: DataOptions, place: Place, data: LoadedData): boolean {
  const paths = pathsOf(opts, place);
  const set = paths && setEntry(opts, place, paths);
  if (!set || data.panel || (data.sources && !data.sourceFiles)) return false;
  const snapshot: Snapshot = {
    rubrics: [{ text: data.rubric.file.text, value: data.rubric.value }],
    consortia: data.consortia.map((c) => ({ name: basename(c.file.path), text: c.file.text, value: c.value })),
    sources: (data.sourceFiles ?? []).map((s) => ({ name: basename(s.file.path), text: s.file.text, value: s.value })),
  };
  return jsonExact(snapshot) && writeEntry(set.dir, set.name, { key: set.key, snapshot });
}

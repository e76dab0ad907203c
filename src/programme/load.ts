/**
 * The programme: the stages (programme/*.yaml, in file-name order), the source records they cite (sources/ beside
 * the programme folder, else the bundled one) and the consortium files their entrants name (consortia/ and
 * programme/consortia/). Every file is checked against its schema, then the rules across files: entrants and
 * results name known consortia, citations resolve, and a stage cites no source published after the day it was
 * reported. Every problem in every file is collected before anything is thrown.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { DataError, didYouMean, type Problem, type Said } from "../errors.js";
import { inReadingOrder, type Place } from "../load/contest.js";
import { dataDir } from "../load/paths.js";
import { listYamlFiles } from "../load/read.js";
import { buildFolder } from "../load/cache.js";
import { fileCache, type FileCache } from "../load/file-cache.js";
import { schemaFile } from "../load/checked.js";
import { problemSaid } from "../parse/positions.js";
import type { ParsedFile, PathSegment } from "../parse/yaml.js";
import { Consortium } from "../schema/consortium.js";
import { Stage } from "../schema/stage.js";
import type { checkSchema } from "../validate/schema.js";
import type { Checked } from "../validate/rules.js";
import { loadSources } from "../load/sources.js";
import type { SourceRegistry } from "../sources/registry.js";
import { checkCitations as checkConsortiumCitations } from "../validate/citations.js";
import { parseCitation, unresolved } from "./sources.js";

export interface ProgrammeOptions {
  /** The programme folder (default: programme/ in the working directory, else the bundled one). */
  programme?: string;
  /** The source records (default: sources/ beside the programme folder, else the bundled one). */
  sources?: string;
  /** --no-cache: read every file the full way, and leave the cache folder alone. */
  noCache?: boolean;
}

export interface Programme {
  stages: Checked<Stage>[];
  sources: SourceRegistry;
  /** Every consortium file the stages may name, by id, with its path. */
  consortia: Map<string, Checked<Consortium> & { path: string }>;
  files: string[];
  dirs: { programme: string; sources: string; consortia: string[] };
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function programmeDirs(opts: ProgrammeOptions, place: Place): Programme["dirs"] {
  const programme =
    opts.programme !== undefined
      ? isAbsolute(opts.programme)
        ? opts.programme
        : resolve(place.cwd, opts.programme)
      : isDir(join(place.cwd, "programme"))
        ? join(place.cwd, "programme")
        : join(place.packageRoot, "programme");
  const besides = join(dirname(programme), "sources");
  const sources =
    opts.sources !== undefined
      ? isAbsolute(opts.sources)
        ? opts.sources
        : resolve(place.cwd, opts.sources)
      : isDir(besides)
        ? besides
        : join(place.packageRoot, "sources");
  const extra = join(programme, "consortia");
  return { programme, sources, consortia: [dataDir("consortia", place), ...(isDir(extra) ? [extra] : [])] };
}

/** The day a stage was reported: `reported`, else `date`. */
export function reportedOn(s: Stage): string | undefined {
  return s.reported ?? s.date;
}

/** The date a stage sorts and shows by: its date, else the month it is expected. */
export function stageWhen(s: Stage): string {
  return s.date ?? s.expected ?? s.reported ?? "";
}

/** Each file read and checked against `schema`, or served from the cache of validated files (load/cache.ts) under `kind`. */
function loadAll<T>(
  paths: readonly string[],
  cwd: string,
  schema: Parameters<typeof checkSchema>[1],
  kind: string,
  problems: Problem[],
  cache?: FileCache,
): (Checked<T> & { path: string })[] {
  const out: (Checked<T> & { path: string })[] = [];
  for (const path of paths) {
    const r = schemaFile(path, cwd, problems, schema, kind, cache);
    if (r) out.push({ file: r.file, value: r.value as T, path });
  }
  return out;
}

/** Check every citation at `path` (a string or a list) against the records and the day the file was reported. */
export function checkCitations(
  file: ParsedFile,
  path: PathSegment[],
  citation: string | readonly string[],
  sources: SourceRegistry,
  day: string | undefined,
  stage: string,
): Problem[] {
  const list = typeof citation === "string" ? [[citation, path] as const] : citation.map((c, i) => [c, [...path, i]] as const);
  const problems: Problem[] = [];
  for (const [text, at] of list) {
    const parsed = parseCitation(text);
    if (!parsed.ok) {
      problems.push(problemSaid(file, at, parsed.said));
      continue;
    }
    for (const ref of parsed.refs) {
      const wrong = unresolved(ref, sources.records);
      if (wrong.length) {
        problems.push(...wrong.map((said) => problemSaid(file, at, said)));
        continue;
      }
      const published = sources.records.get(ref.source)!.published;
      if (day !== undefined && published > day)
        problems.push(problemSaid(file, at, { code: "source-after-date", form: "stage", source: ref.source, published, date: day, stage }));
    }
  }
  return problems;
}

/**
 * The programme, with the cache of validated files when there is one (--no-cache and
 * SOVEREIGN_AI_NO_CACHE=1 turn it off): unchanged files are not parsed again. As for the contest (load/contest.ts loadValidated),
 * a run that finds a problem after serving some file from the cache is read again without it, so
 * every problem has its line and column.
 */
export function loadProgramme(opts: ProgrammeOptions, place: Place): Programme {
  const cache = place.cache === undefined || opts.noCache ? undefined : fileCache(buildFolder(place.cache));
  try {
    return loadProgrammeWith(opts, place, cache);
  } catch (err) {
    if (!(err instanceof DataError && cache && cache.hits > 0)) throw err;
    return loadProgrammeWith(opts, place);
  } finally {
    // Every entry: the programme keeps no record of its own run.
    cache?.flush();
  }
}

function loadProgrammeWith(opts: ProgrammeOptions, place: Place, cache?: FileCache): Programme {
  const problems: Problem[] = [];
  const dirs = programmeDirs(opts, place);
  const sources = loadSources(dirs.sources, place.cwd, problems, cache);
  const consortia = new Map<string, Checked<Consortium> & { path: string }>();
  for (const dir of dirs.consortia) {
    const listing = listYamlFiles([dir], place.cwd);
    problems.push(...listing.problems);
    for (const c of loadAll<Consortium>(listing.files, place.cwd, Consortium, "consortium", problems, cache)) {
      if (consortia.has(c.value.id))
        problems.push(
          problemSaid(c.file, ["id"], {
            code: "duplicate-id",
            what: "programme-consortium",
            id: c.value.id,
            other: consortia.get(c.value.id)!.file.file,
          }),
        );
      else consortia.set(c.value.id, c);
    }
  }
  // Only the stage files at the top of the programme folder (its consortia/ folder holds team files).
  const stageListing = listYamlFiles([dirs.programme], place.cwd);
  problems.push(...stageListing.problems);
  const stagePaths = stageListing.files.filter((p) => dirname(resolve(place.cwd, p)) === resolve(dirs.programme));
  const stages = loadAll<Stage>(stagePaths, place.cwd, Stage, "stage", problems, cache);
  if (sources) {
    problems.push(...checkStages(stages, sources, new Set(consortia.keys())));
    problems.push(...checkConsortiumCitations([...consortia.values()], sources));
  }
  if (problems.length > 0 || !sources) throw new DataError(inReadingOrder(problems));
  return { stages, sources, consortia, files: [...stagePaths, ...sources.files], dirs };
}

/** The rules across stage files. */
function checkStages(stages: readonly Checked<Stage>[], sources: SourceRegistry, known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  let previous: string | undefined;
  for (const { file, value: s } of stages) {
    const at = (path: PathSegment[], said: Said) => problems.push(problemSaid(file, path, said));
    if (ids.has(s.id)) at(["id"], { code: "duplicate-id", what: "stage", id: s.id, other: ids.get(s.id)! });
    ids.set(s.id, file.file);
    const planned = s.status === "planned";
    if (!planned && s.date === undefined) at([], { code: "stage-incomplete", form: "done-no-date" });
    if (planned && s.date === undefined && s.expected === undefined) at([], { code: "stage-incomplete", form: "planned-no-when" });
    if (planned && reportedOn(s) === undefined) at([], { code: "stage-incomplete", form: "planned-no-reported" });
    if (planned && s.results.length > 0) at(["results"], { code: "stage-incomplete", form: "planned-results" });
    const when = stageWhen(s);
    if (previous !== undefined && when < previous) at(["date"], { code: "stage-order", id: s.id, when, previous });
    previous = when;
    const entrants = new Set<string>();
    s.entrants.forEach((id, i) => {
      if (!known.has(id)) at(["entrants", i], { code: "unknown-consortium", form: "stage", id, suggestion: didYouMean(id, known) ?? null });
      if (entrants.has(id)) at(["entrants", i], { code: "duplicate-entry", form: "entrant", key: id });
      entrants.add(id);
    });
    const seen = new Set<string>();
    s.results.forEach((r, i) => {
      if (!entrants.has(r.id))
        at(["results", i, "id"], { code: "not-an-entrant", id: r.id, suggestion: didYouMean(r.id, entrants) ?? null });
      if (seen.has(r.id)) at(["results", i, "id"], { code: "duplicate-entry", form: "result", key: r.id });
      seen.add(r.id);
    });
    const advanced = s.results.filter((r) => r.outcome === "advanced" || r.outcome === "added").length;
    if (s.rules.advance !== undefined && s.results.length > 0 && advanced !== s.rules.advance)
      at(["rules", "advance"], { code: "advance-mismatch", advance: s.rules.advance, advanced });
    const day = reportedOn(s);
    const cite = (path: PathSegment[], c: string | readonly string[]) =>
      problems.push(...checkCitations(file, path, c, sources, day, s.id));
    cite(["sources"], s.sources);
    cite(["rules", "source"], s.rules.source);
    (s.rules.gates ?? []).forEach((g, i) => cite(["rules", "gates", i, "source"], g.source));
    s.results.forEach((r, i) => cite(["results", i, "source"], r.source));
  }
  return problems;
}

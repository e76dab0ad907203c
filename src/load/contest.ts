/**
 * Stages 1–2 joined: find the files, read and parse them with positions, check each against its
 * schema, then the rules across files, and build the decision matrix. Every problem in every file
 * is collected before anything is thrown.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { DataError, UsageError, type Problem } from "../errors.js";
import { buildContest, type Contest } from "../model/contest.js";
import { Consortium } from "../schema/consortium.js";
import { Rubric } from "../schema/rubric.js";
import { applyWeightOverrides, type WeightOverride } from "../score/weights.js";
import { checkSchema } from "../validate/schema.js";
import { checkConsortia, checkRubric, type Checked } from "../validate/rules.js";
import { listYamlFiles, readSource } from "./read.js";
import { parseYaml, type ParsedFile } from "./yaml.js";

export interface DataOptions {
  /** A rubric file, or the bare name of one in criteria/ (e.g. `service-first`). */
  rubric?: string;
  /** Consortium directories or files. */
  consortia?: readonly string[];
  weights?: readonly WeightOverride[];
}

export interface Place {
  cwd: string;
  /** Where the bundled default data lives (the package root). */
  packageRoot: string;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** The directory that holds `name` (criteria or consortia): the working directory's, else the bundled one. */
export function dataDir(name: "criteria" | "consortia", place: Place): string {
  const local = join(place.cwd, name);
  return isDir(local) ? local : join(place.packageRoot, name);
}

export function resolveRubricPath(rubric: string | undefined, place: Place): string {
  if (rubric === undefined) return join(dataDir("criteria", place), "default.yaml");
  const direct = isAbsolute(rubric) ? rubric : resolve(place.cwd, rubric);
  if (existsSync(direct) || /[\\/]|\.ya?ml$/i.test(rubric)) return direct;
  // A bare name: criteria/<name>.yaml, in the working directory or the bundled data.
  for (const dir of [join(place.cwd, "criteria"), join(place.packageRoot, "criteria")]) {
    const p = join(dir, `${rubric}.yaml`);
    if (existsSync(p)) return p;
  }
  return direct;
}

export function resolveConsortiaPaths(paths: readonly string[] | undefined, place: Place): string[] {
  if (!paths || paths.length === 0) return [dataDir("consortia", place)];
  return paths.map((p) => (isAbsolute(p) ? p : resolve(place.cwd, p)));
}

export interface LoadedData {
  rubric: Checked<Rubric>;
  consortia: Checked<Consortium>[];
  files: string[];
}

function parseFile(path: string, cwd: string, problems: Problem[]): ParsedFile | undefined {
  const read = readSource(path, cwd);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const parsed = parseYaml(read.source);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  return parsed.parsed;
}

/** Read, parse and validate the rubric and consortia. Throws DataError with every problem. */
export function loadData(opts: DataOptions, place: Place): LoadedData {
  const problems: Problem[] = [];
  const rubricPath = resolveRubricPath(opts.rubric, place);
  let rubric: Checked<Rubric> | undefined;
  const rubricFile = parseFile(rubricPath, place.cwd, problems);
  if (rubricFile) {
    const r = checkSchema(rubricFile, Rubric);
    if (r.ok) {
      const cross = checkRubric({ file: rubricFile, value: r.value });
      if (cross.length) problems.push(...cross);
      else rubric = { file: rubricFile, value: r.value };
    } else problems.push(...r.problems);
  }
  const listing = listYamlFiles(resolveConsortiaPaths(opts.consortia, place), place.cwd);
  problems.push(...listing.problems);
  const consortia: Checked<Consortium>[] = [];
  for (const path of listing.files) {
    const file = parseFile(path, place.cwd, problems);
    if (!file) continue;
    const r = checkSchema(file, Consortium);
    if (r.ok) consortia.push({ file, value: r.value });
    else problems.push(...r.problems);
  }
  if (rubric) problems.push(...checkConsortia(consortia, rubric));
  if (problems.length > 0 || !rubric) throw new DataError(inReadingOrder(problems));
  return { rubric, consortia, files: [rubricFile!.path, ...listing.files] };
}

/** Load the data and build the decision matrix, with `--weight` overrides applied. */
export function loadContest(opts: DataOptions, place: Place): { contest: Contest; files: string[] } {
  const data = loadData(opts, place);
  const rubric = data.rubric.value;
  const weights = applyWeightOverrides(rubric.criteria, opts.weights ?? []);
  if (weights.length === 0) throw new UsageError("the rubric has no criteria");
  return { contest: buildContest(rubric, data.consortia.map((c) => c.value), weights), files: data.files };
}

/** Problems grouped by file (in order of first mention), then by line and column. */
export function inReadingOrder(problems: readonly Problem[]): Problem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file ?? "")) fileOrder.set(p.file ?? "", fileOrder.size);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const f = fileOrder.get(a.p.file ?? "")! - fileOrder.get(b.p.file ?? "")!;
      if (f !== 0) return f;
      const la = a.p.pos?.line ?? 0;
      const lb = b.p.pos?.line ?? 0;
      if (la !== lb) return la - lb;
      const ca = a.p.pos?.col ?? 0;
      const cb = b.p.pos?.col ?? 0;
      return ca !== cb ? ca - cb : a.i - b.i;
    })
    .map((x) => x.p);
}

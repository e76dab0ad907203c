/**
 * Where the data is: the rubric named by -r (a file, or a bare name in criteria/) and the consortium
 * folders or files named by -c, in the working directory or the bundled data. Loads no parser.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { Place } from "./contest.js";

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** The directory that holds `name` (criteria or consortia): the working directory's, else the bundled one. */
export function dataDir(name: "criteria" | "consortia", place: Place): string {
  const local = join(place.cwd, name);
  return isDir(local) ? local : join(place.packageRoot, name);
}

/**
 * The rubric's path. Without -r: criteria/default.yaml in the working directory, else the bundled
 * one (also when the working directory has a criteria/ of scenarios but no default.yaml of its own).
 * A bare name (no slash, no .yaml) that is not a file means criteria/<name>.yaml.
 */
export function resolveRubricPath(rubric: string | undefined, place: Place): string {
  const name = rubric ?? "default";
  let direct: string | undefined;
  if (rubric !== undefined) {
    direct = isAbsolute(rubric) ? rubric : resolve(place.cwd, rubric);
    const isFile = existsSync(direct) && !isDir(direct);
    if (isFile || /[\\/]|\.ya?ml$/i.test(rubric)) return direct;
  }
  // A bare name: criteria/<name>.yaml, in the working directory or the bundled data.
  for (const dir of [join(place.cwd, "criteria"), join(place.packageRoot, "criteria")]) {
    const p = join(dir, `${name}.yaml`);
    if (existsSync(p)) return p;
  }
  return direct ?? join(dataDir("criteria", place), "default.yaml");
}

export function resolveConsortiaPaths(paths: readonly string[] | undefined, place: Place): string[] {
  if (!paths || paths.length === 0) return [dataDir("consortia", place)];
  return paths.map((p) => (isAbsolute(p) ? p : resolve(place.cwd, p)));
}

/**
 * The sources/ folder that citations resolve against: --sources DIR when given; else the sources/
 * beside the consortia (the bundled one for the bundled consortia, the working directory's for a
 * local consortia/, `x/sources` for `-c x/consortia`); undefined when there is none, and then
 * citations are free text.
 */
export function resolveSourcesDir(sources: string | undefined, consortia: readonly string[] | undefined, place: Place): string | undefined {
  if (sources !== undefined) return isAbsolute(sources) ? sources : resolve(place.cwd, sources);
  const first = resolveConsortiaPaths(consortia, place)[0];
  if (first === undefined) return undefined;
  const folder = isDir(first) ? first : dirname(first);
  const beside = join(dirname(folder), "sources");
  return isDir(beside) ? beside : undefined;
}

/**
 * The panel's reviews: --reviews PATH (a folder of reviewer files or a .csv sheet) when given; else
 * a reviews/ folder beside the consortia, found as sources/ is; undefined when there is none (and
 * then the consortium files' values are the scores).
 */
export function resolveReviewsPath(reviews: string | undefined, consortia: readonly string[] | undefined, place: Place): string | undefined {
  if (reviews !== undefined) return isAbsolute(reviews) ? reviews : resolve(place.cwd, reviews);
  const first = resolveConsortiaPaths(consortia, place)[0];
  if (first === undefined) return undefined;
  const folder = isDir(first) ? first : dirname(first);
  const beside = join(dirname(folder), "reviews");
  return isDir(beside) ? beside : undefined;
}

/**
 * Where the data is: the rubric named by -r (a file, or a bare name in criteria/) and the consortium
 * folders or files named by -c, in the working directory or the bundled data. Loads no parser.
 */
import { existsSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Place } from "./contest.js";

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

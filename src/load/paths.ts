/**
 * Where the data is: the rubric named by -r (a file, or a bare name in criteria/) and the consortium
 * folders or files named by -c, in the working directory or the bundled data. Loads no parser.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { DataError, didYouMean, saying } from "../errors.js";
import type { Place } from "./contest.js";

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** The directory that holds `name` (criteria or consortia): the working directory's, else the bundled one. */
export function dataDir(name: "criteria" | "consortia", place: Place): string {
  const local = join(place.cwd, name);
  return isDir(local) ? local : join(place.packageRoot, name);
}

/** A path as messages show it: relative to the working directory when inside it. */
const shown = (path: string, cwd: string) => {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
};

/** A rubric a bare `-r NAME` can name: `criteria/NAME.yaml` here, or in the bundled data. */
export interface RubricFile {
  name: string;
  path: string;
  where: "local" | "bundled";
  /** A bundled rubric hidden by a local one of the same name. */
  shadowed: boolean;
}

/** The rubrics that bare names reach, local ones first, each folder sorted by name. */
export function rubricFiles(place: Place): RubricFile[] {
  const local = join(place.cwd, "criteria");
  const bundled = join(place.packageRoot, "criteria");
  const list = (dir: string) =>
    isDir(dir)
      ? readdirSync(dir)
          .filter((f) => /\.ya?ml$/i.test(f))
          .sort()
      : [];
  const out: RubricFile[] = [];
  const seen = new Set<string>();
  const folders: [string, RubricFile["where"]][] =
    resolve(local) === resolve(bundled)
      ? [[bundled, "bundled"]]
      : [
          [local, "local"],
          [bundled, "bundled"],
        ];
  for (const [dir, where] of folders) {
    for (const f of list(dir)) {
      const name = f.replace(/\.ya?ml$/i, "");
      out.push({ name, path: join(dir, f), where, shadowed: seen.has(name) });
      seen.add(name);
    }
  }
  return out;
}

/**
 * The rubric's path. Without -r: criteria/default.yaml in the working directory, else the bundled
 * one (also when the working directory has a criteria/ of scenarios but no default.yaml of its own).
 * A file that exists, or a path with a slash, is itself. A bare name (`service-first`, or
 * `service-first.yaml`) means criteria/<name>.yaml here, else in the bundled data; when neither
 * exists it is a data error that names the places searched, the closest rubric and all of them.
 * `-` is standard input.
 */
export function resolveRubricPath(rubric: string | undefined, place: Place): string {
  if (rubric === "-") return "<stdin>";
  if (rubric !== undefined) {
    const direct = isAbsolute(rubric) ? rubric : resolve(place.cwd, rubric);
    if ((existsSync(direct) && !isDir(direct)) || /[\\/]/.test(rubric)) return direct;
  }
  const stem = (rubric ?? "default").replace(/\.ya?ml$/i, "");
  const file = rubric !== undefined && /\.ya?ml$/i.test(rubric) ? rubric : `${stem}.yaml`;
  // A bare name: criteria/<name>.yaml, in the working directory or the bundled data.
  for (const dir of [join(place.cwd, "criteria"), join(place.packageRoot, "criteria")]) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
  }
  if (rubric === undefined) return join(dataDir("criteria", place), "default.yaml");
  // A folder of that name: the reader says it is not a file.
  const direct = isAbsolute(rubric) ? rubric : resolve(place.cwd, rubric);
  if (existsSync(direct)) return direct;
  const known = [...new Set(rubricFiles(place).map((r) => r.name))];
  const said = {
    code: "unknown-rubric",
    rubric,
    suggestion: didYouMean(stem, known) ?? null,
    file,
    bundled: shown(join(place.packageRoot, "criteria"), place.cwd),
    known,
  } as const;
  throw new DataError([{ ...saying(said), file: rubric }]);
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
export function resolveReviewsPath(
  reviews: string | undefined,
  consortia: readonly string[] | undefined,
  place: Place,
): string | undefined {
  if (reviews !== undefined) return isAbsolute(reviews) ? reviews : resolve(place.cwd, reviews);
  const first = resolveConsortiaPaths(consortia, place)[0];
  if (first === undefined) return undefined;
  const folder = isDir(first) ? first : dirname(first);
  const beside = join(dirname(folder), "reviews");
  return isDir(beside) ? beside : undefined;
}

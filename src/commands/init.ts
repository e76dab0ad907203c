/**
 * `sovereign-ai init consortium ID` and `init rubric NAME`: write a commented file that validates as
 * it is, with the schema line for editors. Never overwrites; writes atomically; says what it wrote.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { consortiumTemplate, rubricTemplate } from "../init/template.js";
import { loadRubric } from "../init/rubric.js";
import { displayPath } from "../load/read.js";
import { writeNew } from "../output/write.js";
import { Slug } from "../schema/common.js";
import { place, type CommandResult, type RunContext } from "./context.js";

export type InitKind = "consortium" | "rubric";

export interface InitOptions {
  rubric?: string;
  dir?: string;
}

const FOLDER: Record<InitKind, string> = { consortium: "consortia", rubric: "criteria" };

/** The schema file as a path relative to the folder the new file goes in (forward slashes, for editors). */
function schemaRef(packageRoot: string, dir: string, kind: InitKind): string {
  return relative(dir, join(packageRoot, "schema", `${kind}.schema.json`)).split(sep).join("/");
}

export function runInit(ctx: RunContext, kind: InitKind, name: string, opts: InitOptions): CommandResult {
  const what = kind === "consortium" ? "consortium id" : "rubric name";
  if (!Slug.safeParse(name).success) {
    throw new UsageError(`${what} "${name}": use a lowercase slug of letters, digits and single - or _ between them, e.g. my-team`);
  }
  const { cwd, packageRoot } = place(ctx);
  const dir = resolve(cwd, opts.dir ?? FOLDER[kind]);
  const target = join(dir, `${name}.yaml`);
  const shown = displayPath(target, cwd);
  const exists = () => new UsageError(`${shown} already exists; init never overwrites a file. Choose another ${what}, or move the file away first`);
  if (existsSync(target)) throw exists();
  const base = loadRubric(opts.rubric, { cwd, packageRoot });
  // The rubric as the reader knows it: relative to the working directory, or to the package for a bundled one.
  const near = displayPath(base.path, cwd);
  const inPackage = relative(packageRoot, base.path);
  const baseFile = isAbsolute(near) && !inPackage.startsWith("..") ? inPackage.split(sep).join("/") : near;
  const schema = schemaRef(packageRoot, dir, kind);
  const text =
    kind === "consortium"
      ? consortiumTemplate({ id: name, rubric: base.rubric, rubricFile: baseFile, schema })
      : rubricTemplate({ name, base: base.rubric, baseFile, schema });
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot create the folder ${displayPath(dir, cwd)} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  // Exclusive: of several runs at once, exactly one creates the file; the others are told it exists.
  if (!writeNew(target, text, shown, ctx.io.guardTemp)) {
    throw exists();
  }
  const next =
    kind === "consortium"
      ? `it has ${base.rubric.criteria.length} scores to fill in for the rubric "${base.rubric.name}"; check it with: sovereign-ai validate${opts.dir ? ` -c ${displayPath(dir, cwd)}` : ""}${opts.rubric ? ` -r ${opts.rubric}` : ""}`
      : `it starts from "${base.rubric.name}"; try it with: sovereign-ai score -r ${opts.dir ? shown : name}`;
  return { text: `wrote ${shown}: ${next}\n`, inputs: [base.path] };
}

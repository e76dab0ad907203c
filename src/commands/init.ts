/**
 * `sovereign-ai init consortium ID` and `init rubric NAME`: write a commented file that validates as
 * it is, with the schema line for editors. Never overwrites; writes atomically; says what it wrote.
 */
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { consortiumTemplate, rubricTemplate } from "../init/template.js";
import { loadRubric } from "../init/rubric.js";
import { displayPath } from "../load/read.js";
import { writeNew } from "../output/write.js";
import { Slug } from "../schema/common.js";
import { place, type CommandResult, type RunContext } from "./context.js";

export type InitKind = "consortium" | "rubric" | "contest";

export interface InitOptions {
  rubric?: string;
  dir?: string;
}

const FOLDER: Record<Exclude<InitKind, "contest">, string> = { consortium: "consortia", rubric: "criteria" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `init contest DIR`: a copy of the bundled consortia, rubrics and sources to start from. */
async function initContest(ctx: RunContext, dirArg: string): Promise<CommandResult> {
  const { cwd, packageRoot } = place(ctx);
  const dir = resolve(cwd, dirArg);
  const { copyContest } = await import("../init/contest.js");
  const n = await copyContest(packageRoot, dir, cwd, ctx.io.guardTemp);
  const parts = [plural(n.consortia ?? 0, "consortium", "consortia"), plural(n.criteria ?? 0, "rubric", "rubrics"), ...(n.sources ? [plural(n.sources, "source record", "source records")] : [])];
  const shown = displayPath(dir, cwd) || ".";
  const go = resolve(dir) === resolve(cwd) ? "" : `cd ${shown} && `;
  return { text: `wrote ${shown}/: a copy of the bundled data (${parts.join(", ")}) to change as you like; try: ${go}sovereign-ai score\n`, inputs: [] };
}

/**
 * When `init consortium` creates ./consortia/, every later command here reads it instead of the
 * bundled consortia: say so, and how to keep them.
 */
function hidingWarning(cwd: string, packageRoot: string, dir: string, created: boolean): string {
  if (!created || resolve(dir) !== resolve(cwd, "consortia") || resolve(cwd) === resolve(packageRoot)) return "";
  const bundled = existsSync(join(packageRoot, "consortia")) ? readdirSync(join(packageRoot, "consortia")).filter((f) => /\.ya?ml$/i.test(f)).length : 0;
  if (bundled === 0) return "";
  return (
    `warning: this folder had no consortia/ of its own, so from now on commands run here read consortia/ (this one file) instead of the ${plural(bundled, "bundled consortium", "bundled consortia")}.\n` +
    `To keep them: score both with -c consortia/ ${relative(cwd, join(packageRoot, "consortia"))}, or start over from a copy of the bundled data: ` +
    `move consortia/ away, run sovereign-ai init contest ., then move your file back into consortia/.\n`
  );
}

/** The schema file as a path relative to the folder the new file goes in (forward slashes, for editors). */
function schemaRef(packageRoot: string, dir: string, kind: InitKind): string {
  return relative(dir, join(packageRoot, "schema", `${kind}.schema.json`)).split(sep).join("/");
}

export async function runInit(ctx: RunContext, kind: InitKind, name: string, opts: InitOptions): Promise<CommandResult> {
  if (kind === "contest") return initContest(ctx, opts.dir ?? name);
  const what = kind === "consortium" ? "consortium" : "rubric";
  if (!Slug.safeParse(name).success) throw new UsageError({ code: "init-slug", what, name });
  const { cwd, packageRoot } = place(ctx);
  const dir = resolve(cwd, opts.dir ?? FOLDER[kind]);
  const target = join(dir, `${name}.yaml`);
  const shown = displayPath(target, cwd);
  const exists = () => new UsageError({ code: "init-exists", what, shown });
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
  const created = !existsSync(dir);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (err) {
    throw new UsageError({ code: "mkdir", folder: displayPath(dir, cwd), errno: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  // Exclusive: of several runs at once, exactly one creates the file; the others are told it exists.
  if (!writeNew(target, text, shown, ctx.io.guardTemp)) {
    throw exists();
  }
  const next =
    kind === "consortium"
      ? `it has ${base.rubric.criteria.length} scores to fill in for the rubric "${base.rubric.name}"; check it with: sovereign-ai validate${opts.dir ? ` -c ${displayPath(dir, cwd)}` : ""}${opts.rubric ? ` -r ${opts.rubric}` : ""}`
      : `it starts from "${base.rubric.name}"; try it with: sovereign-ai score -r ${opts.dir ? shown : name}`;
  const warning = kind === "consortium" ? hidingWarning(cwd, packageRoot, dir, created) : "";
  return { text: `wrote ${shown}: ${next}\n${warning}`, inputs: [base.path] };
}

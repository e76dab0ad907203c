/**
 * `sovereign-ai init consortium ID` and `init rubric NAME`: write a commented file that validates as
 * it is, with the schema line for editors. Never overwrites; writes atomically; says what it wrote.
 */
import type { Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
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

/** `init contest DIR`: a copy of the bundled consortia, rubrics and sources to start from. */
async function initContest(ctx: RunContext, dirArg: string): Promise<CommandResult> {
  const { cwd, packageRoot } = place(ctx);
  const dir = resolve(cwd, dirArg);
  const { copyContest } = await import("../init/contest.js");
  const n = await copyContest(packageRoot, dir, cwd, ctx.io.guardTemp);
  const shown = displayPath(dir, cwd) || ".";
  const go = resolve(dir) === resolve(cwd) ? "" : `cd ${shown} && `;
  return {
    text: `${ctx.m.init.contest({ shown, consortia: n.consortia ?? 0, rubrics: n.criteria ?? 0, sources: n.sources ?? 0, go })}\n`,
    inputs: [],
  };
}

/**
 * When `init consortium` creates ./consortia/, every later command here reads it instead of the
 * bundled consortia: say so, and how to keep them.
 */
function hidingWarning(cwd: string, packageRoot: string, dir: string, created: boolean, m: Messages): string {
  if (!created || resolve(dir) !== resolve(cwd, "consortia") || resolve(cwd) === resolve(packageRoot)) return "";
  const bundled = existsSync(join(packageRoot, "consortia"))
    ? readdirSync(join(packageRoot, "consortia")).filter((f) => /\.ya?ml$/i.test(f)).length
    : 0;
  if (bundled === 0) return "";
  return m.init.hiding({ bundled, path: relative(cwd, join(packageRoot, "consortia")) });
}

/** The schema file as a path relative to the folder the new file goes in (forward slashes, for editors). */
function schemaRef(packageRoot: string, dir: string, kind: InitKind): string {
  return relative(dir, join(packageRoot, "schema", `${kind}.schema.json`))
    .split(sep)
    .join("/");
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
      ? consortiumTemplate({ id: name, rubric: base.rubric, rubricFile: baseFile, schema }, ctx.m)
      : rubricTemplate({ name, base: base.rubric, baseFile, schema }, ctx.m);
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
  const m = ctx.m;
  const rubricName = localized(m, base.rubric.name, base.rubric.name_ko);
  const next =
    kind === "consortium"
      ? m.init.consortiumNext({
          n: base.rubric.criteria.length,
          rubric: rubricName,
          check: `sovereign-ai validate${opts.dir ? ` -c ${displayPath(dir, cwd)}` : ""}${opts.rubric ? ` -r ${opts.rubric}` : ""}`,
        })
      : m.init.rubricNext({ rubric: rubricName, tryIt: `sovereign-ai score -r ${opts.dir ? shown : name}` });
  const warning = kind === "consortium" ? hidingWarning(cwd, packageRoot, dir, created, m) : "";
  return { text: `${m.init.wrote({ shown, next })}\n${warning}`, inputs: [base.path] };
}

/** `sovereign-ai rubrics`: the rubrics that `-r NAME` can name, local ones first, with what each is. */
import { DataError, saying } from "../errors.js";
import { rubricFiles } from "../load/paths.js";
import { displayPath, readSource } from "../load/read.js";
import { parseYaml } from "../parse/yaml.js";
import { rubricsCsv, rubricsJson, rubricsMarkdown, rubricsTable, type RubricEntry } from "../render/rubrics.js";
import { Rubric } from "../schema/rubric.js";
import { checkSchema } from "../validate/schema.js";
import { checkRubric } from "../validate/rules.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** Read one rubric for the list: its name and description, or how many problems it has. */
function describe(
  path: string,
  cwd: string,
): Pick<RubricEntry, "title" | "description" | "criteria" | "problems" | "title_ko" | "description_ko"> {
  const read = readSource(path, cwd);
  const parsed = read.ok ? parseYaml(read.source) : undefined;
  if (!parsed?.ok) return { title: "", description: "", criteria: [], problems: parsed ? parsed.problems.length : 1 };
  const r = checkSchema(parsed.parsed, Rubric);
  if (!r.ok) return { title: "", description: "", criteria: [], problems: r.problems.length };
  const cross = checkRubric({ file: parsed.parsed, value: r.value });
  const oneLine = (t: string | undefined) => (t ?? "").replace(/\s+/g, " ").trim();
  return {
    title: r.value.name,
    description: oneLine(r.value.description),
    criteria: r.value.criteria.map((c) => c.id),
    problems: cross.length,
    ...(r.value.name_ko ? { title_ko: r.value.name_ko } : {}),
    ...(r.value.description_ko ? { description_ko: oneLine(r.value.description_ko) } : {}),
  };
}

/** `rubrics` in every format: a format without a renderer here does not compile. */
export const rubricsRenderers: Renderers<Parameters<typeof rubricsJson>[0]> = {
  json: (x) => rubricsJson(x),
  csv: (x) => rubricsCsv(x),
  markdown: (x, _o, m) => rubricsMarkdown(x, m),
  table: (x, o, m) => rubricsTable(x, o, m),
};

export function runRubrics(ctx: RunContext, opts: { wide?: boolean }): CommandResult {
  const p = place(ctx);
  const files = rubricFiles(p);
  if (files.length === 0) throw new DataError([saying({ code: "no-rubrics", bundled: displayPath(p.packageRoot, p.cwd) })]);
  const entries: RubricEntry[] = files.map((f) => ({
    name: f.name,
    where: f.where,
    shadowed: f.shadowed,
    file: displayPath(f.path, p.cwd),
    ...describe(f.path, p.cwd),
  }));
  const text = renderAs(ctx, opts.wide, rubricsRenderers, entries);
  return { text, inputs: files.map((f) => f.path) };
}

/**
 * `sovereign-ai validate`: check the rubric and consortium files; `ok` or every problem. For CI:
 * `-f json` writes the outcome and every problem as JSON on standard output (exit 1 when there are
 * problems), `-q` prints nothing when everything is valid.
 */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { DataError, EXIT } from "../errors.js";
import { loadValidated, type LoadedData } from "../load/contest.js";
import { problemsJson, validJson } from "../render/validate.js";
import { toJson } from "../render/json.js";
import { place, type CommandResult, type RunContext } from "./context.js";

export interface ValidateOptions extends CommonOptions {
  strict?: boolean;
  quiet?: boolean;
}

export function runValidate(ctx: RunContext, opts: ValidateOptions): CommandResult {
  const strict = opts.strict === true;
  let data: LoadedData;
  try {
    data = loadValidated({ ...dataOptions(opts), ...(strict ? { strict: true } : {}) }, place(ctx));
  } catch (err) {
    // The table format leaves problems to the shell (standard error, exit 1); JSON writes them as data.
    if (!(err instanceof DataError) || ctx.format !== "json") throw err;
    return { text: toJson(problemsJson(err.problems, strict)), inputs: [], exitCode: EXIT.data };
  }
  if (opts.quiet) return { text: "", inputs: data.files };
  if (ctx.format === "json") return { text: toJson(validJson(data, strict)), inputs: data.files };
  const n = data.consortia.length;
  const cited = data.sources ? `, every citation resolves in ${data.sources.records.size} source record${data.sources.records.size === 1 ? "" : "s"}` : "";
  const p = data.panel;
  const r = p?.reviews.reviewers.length ?? 0;
  const rec = p?.result.recusals.length ?? 0;
  const panel = p ? `; ${r} reviewer${r === 1 ? "" : "s"}' scores in ${p.reviews.source} are valid (${p.reviews.scores.length} scores, ${rec} recusal${rec === 1 ? "" : "s"})` : "";
  // One status line, kept whole whatever the width, for scripts that read it.
  return { text: `ok: rubric "${data.rubric.value.name}" and ${n} consortium file${n === 1 ? "" : "s"} are valid${cited}${panel}${strict ? " (strict)" : ""}\n`, inputs: data.files };
}

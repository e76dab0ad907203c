/**
 * `sovereign-ai validate`: check the rubric and consortium files; `ok` or every problem. For CI:
 * `-f json` writes the outcome and every problem as JSON on standard output (exit 1 when there are
 * problems), `-q` prints nothing when everything is valid.
 */
import { dataOptions, type CommonOptions } from "./options.js";
import { DataError, EXIT } from "../errors.js";
import { loadValidated, type LoadedData } from "../load/contest.js";
import { problemsJson, validJson } from "../render/validate.js";
import { toJson } from "../render/json.js";
import { place, type CommandResult, type RunContext } from "./context.js";
import { localized } from "../i18n/index.js";

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
    return { text: toJson(problemsJson(err.problems, strict, ctx.m.problems.say)), inputs: [], exitCode: EXIT.data };
  }
  if (opts.quiet) return { text: "", inputs: data.files };
  if (ctx.format === "json") return { text: toJson(validJson(data, strict)), inputs: data.files };
  const m = ctx.m.validate;
  const cited = data.sources ? m.cited({ n: data.sources.records.size }) : "";
  const p = data.panel;
  const panel = p
    ? m.panel({
        reviewers: p.reviews.reviewers.length,
        source: p.reviews.source,
        scores: p.reviews.scores.length,
        recusals: p.result.recusals.length,
      })
    : "";
  // One status line, kept whole whatever the width, for scripts that read it.
  const text = m.ok({
    rubric: localized(ctx.m, data.rubric.value.name, data.rubric.value.name_ko),
    n: data.consortia.length,
    cited,
    panel,
    strict,
  });
  return { text: `${text}\n`, inputs: data.files };
}

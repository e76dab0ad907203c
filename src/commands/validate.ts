/** `sovereign-ai validate`: check the rubric and consortium files; `ok` or every problem. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { loadValidated } from "../load/contest.js";
import { place, type CommandResult, type RunContext } from "./context.js";

export function runValidate(ctx: RunContext, opts: CommonOptions & { strict?: boolean }): CommandResult {
  const data = loadValidated({ ...dataOptions(opts), ...(opts.strict ? { strict: true } : {}) }, place(ctx));
  const n = data.consortia.length;
  const cited = data.sources ? `, every citation resolves in ${data.sources.records.size} source record${data.sources.records.size === 1 ? "" : "s"}` : "";
  const p = data.panel;
  const r = p?.reviews.reviewers.length ?? 0;
  const rec = p?.result.recusals.length ?? 0;
  const panel = p ? `; ${r} reviewer${r === 1 ? "" : "s"}' scores in ${p.reviews.source} are valid (${p.reviews.scores.length} scores, ${rec} recusal${rec === 1 ? "" : "s"})` : "";
  return { text: `ok: rubric "${data.rubric.value.name}" and ${n} consortium file${n === 1 ? "" : "s"} are valid${cited}${panel}${opts.strict ? " (strict)" : ""}\n`, inputs: data.files };
}

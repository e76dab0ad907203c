/** `sovereign-ai validate`: check the rubric and consortium files; `ok` or every problem. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { loadValidated } from "../load/contest.js";
import { place, type CommandResult, type RunContext } from "./context.js";
import { localized } from "../i18n/index.js";

export function runValidate(ctx: RunContext, opts: CommonOptions & { strict?: boolean }): CommandResult {
  const data = loadValidated({ ...dataOptions(opts), ...(opts.strict ? { strict: true } : {}) }, place(ctx));
  const m = ctx.m.validate;
  const cited = data.sources ? m.cited({ n: data.sources.records.size }) : "";
  const p = data.panel;
  const panel = p ? m.panel({ reviewers: p.reviews.reviewers.length, source: p.reviews.source, scores: p.reviews.scores.length, recusals: p.result.recusals.length }) : "";
  const text = m.ok({ rubric: localized(ctx.m, data.rubric.value.name, data.rubric.value.name_ko), n: data.consortia.length, cited, panel, strict: opts.strict === true });
  return { text: `${text}\n`, inputs: data.files };
}

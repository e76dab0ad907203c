/** `sovereign-ai select`: pick the set under the rubric's rules, with an audit log. */
import { dataOptions, type CommonOptions } from "./options.js";
import { loadContest } from "../load/contest.js";
import { selectCsv, selectJson, selectMarkdown, selectTable } from "../render/select.js";
import { evaluate, type Evaluation } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `select` in every format: a format without a renderer here does not compile. */
export const selectRenderers: Renderers<{ ev: Evaluation; full: boolean }> = {
  json: (r, _o, m) => selectJson(r.ev, m, r.full),
  csv: (r, _o, m) => selectCsv(r.ev, m),
  markdown: (r, _o, m) => selectMarkdown(r.ev, m),
  table: (r, o, m) => selectTable(r.ev, o, m),
};

export function runSelect(ctx: RunContext, opts: CommonOptions & { strategy?: "rank-order" | "best-set"; full?: boolean }): CommandResult {
  const { contest: loaded, files } = loadContest(dataOptions(opts), place(ctx));
  const contest = opts.strategy ? { ...loaded, rules: { ...loaded.rules, strategy: opts.strategy } } : loaded;
  const ev = evaluate(contest);
  const text = renderAs(ctx, opts.wide, selectRenderers, { ev, full: opts.full === true });
  return { text, inputs: files };
}

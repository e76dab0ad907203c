/** `sovereign-ai select`: pick the set under the rubric's rules, with an audit log. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { loadContest } from "../load/contest.js";
import { selectCsv, selectJson, selectMarkdown, selectTable } from "../render/select.js";
import { evaluate } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `select` in every format: a format without a renderer here does not compile. */
export const selectRenderers: Renderers<Parameters<typeof selectJson>[0]> = {
  json: (x) => selectJson(x),
  csv: (x) => selectCsv(x),
  markdown: (x) => selectMarkdown(x),
  table: (x, o) => selectTable(x, o),
};

export function runSelect(ctx: RunContext, opts: CommonOptions & { strategy?: "rank-order" | "best-set" }): CommandResult {
  const { contest: loaded, files } = loadContest(dataOptions(opts), place(ctx));
  const contest = opts.strategy ? { ...loaded, rules: { ...loaded.rules, strategy: opts.strategy } } : loaded;
  const ev = evaluate(contest);
  const text = renderAs(ctx, opts.wide, selectRenderers, ev);
  return { text, inputs: files };
}

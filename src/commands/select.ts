/** `sovereign-ai select`: pick the set under the rubric's rules, with an audit log. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { loadContest } from "../load/contest.js";
import { selectCsv, selectJson, selectMarkdown, selectTable } from "../render/select.js";
import { evaluate } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type RunContext } from "./context.js";

export function runSelect(ctx: RunContext, opts: CommonOptions & { strategy?: "rank-order" | "best-set"; full?: boolean }): CommandResult {
  const { contest: loaded, files } = loadContest(dataOptions(opts), place(ctx));
  const contest = opts.strategy ? { ...loaded, rules: { ...loaded.rules, strategy: opts.strategy } } : loaded;
  const ev = evaluate(contest);
  const text = renderAs(ctx, opts.wide, {
    json: () => selectJson(ev, ctx.m, opts.full === true),
    csv: () => selectCsv(ev, ctx.m),
    markdown: () => selectMarkdown(ev, ctx.m),
    table: (o) => selectTable(ev, o, ctx.m),
  });
  return { text, inputs: files };
}

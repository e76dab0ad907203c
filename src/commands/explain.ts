/** `sovereign-ai explain ID`: one consortium's card — facts, points per criterion, rank, pick and why. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { explainCard, findTeam } from "../explain/card.js";
import { quickContest } from "../load/quick.js";
import { explainCsv, explainJson, explainMarkdown, explainTable } from "../render/explain.js";
import { evaluate } from "../select/evaluate.js";
import { place, tableOptions, type CommandResult, type RunContext } from "./context.js";

export async function runExplain(ctx: RunContext, id: string, opts: CommonOptions): Promise<CommandResult> {
  const data = dataOptions(opts);
  // The full loader (YAML, zod) is loaded only when the bundled snapshot does not answer.
  const { contest, files } = quickContest(data, place(ctx)) ?? (await import("../load/contest.js")).loadContest(data, place(ctx));
  const ev = evaluate(contest);
  const card = explainCard(ev, findTeam(ev, id));
  const text =
    ctx.format === "json" ? explainJson(card)
    : ctx.format === "csv" ? explainCsv(card)
    : ctx.format === "markdown" ? explainMarkdown(card)
    : explainTable(card, tableOptions(ctx, opts.wide));
  return { text, inputs: files };
}

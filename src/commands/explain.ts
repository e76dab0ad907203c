/** `sovereign-ai explain ID`: one consortium's card — facts, points per criterion, rank, pick and why. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { explainCard, findTeam } from "../explain/card.js";
import { quickContest } from "../load/quick.js";
import { explainCsv, explainJson, explainMarkdown, explainTable } from "../render/explain.js";
import { evaluate } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type RunContext } from "./context.js";

export async function runExplain(ctx: RunContext, id: string, opts: CommonOptions & { vs?: string }): Promise<CommandResult> {
  const data = dataOptions(opts);
  // The full loader (YAML, zod) is loaded only when the bundled snapshot does not answer.
  const { contest, files, sources, panel } = quickContest(data, place(ctx)) ?? (await import("../load/contest.js")).loadContest(data, place(ctx));
  const ev = evaluate(contest);
  if (opts.vs !== undefined) {
    const { versus } = await import("../explain/versus.js");
    const r = await import("../render/versus.js");
    const v = versus(ev, findTeam(ev, id), findTeam(ev, opts.vs));
    const text = renderAs(ctx, opts.wide, { json: () => r.versusJson(v), csv: () => r.versusCsv(v), markdown: () => r.versusMarkdown(v), table: (o) => r.versusTable(v, o) });
    return { text, inputs: files };
  }
  const card = explainCard(ev, findTeam(ev, id), sources, panel?.result, ctx.m);
  const text = renderAs(ctx, opts.wide, {
    json: () => explainJson(card),
    csv: () => explainCsv(card),
    markdown: () => explainMarkdown(card, ctx.m),
    table: (o) => explainTable(card, o, ctx.m),
  });
  return { text, inputs: files };
}

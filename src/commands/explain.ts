/** `sovereign-ai explain ID`: one consortium's card — facts, points per criterion, rank, pick and why. */
import { dataOptions, type CommonOptions } from "./options.js";
import { explainCard, findTeam } from "../explain/card.js";
import { quickContest } from "../load/quick.js";
import { explainCsv, explainJson, explainMarkdown, explainTable } from "../render/explain.js";
import { evaluate } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `explain` in every format: a format without a renderer here does not compile. */
export const explainRenderers: Renderers<Parameters<typeof explainJson>[0]> = {
  json: (x) => explainJson(x),
  csv: (x) => explainCsv(x),
  markdown: (x, _o, m) => explainMarkdown(x, m),
  table: (x, o, m) => explainTable(x, o, m),
};

export async function runExplain(ctx: RunContext, id: string, opts: CommonOptions & { vs?: string }): Promise<CommandResult> {
  const data = dataOptions(opts);
  // The full loader (YAML, zod) is loaded only when the bundled snapshot does not answer.
  const { contest, files, sources, panel } =
    quickContest(data, place(ctx)) ?? (await import("../load/contest.js")).loadContest(data, place(ctx), true);
  const ev = evaluate(contest);
  if (opts.vs !== undefined) {
    const { versus } = await import("../explain/versus.js");
    const r = await import("../render/versus.js");
    const v = versus(ev, findTeam(ev, id), findTeam(ev, opts.vs));
    // The head-to-head's renderers (loaded only for --vs), every format like the card's.
    const versusRenderers: Renderers<typeof v> = {
      json: (x) => r.versusJson(x),
      csv: (x) => r.versusCsv(x),
      markdown: (x, _o, m) => r.versusMarkdown(x, m),
      table: (x, o, m) => r.versusTable(x, o, m),
    };
    const text = renderAs(ctx, opts.wide, versusRenderers, v);
    return { text, inputs: files };
  }
  const card = explainCard(ev, findTeam(ev, id), sources, panel?.result, ctx.m);
  const text = renderAs(ctx, opts.wide, explainRenderers, card);
  return { text, inputs: files };
}

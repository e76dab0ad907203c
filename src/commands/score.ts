/** `sovereign-ai score`: rank the consortia by the weighted rubric and mark the picked teams. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { quickContest } from "../load/quick.js";
import { scoreCsv, scoreJson, scoreMarkdown, scoreTable } from "../render/score.js";
import { evaluate } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type RunContext } from "./context.js";

export interface ScoreOptions extends CommonOptions {
  top?: number;
  /** JSON: every dominator of each team, not only the first 10. */
  full?: boolean;
}

export async function runScore(ctx: RunContext, opts: ScoreOptions): Promise<CommandResult> {
  const data = dataOptions(opts);
  // The full loader (YAML, zod) is loaded only when the bundled snapshot does not answer.
  const { contest, files } = quickContest(data, place(ctx)) ?? (await import("../load/contest.js")).loadContest(data, place(ctx));
  const ev = evaluate(contest);
  const text = renderAs(ctx, opts.wide, {
    json: () => scoreJson(ev, opts.top, opts.full === true),
    csv: () => scoreCsv(ev, opts.top),
    markdown: () => scoreMarkdown(ev, ctx.m, opts.top),
    table: (o) => scoreTable(ev, o, ctx.m, opts.top),
  });
  return { text, inputs: files };
}

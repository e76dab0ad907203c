/** `sovereign-ai score`: rank the consortia by the weighted rubric and mark the picked teams. */
import { dataOptions, type CommonOptions } from "./options.js";
import { quickContest } from "../load/quick.js";
import { scoreCsv, scoreJson, scoreMarkdown, scoreTable } from "../render/score.js";
import { evaluate, type Evaluation } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `score` in every format: a format without a renderer here does not compile. */
export const scoreRenderers: Renderers<{ ev: Evaluation; top?: number; full?: boolean }> = {
  json: (r) => scoreJson(r.ev, r.top, r.full === true),
  csv: (r) => scoreCsv(r.ev, r.top),
  markdown: (r, _o, m) => scoreMarkdown(r.ev, m, r.top),
  table: (r, o, m) => scoreTable(r.ev, o, m, r.top),
};

export interface ScoreOptions extends CommonOptions {
  top?: number;
  /** JSON: every dominator of each team, not only the first 10. */
  full?: boolean;
}

export async function runScore(ctx: RunContext, opts: ScoreOptions): Promise<CommandResult> {
  const data = dataOptions(opts);
  // The full loader (YAML, zod) is loaded only when the bundled snapshot does not answer.
  const { contest, files } = quickContest(data, place(ctx)) ?? (await import("../load/contest.js")).loadContest(data, place(ctx), true);
  const ev = evaluate(contest);
  const text = renderAs(ctx, opts.wide, scoreRenderers, {
    ev,
    full: opts.full === true,
    ...(opts.top !== undefined ? { top: opts.top } : {}),
  });
  return { text, inputs: files };
}

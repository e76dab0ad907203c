/** `sovereign-ai backtest --stage ID`: replay a stage with only the data dated before it and score the model. */
import { backtest } from "../programme/backtest.js";
import { loadProgramme } from "../programme/load.js";
import { backtestCsv, backtestJson, backtestMarkdown, backtestTable } from "../render/backtest.js";
import type { MethodName } from "../methods/names.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";
import { programmeOptions, type ProgrammeCliOptions } from "./timeline.js";

/** `backtest` in every format: a format without a renderer here does not compile. */
export const backtestRenderers: Renderers<Parameters<typeof backtestJson>[0]> = {
  json: (x) => backtestJson(x),
  csv: (x) => backtestCsv(x),
  markdown: (x, _o, m) => backtestMarkdown(x, m),
  table: (x, o, m) => backtestTable(x, o, m),
};

const DEFAULT_SAMPLES = 20_000;

export interface BacktestCliOptions extends ProgrammeCliOptions {
  stage: string;
  runs?: number;
  seed?: number;
  samples?: number;
  method?: MethodName;
}

export async function runBacktest(ctx: RunContext, opts: BacktestCliOptions): Promise<CommandResult> {
  const p = loadProgramme(programmeOptions(opts), place(ctx));
  const b = await backtest(
    p,
    opts.stage,
    place(ctx),
    {
      runs: opts.runs ?? 10_000,
      seed: opts.seed ?? 2025,
      samples: opts.samples ?? DEFAULT_SAMPLES,
      ...(opts.method ? { method: opts.method } : {}),
    },
    ctx.m,
  );
  const text = renderAs(ctx, opts.wide, backtestRenderers, b);
  return { text, inputs: b.files };
}

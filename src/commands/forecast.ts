/** `sovereign-ai forecast`: from the latest stage, each remaining team's chance at the next cut and the final. */
import { forecast } from "../programme/forecast.js";
import { loadProgramme } from "../programme/load.js";
import { forecastCsv, forecastJson, forecastMarkdown, forecastTable } from "../render/forecast.js";
import type { MethodName } from "../methods/names.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";
import { programmeOptions, type ProgrammeCliOptions } from "./timeline.js";

/** `forecast` in every format: a format without a renderer here does not compile. */
export const forecastRenderers: Renderers<Parameters<typeof forecastJson>[0]> = {
  json: (x) => forecastJson(x),
  csv: (x) => forecastCsv(x),
  markdown: (x, _o, m) => forecastMarkdown(x, m),
  table: (x, o, m) => forecastTable(x, o, m),
};

export interface ForecastCliOptions extends ProgrammeCliOptions {
  runs?: number;
  seed?: number;
  method?: MethodName;
}

export async function runForecast(ctx: RunContext, opts: ForecastCliOptions): Promise<CommandResult> {
  const p = loadProgramme(programmeOptions(opts), place(ctx));
  const f = await forecast(
    p,
    place(ctx),
    { runs: opts.runs ?? 10_000, seed: opts.seed ?? 2025, ...(opts.method ? { method: opts.method } : {}) },
    ctx.m,
  );
  const text = renderAs(ctx, opts.wide, forecastRenderers, f);
  return { text, inputs: f.files };
}

/** `sovereign-ai timeline`: the stages of the programme in order, with who advanced or left and why. */
import type { CommonOptions } from "./options.js";
import { loadProgramme, type ProgrammeOptions } from "../programme/load.js";
import { timeline } from "../programme/timeline.js";
import { timelineCsv, timelineJson, timelineMarkdown, timelineTable } from "../render/timeline.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `timeline` in every format: a format without a renderer here does not compile. */
export const timelineRenderers: Renderers<Parameters<typeof timelineJson>[0]> = {
  json: (x) => timelineJson(x),
  csv: (x) => timelineCsv(x),
  markdown: (x, _o, m) => timelineMarkdown(x, m),
  table: (x, o, m) => timelineTable(x, o, m),
};

export interface ProgrammeCliOptions extends CommonOptions {
  programme?: string;
}

export function programmeOptions(o: ProgrammeCliOptions): ProgrammeOptions {
  return {
    ...(o.programme !== undefined ? { programme: o.programme } : {}),
    ...(o.sources !== undefined ? { sources: o.sources } : {}),
    ...(o.cache === false ? { noCache: true } : {}),
  };
}

export function runTimeline(ctx: RunContext, opts: ProgrammeCliOptions): CommandResult {
  const p = loadProgramme(programmeOptions(opts), place(ctx));
  const stages = timeline(p);
  const text = renderAs(ctx, opts.wide, timelineRenderers, stages);
  return { text, inputs: p.files };
}

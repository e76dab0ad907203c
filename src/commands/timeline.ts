/** `sovereign-ai timeline`: the stages of the programme in order, with who advanced or left and why. */
import type { CommonOptions } from "../cli/options.js";
import { loadProgramme } from "../programme/load.js";
import { timeline } from "../programme/timeline.js";
import { timelineCsv, timelineJson, timelineMarkdown, timelineTable } from "../render/timeline.js";
import { place, renderAs, type CommandResult, type RunContext } from "./context.js";

export interface ProgrammeCliOptions extends CommonOptions {
  programme?: string;
}

export function programmeOptions(o: ProgrammeCliOptions): { programme?: string; sources?: string } {
  return { ...(o.programme !== undefined ? { programme: o.programme } : {}), ...(o.sources !== undefined ? { sources: o.sources } : {}) };
}

export function runTimeline(ctx: RunContext, opts: ProgrammeCliOptions): CommandResult {
  const p = loadProgramme(programmeOptions(opts), place(ctx));
  const stages = timeline(p);
  const text = renderAs(ctx, opts.wide, {
    json: () => timelineJson(stages),
    csv: () => timelineCsv(stages),
    markdown: () => timelineMarkdown(stages),
    table: (o) => timelineTable(stages, o),
  });
  return { text, inputs: p.files };
}

/** `sovereign-ai sources`: the source records the consortia cite, with how many facts cite each. */
import { dataOptions, type CommonOptions } from "./options.js";
import { quickContest } from "../load/quick.js";
import { sourcesCsv, sourcesJson, sourcesMarkdown, sourcesTable } from "../render/sources.js";
import { listSources } from "../sources/listing.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `sources` in every format: a format without a renderer here does not compile. */
export const sourcesRenderers: Renderers<Parameters<typeof sourcesJson>[0]> = {
  json: (x) => sourcesJson(x),
  csv: (x) => sourcesCsv(x),
  markdown: (x, _o, m) => sourcesMarkdown(x, m),
  table: (x, o, m) => sourcesTable(x, o, m),
};

export async function runSources(ctx: RunContext, opts: CommonOptions): Promise<CommandResult> {
  const data = dataOptions(opts);
  const { contest, files, sources } =
    quickContest(data, place(ctx)) ?? (await import("../load/contest.js")).loadContest(data, place(ctx), true);
  const listing = listSources(
    sources,
    contest.teams.map((t) => t.consortium),
  );
  const text = renderAs(ctx, opts.wide, sourcesRenderers, listing);
  return { text, inputs: files };
}

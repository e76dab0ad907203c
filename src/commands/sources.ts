/** `sovereign-ai sources`: the source records the consortia cite, with how many facts cite each. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { quickContest } from "../load/quick.js";
import { sourcesCsv, sourcesJson, sourcesMarkdown, sourcesTable } from "../render/sources.js";
import { listSources } from "../sources/listing.js";
import { place, renderAs, type CommandResult, type RunContext } from "./context.js";

export async function runSources(ctx: RunContext, opts: CommonOptions): Promise<CommandResult> {
  const data = dataOptions(opts);
  const { contest, files, sources } = quickContest(data, place(ctx)) ?? (await import("../load/contest.js")).loadContest(data, place(ctx));
  const listing = listSources(sources, contest.teams.map((t) => t.consortium));
  const text = renderAs(ctx, opts.wide, {
    json: () => sourcesJson(listing),
    csv: () => sourcesCsv(listing),
    markdown: () => sourcesMarkdown(listing),
    table: (o) => sourcesTable(listing, o),
  });
  return { text, inputs: files };
}

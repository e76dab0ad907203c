/** `sovereign-ai sensitivity`: the exact stable interval of every weight, the margin, the points needed. */
import { sensitivityReport } from "../analyse/report.js";
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { hint, UsageError } from "../errors.js";
import { loadContest } from "../load/contest.js";
import { sensitivityCsv, sensitivityJson, sensitivityMarkdown } from "../render/sensitivity.js";
import { sensitivityTable } from "../render/tornado.js";
import { place, renderAs, type CommandResult, type RunContext } from "./context.js";

export function runSensitivity(ctx: RunContext, opts: CommonOptions & { criterion?: string; full?: boolean }): CommandResult {
  const { contest, files } = loadContest(dataOptions(opts), place(ctx));
  let only: number | undefined;
  if (opts.criterion !== undefined) {
    const ids = contest.criteria.map((c) => c.id);
    only = ids.indexOf(opts.criterion);
    if (only < 0) throw new UsageError(`--criterion ${opts.criterion}: unknown criterion${hint(opts.criterion, ids)}; the rubric's criteria are: ${ids.join(", ")}`);
  }
  const rep = sensitivityReport(contest, only, opts.full === true);
  const text = renderAs(ctx, opts.wide, {
    json: () => sensitivityJson(rep),
    csv: () => sensitivityCsv(rep),
    markdown: () => sensitivityMarkdown(rep),
    table: (o) => sensitivityTable(rep, o),
  });
  return { text, inputs: files };
}

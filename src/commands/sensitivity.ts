/** `sovereign-ai sensitivity`: the exact stable interval of every weight, the margin, the points needed. */
import { sensitivityReport } from "../analyse/report.js";
import { dataOptions, type CommonOptions } from "./options.js";
import { didYouMean, UsageError } from "../errors.js";
import { loadContest } from "../load/contest.js";
import { sensitivityCsv, sensitivityJson, sensitivityMarkdown } from "../render/sensitivity.js";
import { sensitivityTable } from "../render/tornado.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `sensitivity` in every format: a format without a renderer here does not compile. */
export const sensitivityRenderers: Renderers<Parameters<typeof sensitivityJson>[0]> = {
  json: (x) => sensitivityJson(x),
  csv: (x) => sensitivityCsv(x),
  markdown: (x, _o, m) => sensitivityMarkdown(x, m),
  table: (x, o, m) => sensitivityTable(x, o, m),
};

export function runSensitivity(ctx: RunContext, opts: CommonOptions & { criterion?: string; full?: boolean }): CommandResult {
  const { contest, files } = loadContest(dataOptions(opts), place(ctx));
  let only: number | undefined;
  if (opts.criterion !== undefined) {
    const ids = contest.criteria.map((c) => c.id);
    only = ids.indexOf(opts.criterion);
    if (only < 0)
      throw new UsageError({
        code: "unknown-criterion-option",
        id: opts.criterion,
        suggestion: didYouMean(opts.criterion, ids) ?? null,
        known: ids,
      });
  }
  const rep = sensitivityReport(contest, only, opts.full === true);
  const text = renderAs(ctx, opts.wide, sensitivityRenderers, rep);
  return { text, inputs: files };
}

/** `sovereign-ai panel`: the review panel's score per team and criterion, agreement, recusals; --influence: one reviewer's sway. */
import { dataOptions, type CommonOptions } from "./options.js";
import { UsageError } from "../errors.js";
import { loadValidated } from "../load/contest.js";
import { panelReport } from "../panel/report.js";
import { panelCsv, panelJson, panelMarkdown, panelTable } from "../render/panel.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** `panel` in every format: a format without a renderer here does not compile. */
export const panelRenderers: Renderers<Parameters<typeof panelJson>[0]> = {
  json: (x) => panelJson(x),
  csv: (x) => panelCsv(x),
  markdown: (x, _o, m) => panelMarkdown(x, m),
  table: (x, o, m) => panelTable(x, o, m),
};

export interface PanelOptions extends CommonOptions {
  influence?: boolean;
}

export async function runPanel(ctx: RunContext, opts: PanelOptions): Promise<CommandResult> {
  const data = loadValidated(dataOptions(opts), place(ctx));
  if (!data.panel) throw new UsageError({ code: "no-reviews" });
  const report = panelReport(
    data.rubric.value,
    data.consortia.map((c) => c.value),
    data.panel,
    opts.weight ?? [],
    opts.influence === true,
    opts.seed,
  );
  const text = renderAs(ctx, opts.wide, panelRenderers, report);
  return { text, inputs: data.files };
}

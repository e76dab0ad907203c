/**
 * `sovereign-ai report`: one shareable report — the ranking, the pick and its audit log, how robust it
 * is, the simulation, a card per consortium and the sources — as a self-contained HTML file with
 * charts, or as Markdown. The charting library is loaded only here.
 */
import { dataOptions, type CommonOptions } from "./options.js";
import { UsageError } from "../errors.js";
import { loadContest } from "../load/contest.js";
import type { SimulateOptions } from "../simulate/plan.js";
import { DEFAULT_RUNS, DEFAULT_SEED, settingsText, weightMode, type SimulateCliOptions } from "./simulate.js";
import { simulateContest } from "../simulate/run.js";
import { place, type CommandResult, type RunContext } from "./context.js";

export type ReportFormat = "html" | "markdown";

export interface ReportCliOptions extends SimulateCliOptions {
  reportFormat?: ReportFormat;
  date?: string;
  simulation?: boolean;
}

/** html, unless --format markdown or an -o ending in .md / .markdown. */
export function reportFormat(o: Pick<CommonOptions, "output"> & { reportFormat?: ReportFormat }): ReportFormat {
  if (o.reportFormat) return o.reportFormat;
  const ext = /\.[^./\\]+$/.exec(o.output ?? "")?.[0]?.toLowerCase();
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === undefined || ext === ".html" || ext === ".htm") return "html";
  throw new UsageError({ code: "report-extension", output: o.output ?? "" });
}

export async function runReport(ctx: RunContext, opts: ReportCliOptions, command: string, today: string): Promise<CommandResult> {
  const format = reportFormat(opts);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new UsageError({ code: "report-date", value: opts.date });
  const { contest, files, sources } = loadContest(dataOptions(opts), place(ctx));
  let simulation = null;
  let settings = "";
  if (opts.simulation !== false) {
    const sim: SimulateOptions = {
      runs: opts.runs ?? DEFAULT_RUNS,
      seed: opts.seed ?? DEFAULT_SEED,
      distribution: opts.distribution ?? "triangular",
      weights: weightMode(contest, opts),
    };
    simulation = await simulateContest(contest, sim, opts.threads !== undefined ? { threads: opts.threads } : {});
    const t = settingsText(sim, [], contest.rules.lottery, contest.method, ctx.m);
    settings = `${t.runs} · ${t.draws}`;
  }
  const { buildReport } = await import("../report/model.js");
  const model = buildReport({ contest, sources, simulation, simulationSettings: settings, command, date: opts.date, today }, ctx.m);
  const text =
    format === "html"
      ? (await import("../report/html.js")).reportHtml(model, ctx.m)
      : (await import("../report/markdown.js")).reportMarkdown(model, ctx.m);
  return { text, inputs: files };
}

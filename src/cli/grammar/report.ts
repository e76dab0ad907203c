import { messagesFor } from "../../i18n/index.js";
import { Option, type Command } from "commander";
import type { ReportCliOptions } from "../../commands/report.js";
import { addDataOptions, positiveInt } from "../options.js";
import { type GrammarContext, helpAfter, langOf, runOrWatch, stdinFor } from "./shared.js";
import { colorLevel } from "../../render/style.js";

// Kept here, not imported from the command: the grammar must not load the command's modules at start-up.
const REPORT_FORMATS = ["html", "markdown"] as const;

const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/** The command that makes this report, in a canonical order (for the report's "made with" line). */
function commandLine(o: ReportCliOptions): string {
  const words = ["sovereign-ai", "report"];
  if (o.rubric !== undefined) words.push("-r", o.rubric);
  if (o.consortia !== undefined) words.push("-c", ...o.consortia, "--");
  for (const w of o.weight ?? []) words.push("-w", `${w.id}=${w.value}`);
  if (o.sources !== undefined) words.push("--sources", o.sources);
  if (o.reportFormat !== undefined) words.push("-f", o.reportFormat);
  if (o.date !== undefined) words.push("--date", o.date);
  if (o.simulation === false) words.push("--no-simulation");
  else {
    if (o.runs !== undefined) words.push("--runs", String(o.runs));
    if (o.seed !== undefined) words.push("--seed", String(o.seed));
  }
  if (o.output !== undefined) words.push("-o", o.output);
  return words.map(quote).join(" ");
}

export function defineReport(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("report")
    .description(
      "write one report to share: ranking, pick and audit log, robustness, simulation, a card per consortium and the sources (HTML with charts, or Markdown)",
    );
  addDataOptions(cmd)
    .addOption(
      new Option("-f, --format <format>", "html (default) or markdown; from --output's extension when not given").choices(REPORT_FORMATS),
    )
    .option("-o, --output <file>", "write to FILE atomically (e.g. report.html) instead of standard output")
    .option("--date <YYYY-MM-DD>", "the date printed on the report (default: the data's newest as_of, else today)")
    .option("-n, --runs <n>", "simulated selections for the simulation section (default: 10000)", positiveInt("--runs"))
    .option(
      "-s, --seed <s>",
      "random seed of the simulation, and of the lottery when the rubric's tie_break ends with lottery (default: 2025)",
      positiveInt("--seed"),
    )
    .option("--no-simulation", "leave out the simulation section")
    .option("--watch", "rerun whenever an input file changes; needs a terminal, or -o FILE; Ctrl-C stops")
    .addHelpText("after", helpAfter(lang, "report"))
    .action(async (o: ReportCliOptions & { format?: (typeof REPORT_FORMATS)[number] }) => {
      const { runReport } = await import("../../commands/report.js");
      await stdinFor(io, o);
      const { format, ...rest } = o;
      const opts: ReportCliOptions = { ...rest, ...(format ? { reportFormat: format } : {}) };
      const today = new Date().toISOString().slice(0, 10);
      const ctx = {
        io,
        format: "table" as const,
        color: colorLevel({ flag: false, env: io.env, detected: 0 }),
        m: messagesFor(langOf(io, o)),
      };
      await runOrWatch(io, inv, "report", opts, () => runReport(ctx, opts, commandLine(opts), today));
    });
}

import { Option, type Command } from "commander";
import { addDataOptions, addSeedOption, addOutputOptions, type CommonOptions } from "../options.js";
import { addWatchOption, type GrammarContext, helpAfter, runContext, runOrWatch, stdinFor } from "./shared.js";

export function defineSelect(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("select")
    .description("pick the teams under the rubric's selection rules, with an audit trail for every consortium");
  addWatchOption(addSeedOption(addOutputOptions(addDataOptions(cmd))))
    .addOption(new Option("--strategy <strategy>", "override the rubric's selection.strategy").choices(["rank-order", "best-set"]))
    .option("--full", "JSON: every team's full dominated_by list (by default the first 10 ids; dominated_by_count is always complete)")
    .addHelpText("after", helpAfter(lang, "select"))
    .action(async (o: CommonOptions & { strategy?: "rank-order" | "best-set"; full?: boolean }) => {
      const { runSelect } = await import("../../commands/select.js");
      await stdinFor(io, o);
      await runOrWatch(io, inv, "select", o, () => runSelect(runContext(io, o), o));
    });
}

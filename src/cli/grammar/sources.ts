import type { Command } from "commander";
import { addDataOptions, addOutputOptions, type CommonOptions } from "../options.js";
import { examples, runContext, type GrammarContext } from "./shared.js";

export function defineSources(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program
    .command("sources")
    .description("list the source records the data cites: publisher, date, language, how many facts cite each, and the address");
  addOutputOptions(addDataOptions(cmd, false))
    .addHelpText(
      "after",
      examples([
        "sovereign-ai sources",
        "sovereign-ai sources -f csv > sources.csv",
        "sovereign-ai sources -c my/consortia --sources my/sources",
      ]),
    )
    .action(async (o: CommonOptions) => {
      const { runSources } = await import("../../commands/sources.js");
      inv.options = o;
      inv.result = await runSources(runContext(io, o), o);
    });
}

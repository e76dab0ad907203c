import type { Command } from "commander";
import { addDataOptions, addOutputOptions, type CommonOptions } from "../options.js";
import { type GrammarContext, helpAfter, runContext } from "./shared.js";

export function defineSources(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("sources")
    .description("list the source records the data cites: publisher, date, language, how many facts cite each, and the address");
  addOutputOptions(addDataOptions(cmd, false))
    .addHelpText("after", helpAfter(lang, "sources"))
    .action(async (o: CommonOptions) => {
      const { runSources } = await import("../../commands/sources.js");
      inv.options = o;
      inv.result = await runSources(runContext(io, o), o);
    });
}

import type { Command } from "commander";
import { addDataOptions, addSeedOption, addOutputOptions } from "../options.js";
import { type GrammarContext, helpAfter, runContext, stdinFor } from "./shared.js";
import type { PanelOptions } from "../../commands/panel.js";

export function definePanel(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("panel")
    .description("a review panel's score for each team and criterion, with the spread, recusals and how far the reviewers agree");
  addSeedOption(addOutputOptions(addDataOptions(cmd)))
    .option("--influence", "leave out each reviewer in turn and list those whose absence changes the picked teams")
    .addHelpText("after", helpAfter(lang, "panel"))
    .action(async (o: PanelOptions) => {
      const { runPanel } = await import("../../commands/panel.js");
      await stdinFor(io, o);
      inv.options = o;
      inv.result = await runPanel(runContext(io, o), o);
    });
}

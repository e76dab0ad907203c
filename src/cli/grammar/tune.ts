import type { Command } from "commander";
import { addDataOptions, addSeedOption, type CommonOptions } from "../options.js";
import { type GrammarContext, helpAfter, runContext } from "./shared.js";

export function defineTune(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("tune")
    .description(
      "edit a rubric's weights on a full screen: sliders, the ranking re-ranked at every key, the tipping points; s saves into the file",
    );
  addSeedOption(addDataOptions(cmd, false))
    .addHelpText("after", helpAfter(lang, "tune"))
    .action(async (o: CommonOptions) => {
      const { runTune } = await import("../../commands/tune.js");
      inv.options = o;
      inv.result = await runTune(runContext(io, o), o);
    });
}

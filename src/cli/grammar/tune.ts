import type { Command } from "commander";
import { addDataOptions, addSeedOption, type CommonOptions } from "../options.js";
import { examples, runContext, type GrammarContext } from "./shared.js";

export function defineTune(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program
    .command("tune")
    .description(
      "edit a rubric's weights on a full screen: sliders, the ranking re-ranked at every key, the tipping points; s saves into the file",
    );
  addSeedOption(addDataOptions(cmd, false))
    .addHelpText(
      "after",
      `\nKeys: ↑/↓ choose a criterion; ←/→ change its weight by 1 (Shift+←/→, or < and >, by 5); 0 sets it to 0;\n` +
        `r resets to the file's weights; s saves them into the rubric file (asks first; comments and layout are kept);\nq quits (asks first when there are unsaved changes); Ctrl-C quits at once (exit 130).\n` +
        `The marks | on the chosen slider are the weights where the picked set changes (as \`sensitivity\` computes them).\n` +
        `Needs a terminal; without one, use --weight on the other commands.\n` +
        examples(["sovereign-ai tune -r my-rubric.yaml", "sovereign-ai tune -r service-first -c consortia/"]),
    )
    .action(async (o: CommonOptions) => {
      const { runTune } = await import("../../commands/tune.js");
      inv.options = o;
      inv.result = await runTune(runContext(io, o), o);
    });
}

import type { Command } from "commander";
import { addDataOptions, addSeedOption, addOutputOptions, type CommonOptions } from "../options.js";
import { addWatchOption, type GrammarContext, helpAfter, runContext, runOrWatch, stdinFor } from "./shared.js";

export function defineSensitivity(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("sensitivity")
    .description("how far each weight can move before the picked set changes: exact tipping points, margin, points needed, dominance");
  addWatchOption(addSeedOption(addOutputOptions(addDataOptions(cmd))))
    .option("--criterion <id>", "only this criterion")
    .option(
      "--full",
      "points and scores needed for every team left out (by default points for the best 50, scores for the best 10; each is a search)",
    )
    .addHelpText("after", helpAfter(lang, "sensitivity"))
    .action(async (o: CommonOptions & { criterion?: string; full?: boolean }) => {
      const { runSensitivity } = await import("../../commands/sensitivity.js");
      await stdinFor(io, o);
      await runOrWatch(io, inv, "sensitivity", o, () => runSensitivity(runContext(io, o), o));
    });
}

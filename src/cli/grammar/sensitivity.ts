import type { Command } from "commander";
import { addDataOptions, addSeedOption, addOutputOptions, type CommonOptions } from "../options.js";
import { addWatchOption, examples, runOrWatch, stdinFor, runContext, type GrammarContext } from "./shared.js";

export function defineSensitivity(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program
    .command("sensitivity")
    .description("how far each weight can move before the picked set changes: exact tipping points, margin, points needed, dominance");
  addWatchOption(addSeedOption(addOutputOptions(addDataOptions(cmd))))
    .option("--criterion <id>", "only this criterion")
    .option(
      "--full",
      "points and scores needed for every team left out (by default points for the best 50, scores for the best 10; each is a search)",
    )
    .addHelpText(
      "after",
      `\nEach criterion's weight is moved from 0 to 100 % while the others keep their proportions; the set is\nrecomputed under the full selection rules at every point where two totals (or a total and min_total) cross.\n` +
        examples([
          "sovereign-ai sensitivity",
          "sovereign-ai sensitivity -r industry-forecast --criterion service",
          "sovereign-ai sensitivity -f json | jq .needed",
        ]),
    )
    .action(async (o: CommonOptions & { criterion?: string; full?: boolean }) => {
      const { runSensitivity } = await import("../../commands/sensitivity.js");
      await stdinFor(io, o);
      await runOrWatch(io, inv, "sensitivity", o, () => runSensitivity(runContext(io, o), o));
    });
}

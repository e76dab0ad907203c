import type { Command } from "commander";
import { addDataOptions, addSeedOption, addOutputOptions, positiveInt, type CommonOptions } from "../options.js";
import { addWatchOption, type GrammarContext, helpAfter, runContext, runOrWatch, stdinFor } from "./shared.js";

export function defineScore(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program.command("score").description("rank the consortia by the weighted rubric and mark the teams that would be picked");
  addWatchOption(addSeedOption(addOutputOptions(addDataOptions(cmd))))
    .option("--top <n>", "only the first N rows", positiveInt("--top"))
    .option("--full", "JSON: every team's full dominated_by list (by default the first 10 ids; dominated_by_count is always complete)")
    .addHelpText("after", helpAfter(lang, "score"))
    .action(async (o: CommonOptions & { top?: number; full?: boolean }) => {
      const { runScore } = await import("../../commands/score.js");
      await stdinFor(io, o);
      await runOrWatch(io, inv, "score", o, () => runScore(runContext(io, o), o));
    });
}

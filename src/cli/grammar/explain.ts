import type { Command } from "commander";
import { addDataOptions, addSeedOption, addOutputOptions, type CommonOptions } from "../options.js";
import { addWatchOption, type GrammarContext, helpAfter, runContext, runOrWatch, stdinFor } from "./shared.js";

export function defineExplain(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("explain")
    .description("show one consortium's card: its facts, the points each criterion gives it, its rank, and whether it is picked and why")
    .argument("<id>", "the consortium's id (its file name without .yaml), e.g. skt")
    .option(
      "--vs <id>",
      "head-to-head with another consortium: points per criterion, the gap, what decides it, the weight change that swaps them",
    );
  addWatchOption(addSeedOption(addOutputOptions(addDataOptions(cmd))))
    .addHelpText("after", helpAfter(lang, "explain"))
    .action(async (id: string, o: CommonOptions & { vs?: string }) => {
      const { runExplain } = await import("../../commands/explain.js");
      await stdinFor(io, o);
      await runOrWatch(io, inv, `explain ${id}`, o, () => runExplain(runContext(io, o), id, o));
    });
}

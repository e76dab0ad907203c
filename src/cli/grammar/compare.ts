import type { Command } from "commander";
import { addOutputOptions, addSeedOption, type CommonOptions } from "../options.js";
import { type GrammarContext, helpAfter, runContext, stdinFor } from "./shared.js";

export function defineCompare(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("compare")
    .description(
      "the same consortia under two or more rubrics (or one rubric under several methods) side by side: rank, total, pick; Kendall's τ between rankings",
    )
    .argument("[rubric...]", "rubric files, or names of ones in criteria/ (e.g. default service-first)")
    .option(
      "--methods <list>",
      "one rubric under these aggregation methods, comma-separated (weighted-sum,weighted-product,topsis): does the ranking survive a change of method?",
    )
    .option("-c, --consortia <path...>", "consortium directories or files (default: consortia/); put it after the rubrics")
    .option(
      "--reviews <path>",
      "a review panel's scores: a folder of reviewer files or a .csv sheet (default: reviews/ beside the consortia)",
    );
  addSeedOption(addOutputOptions(cmd))
    .addHelpText("after", helpAfter(lang, "compare"))
    .action(async (rubrics: string[], o: CommonOptions & { methods?: string }) => {
      const { runCompare } = await import("../../commands/compare.js");
      await stdinFor(io, o, rubrics);
      inv.options = o;
      inv.result = runCompare(runContext(io, o), rubrics, o);
    });
}

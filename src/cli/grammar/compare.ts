import type { Command } from "commander";
import { addOutputOptions, addSeedOption, type CommonOptions } from "../options.js";
import { examples, stdinFor, runContext, type GrammarContext } from "./shared.js";

export function defineCompare(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program
    .command("compare")
    .description("the same consortia under two or more rubrics side by side: rank, total, pick; Kendall's τ between rankings")
    .argument("<rubric...>", "rubric files, or names of ones in criteria/ (e.g. default service-first)")
    .option("-c, --consortia <path...>", "consortium directories or files (default: consortia/); put it after the rubrics")
    .option("--reviews <path>", "a review panel's scores: a folder of reviewer files or a .csv sheet (default: reviews/ beside the consortia)");
  addSeedOption(addOutputOptions(cmd))
    .addHelpText(
      "after",
      examples([
        "sovereign-ai compare default open-source-first service-first industry-forecast",
        "sovereign-ai compare default my-rubric.yaml -c consortia/ extra/",
        "sovereign-ai compare default service-first -f json | jq .kendall",
      ]),
    )
    .action(async (rubrics: string[], o: CommonOptions) => {
      const { runCompare } = await import("../../commands/compare.js");
      await stdinFor(io, o, rubrics);
      inv.options = o;
      inv.result = runCompare(runContext(io, o), rubrics, o);
    });
}

import type { Command } from "commander";
import { addOutputOptions, type CommonOptions } from "../options.js";
import { examples, runContext, type GrammarContext } from "./shared.js";

export function defineRubrics(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program
    .command("rubrics")
    .description("list the rubrics that -r NAME can name (criteria/ here, then the bundled ones), with what each one models");
  addOutputOptions(cmd)
    .addHelpText("after", examples(["sovereign-ai rubrics", "sovereign-ai rubrics -f json", "sovereign-ai rubrics -f csv > rubrics.csv"]))
    .action(async (o: CommonOptions) => {
      const { runRubrics } = await import("../../commands/rubrics.js");
      inv.options = o;
      inv.result = runRubrics(runContext(io, o), o);
    });
}

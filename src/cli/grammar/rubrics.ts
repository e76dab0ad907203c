import type { Command } from "commander";
import { addOutputOptions, type CommonOptions } from "../options.js";
import { type GrammarContext, helpAfter, runContext } from "./shared.js";

export function defineRubrics(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("rubrics")
    .description("list the rubrics that -r NAME can name (criteria/ here, then the bundled ones), with what each one models");
  addOutputOptions(cmd)
    .addHelpText("after", helpAfter(lang, "rubrics"))
    .action(async (o: CommonOptions) => {
      const { runRubrics } = await import("../../commands/rubrics.js");
      inv.options = o;
      inv.result = runRubrics(runContext(io, o), o);
    });
}

import type { Command } from "commander";
import { addDataOptions, type CommonOptions } from "../options.js";
import { examples, type GrammarContext } from "./shared.js";

export function defineValidate(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program.command("validate").description("check the rubric and consortium files and print ok or every problem");
  addDataOptions(cmd, false)
    .addHelpText("after", examples(["sovereign-ai validate", "sovereign-ai validate -r criteria/my-rubric.yaml -c consortia/ extra/new-team.yaml"]))
    .action(async (o: CommonOptions) => {
      const { runValidate } = await import("../../commands/validate.js");
      inv.options = o;
      inv.result = runValidate({ io, format: "table", color: 0 }, o);
    });
}

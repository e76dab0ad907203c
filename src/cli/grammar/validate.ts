import { messagesFor } from "../../i18n/index.js";
import type { Command } from "commander";
import { addDataOptions, type CommonOptions } from "../options.js";
import { examples, stdinFor, type GrammarContext, langOf } from "./shared.js";

export function defineValidate(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program.command("validate").description("check the rubric and consortium files and print ok or every problem");
  addDataOptions(cmd, false)
    .option("--strict", "also require source records, a source on every fact, evidence on every score, and no TODO left (for CI)")
    .addHelpText(
      "after",
      examples([
        "sovereign-ai validate",
        "sovereign-ai validate -r service-first -c consortia/",
        "sovereign-ai init consortium my-team && sovereign-ai validate",
        "sovereign-ai validate --strict           # in CI: every fact cited, nothing left to do",
      ]),
    )
    .action(async (o: CommonOptions & { strict?: boolean }) => {
      const { runValidate } = await import("../../commands/validate.js");
      await stdinFor(io, o);
      inv.options = o;
      inv.result = runValidate({ io, format: "table", color: 0, m: messagesFor(langOf(io, o)) }, o);
    });
}

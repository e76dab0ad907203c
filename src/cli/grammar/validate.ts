import { messagesFor } from "../../i18n/index.js";
import { Option, type Command } from "commander";
import { addDataOptions } from "../options.js";
import type { ValidateOptions } from "../../commands/validate.js";
import { type GrammarContext, helpAfter, langOf, stdinFor } from "./shared.js";

export function defineValidate(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program.command("validate").description("check the rubric and consortium files and print ok or every problem");
  addDataOptions(cmd, false)
    .option("--strict", "also require source records, a source on every fact, evidence on every score, and no TODO left (for CI)")
    .addOption(
      new Option(
        "-f, --format <format>",
        "table: ok or the problems (on standard error); json: the outcome and every problem with file, line, column, path and message, on standard output",
      ).choices(["table", "json"]),
    )
    .option("-q, --quiet", "print nothing when everything is valid; only the problems when not")
    .addHelpText("after", helpAfter(lang, "validate"))
    .action(async (o: ValidateOptions) => {
      const { runValidate } = await import("../../commands/validate.js");
      await stdinFor(io, o);
      inv.options = o;
      inv.result = runValidate({ io, format: o.format === "json" ? "json" : "table", color: 0, m: messagesFor(langOf(io, o)) }, o);
    });
}

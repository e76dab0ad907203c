import { messagesFor } from "../../i18n/index.js";
import { Argument, type Command } from "commander";
import type { InitKind, InitOptions } from "../../commands/init.js";
import { type GrammarContext, helpAfter, langOf } from "./shared.js";

export function defineInit(program: Command, { io, inv, lang }: GrammarContext): void {
  program
    .command("init")
    .description(
      "write a new, commented consortium or rubric file that validates as it is, or copy the bundled data into a folder (never overwrites)",
    )
    .addArgument(new Argument("<kind>", "what to create").choices(["consortium", "rubric", "contest"]))
    .argument(
      "<name>",
      "the consortium's id or the rubric's name (a lowercase slug; the file is NAME.yaml), or for contest the folder to copy the bundled data into",
    )
    .option("-r, --rubric <file>", "the rubric to score against (consortium) or to start from (rubric); default: criteria/default.yaml")
    .option("--dir <dir>", "the folder to write in (default: consortia/ or criteria/ in the working directory)")
    .addHelpText("after", helpAfter(lang, "init"))
    .action(async (kind: InitKind, name: string, o: InitOptions) => {
      const { runInit } = await import("../../commands/init.js");
      inv.options = {};
      inv.result = await runInit({ io, format: "table", color: 0, m: messagesFor(langOf(io, o)) }, kind, name, o);
    });
}

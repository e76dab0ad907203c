import { Argument, Option, type Command } from "commander";
import { messagesFor } from "../../i18n/index.js";
import { type GrammarContext, helpAfter, langOf } from "./shared.js";

export function defineCompletion(program: Command, { io, inv, lang }: GrammarContext): void {
  program
    .command("completion")
    .description(
      "print a completion script for bash, zsh or fish: commands, options, formats, rubric names and consortium ids complete on Tab",
    )
    .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"]))
    .addOption(
      new Option("--names <kind>", "rubric names or consortium ids, one a line (what the scripts ask for)")
        .choices(["rubrics", "consortia"])
        .hideHelp(),
    )
    .addHelpText("after", helpAfter(lang, "completion"))
    .action(async (shell: "bash" | "zsh" | "fish", o: { names?: string }) => {
      const { runCompletion } = await import("../../commands/completion.js");
      inv.options = {};
      inv.result = runCompletion({ io, format: "table", color: 0, m: messagesFor(langOf(io, o)) }, program, shell, o);
    });
}

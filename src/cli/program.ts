/**
 * The command-line grammar (commander): commands, options, help with examples. Each action loads
 * its command module on demand and hands back a CommandResult; nothing here writes or exits.
 */
import { Command, CommanderError } from "commander";
import type { CommandResult, RunContext } from "../commands/context.js";
import type { IO } from "./io.js";
import { addDataOptions, addOutputOptions, positiveInt, resolveFormat, type CommonOptions } from "./options.js";
import { colorLevel } from "../render/style.js";

export interface Invocation {
  /** Set by the action that ran. */
  result?: CommandResult;
  options?: CommonOptions;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
}

export function buildProgram(io: IO, inv: Invocation): Command {
  const program = new Command("sovereign-ai");
  program
    .description("Model a selection contest — by default Korea's 2025 sovereign-AI elite teams — from YAML: score, select, simulate, explain.")
    .version(io.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(s) })
    .addHelpText(
      "after",
      examples([
        "sovereign-ai score                          # rank the bundled consortia",
        "sovereign-ai score -w openness=50 -f csv    # another weight, as CSV",
        "sovereign-ai validate -c my-consortia/      # check your own files",
      ]),
    );

  const context = (o: CommonOptions): RunContext => ({
    io,
    format: resolveFormat(o),
    color: o.output ? 0 : colorLevel({ flag: o.color, env: io.env, detected: io.detectedColor }),
  });

  const score = program.command("score").description("rank the consortia by the weighted rubric and mark the teams that would be picked");
  addOutputOptions(addDataOptions(score))
    .option("--top <n>", "only the first N rows", positiveInt("--top"))
    .addHelpText(
      "after",
      examples([
        "sovereign-ai score",
        "sovereign-ai score -r service-first --top 5",
        "sovereign-ai score -w from_scratch=50 -w openness=10 --format csv > ranking.csv",
      ]),
    )
    .action(async (o: CommonOptions & { top?: number }) => {
      const { runScore } = await import("../commands/score.js");
      inv.options = o;
      inv.result = runScore(context(o), o);
    });

  const validate = program.command("validate").description("check the rubric and consortium files and print ok or every problem");
  addDataOptions(validate, false)
    .addHelpText("after", examples(["sovereign-ai validate", "sovereign-ai validate -r criteria/my-rubric.yaml -c consortia/ extra/new-team.yaml"]))
    .action(async (o: CommonOptions) => {
      const { runValidate } = await import("../commands/validate.js");
      inv.options = o;
      inv.result = runValidate({ io, format: "table", color: 0 }, o);
    });

  return program;
}

export { CommanderError };

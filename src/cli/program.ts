/**
 * The command-line grammar (commander). Each command's options, help and examples live in
 * `grammar/<command>.ts`; its action loads the command module on demand and hands back a
 * CommandResult. Nothing here writes or exits.
 */
import { Command } from "commander";
import type { IO } from "./io.js";
import { examples, type Invocation } from "./grammar/shared.js";
import { defineScore } from "./grammar/score.js";
import { defineSelect } from "./grammar/select.js";
import { defineValidate } from "./grammar/validate.js";

export type { Invocation };

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
  const g = { io, inv };
  // One line per command, in the order `--help` lists them.
  defineScore(program, g);
  defineSelect(program, g);
  defineValidate(program, g);
  return program;
}

/**
 * The command-line grammar (commander). Each command's options, help and examples live in
 * `grammar/<command>.ts`; its action loads the command module on demand and hands back a
 * CommandResult. Nothing here writes or exits.
 */
import { Command } from "commander";
import { escapeControls } from "../errors.js";
import type { IO } from "./io.js";
import { examples, type Invocation } from "./grammar/shared.js";
import { defineScore } from "./grammar/score.js";
import { defineSelect } from "./grammar/select.js";
import { defineSimulate } from "./grammar/simulate.js";
import { defineValidate } from "./grammar/validate.js";
import { defineSensitivity } from "./grammar/sensitivity.js";
import { defineCompare } from "./grammar/compare.js";
import { defineSchema } from "./grammar/schema.js";
import { defineExplain } from "./grammar/explain.js";
import { defineInit } from "./grammar/init.js";
import { defineTimeline } from "./grammar/timeline.js";
import { defineSources } from "./grammar/sources.js";
import { defineBacktest } from "./grammar/backtest.js";
import { defineForecast } from "./grammar/forecast.js";
import { defineReport } from "./grammar/report.js";
import { definePanel } from "./grammar/panel.js";
import { defineRubrics } from "./grammar/rubrics.js";
import { defineTune } from "./grammar/tune.js";
import { defineCompletion } from "./grammar/completion.js";

export type { Invocation };

export function buildProgram(io: IO, inv: Invocation): Command {
  const program = new Command("sovereign-ai");
  program
    .description("Model a selection contest — by default Korea's 2025 sovereign-AI elite teams — from YAML: score, select, simulate, explain.")
    .version(io.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(escapeControls(s.replace(/\n$/, "")) + "\n") })
    .addHelpText(
      "after",
      examples([
        "sovereign-ai score                          # rank the bundled consortia",
        "sovereign-ai explain skt                    # one consortium's card: points, rank, why",
        "sovereign-ai score -w openness=50 -f csv    # another weight, as CSV",
        "sovereign-ai init consortium my-team        # a new consortium file to fill in",
      ]) +
        "\nRun `sovereign-ai COMMAND --help` for a command's options and examples.\n" +
        "Colour: on for a terminal, off when piped; NO_COLOR=1 or --no-color turn it off, FORCE_COLOR=1 on.\n" +
        "Exit codes: 0 ok, 1 invalid input data, 2 bad usage, 70 internal error (a bug).\n",
    );
  const g = { io, inv };
  // One line per command, in the order `--help` lists them.
  defineScore(program, g);
  defineSelect(program, g);
  defineSimulate(program, g);
  defineValidate(program, g);
  defineSensitivity(program, g);
  defineTune(program, g);
  defineCompare(program, g);
  defineExplain(program, g);
  definePanel(program, g);
  defineSources(program, g);
  defineReport(program, g);
  defineRubrics(program, g);
  defineSchema(program, g);
  defineInit(program, g);
  defineTimeline(program, g);
  defineBacktest(program, g);
  defineForecast(program, g);
  defineCompletion(program, g);
  return program;
}

import type { Command } from "commander";
import { addOutputOptions, methodOption, positiveInt } from "../options.js";
import { examples, runContext, type GrammarContext } from "./shared.js";
import type { ForecastCliOptions } from "../../commands/forecast.js";
import { UsageError } from "../../errors.js";

function seedArg(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError({ code: "seed", value, max: Number.MAX_SAFE_INTEGER });
  return n;
}

export function defineForecast(program: Command, { io, inv }: GrammarContext): void {
  const cmd = program
    .command("forecast")
    .description(
      "from the latest stage: each remaining team's probability of advancing at the next cut and of reaching the final, with every assumption",
    )
    .option("--programme <dir>", "the folder of stage files (default: programme/)")
    .option("--sources <dir>", "source records the stages cite (default: sources/ beside the programme folder)")
    .option("--no-cache", "read every file the full way, without the cache of validated files (also SOVEREIGN_AI_NO_CACHE=1)")
    .option("-n, --runs <n>", "simulated stages (default: 10000)", positiveInt("--runs"))
    .option("-s, --seed <s>", "random seed (default: 2025)", seedArg)
    .addOption(methodOption());
  addOutputOptions(cmd)
    .addHelpText(
      "after",
      `\nThe next planned stage's rubric where it was published, else the latest published one (said so in the\noutput); the consortium files' scores and ranges; gates are not modelled. Every assumption is listed.\n` +
        examples(["sovereign-ai forecast", "sovereign-ai forecast -f json | jq '.teams'"]),
    )
    .action(async (o: ForecastCliOptions) => {
      const { runForecast } = await import("../../commands/forecast.js");
      inv.options = o;
      inv.result = await runForecast(runContext(io, o), o);
    });
}

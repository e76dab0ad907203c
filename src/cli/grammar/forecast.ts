import type { Command } from "commander";
import { addOutputOptions, methodOption, positiveInt } from "../options.js";
import { type GrammarContext, helpAfter, runContext } from "./shared.js";
import type { ForecastCliOptions } from "../../commands/forecast.js";
import { UsageError } from "../../errors.js";

function seedArg(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError({ code: "seed", value, max: Number.MAX_SAFE_INTEGER });
  return n;
}

export function defineForecast(program: Command, { io, inv, lang }: GrammarContext): void {
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
    .addHelpText("after", helpAfter(lang, "forecast"))
    .action(async (o: ForecastCliOptions) => {
      const { runForecast } = await import("../../commands/forecast.js");
      inv.options = o;
      inv.result = await runForecast(runContext(io, o), o);
    });
}

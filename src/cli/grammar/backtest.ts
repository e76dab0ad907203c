import type { Command } from "commander";
import { addOutputOptions, methodOption, positiveInt } from "../options.js";
import { type GrammarContext, helpAfter, runContext } from "./shared.js";
import type { BacktestCliOptions } from "../../commands/backtest.js";
import { UsageError } from "../../errors.js";

function seedArg(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError({ code: "seed", value, max: Number.MAX_SAFE_INTEGER });
  return n;
}

export function defineBacktest(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("backtest")
    .description(
      "replay a stage with only the data dated before it: hits, Brier score, log loss against a baseline, rank correlation, the weights that would have reproduced it",
    )
    .requiredOption("--stage <id>", "the stage to replay (see `sovereign-ai timeline`)")
    .option("--programme <dir>", "the folder of stage files (default: programme/)")
    .option("--sources <dir>", "source records the stages cite (default: sources/ beside the programme folder)")
    .option("--no-cache", "read every file the full way, without the cache of validated files (also SOVEREIGN_AI_NO_CACHE=1)")
    .option("-n, --runs <n>", "simulated selections for P(advance) (default: 10000)", positiveInt("--runs"))
    .option("-s, --seed <s>", "random seed for the simulation and the weight samples (default: 2025)", seedArg)
    .option("--samples <n>", "weight vectors sampled for the inverse question (default: 20000)", positiveInt("--samples"))
    .addOption(methodOption());
  addOutputOptions(cmd)
    .addHelpText("after", helpAfter(lang, "backtest"))
    .action(async (o: BacktestCliOptions) => {
      const { runBacktest } = await import("../../commands/backtest.js");
      inv.options = o;
      inv.result = await runBacktest(runContext(io, o), o);
    });
}

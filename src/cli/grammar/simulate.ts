import { Option, type Command } from "commander";
import { UsageError } from "../../errors.js";
import { addDataOptions, addOutputOptions, positiveInt } from "../options.js";
import { addWatchOption, type GrammarContext, helpAfter, runContext, runOrWatch, stdinFor } from "./shared.js";
import type { SimulateCliOptions } from "../../commands/simulate.js";

const MAX_RUNS = 100_000_000;

function runsArg(value: string): number {
  const n = positiveInt("--runs")(value);
  if (n > MAX_RUNS) throw new UsageError({ code: "runs-max", value, max: MAX_RUNS });
  return n;
}

function seedArg(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError({ code: "seed", value, max: Number.MAX_SAFE_INTEGER });
  return n;
}

function concentrationArg(value: string): number {
  const n = value.trim() === "" ? NaN : Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError({ code: "concentration", value });
  return n;
}

export function defineSimulate(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("simulate")
    .description("simulate the selection under uncertain scores and weights: how likely each consortium is to be picked");
  addWatchOption(addOutputOptions(addDataOptions(cmd)))
    .option("-n, --runs <n>", "number of simulated selections (default: 10000)", runsArg)
    .option(
      "-s, --seed <s>",
      "random seed of the runs, and of the lottery when the rubric's tie_break ends with lottery; the same inputs and seed give the same output (default: 2025)",
      seedArg,
    )
    .addOption(
      new Option(
        "--distribution <d>",
        "how a score is drawn from its range: triangular with the value as mode, or uniform (default: triangular)",
      ).choices(["triangular", "uniform"]),
    )
    .addOption(
      new Option(
        "-k, --weight-concentration <k>",
        "Dirichlet concentration K of the weights, α = K × weight (default: the rubric's simulation.weight_concentration, else 30); higher K = weights closer to the rubric's",
      ).argParser(concentrationArg),
    )
    .addOption(
      new Option("--uniform-weights", "draw the weights uniformly from all weight vectors (no preference information)").conflicts([
        "weightConcentration",
        "fixedWeights",
      ]),
    )
    .addOption(
      new Option("--fixed-weights", "keep the rubric's weights (only the scores are uncertain)").conflicts(["weightConcentration"]),
    )
    .addOption(
      new Option(
        "--scores <how>",
        "ranges: draw each score from its range; bootstrap: resample the review panel's reviewers in each run (needs reviews) (default: ranges)",
      ).choices(["ranges", "bootstrap"]),
    )
    .option(
      "--full",
      "the probability of every rank for every team in JSON and CSV (by default of ranks 1 to 50: a field of 10,000 would print 100 million numbers)",
    )
    .option(
      "--threads <n>",
      "threads to use, at most the available cores (default: all of them); the output does not depend on it",
      positiveInt("--threads"),
    )
    .addHelpText("after", helpAfter(lang, "simulate"))
    .action(async (o: SimulateCliOptions) => {
      const { runSimulate } = await import("../../commands/simulate.js");
      await stdinFor(io, o);
      await runOrWatch(io, inv, "simulate", o, () => runSimulate(runContext(io, o), o));
    });
}

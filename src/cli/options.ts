/**
 * The commander side of the options shared by every command that reads the data, and the output
 * format: flags, their parsers and the format's resolution. Their shape (`CommonOptions`) and the
 * data options a command passes to the loader live in `src/commands/options.ts`.
 */
import { Option, type Command } from "commander";
import { UsageError } from "../errors.js";
import { DEFAULT_SEED } from "../model/lottery.js";
import { parseWeightOverride, type WeightOverride } from "../score/weights.js";
import { METHOD_NAMES } from "../methods/names.js";
import { FORMATS, type CommonOptions, type Format } from "../commands/options.js";

// The grammar's files take the options' shape from here too (the shell reads what commands define).
export { FORMATS, type CommonOptions, type Format } from "../commands/options.js";

const collectWeight = (value: string, prev: WeightOverride[] = []) => [...prev, parseWeightOverride(value)];

/** --method: the aggregation method instead of the rubric's (every command that scores). */
export function methodOption(): Option {
  return new Option("--method <name>", "how the criteria become a total, instead of the rubric's method (default: weighted-sum)").choices(
    METHOD_NAMES,
  );
}

export function addDataOptions(cmd: Command, withWeights = true): Command {
  cmd.option("-r, --rubric <file>", "rubric file, or the name of one in criteria/ (default: criteria/default.yaml)");
  cmd.option("-c, --consortia <path...>", "consortium directories or files (default: consortia/)");
  if (withWeights) {
    cmd.option("-w, --weight <id=value>", "replace a criterion's relative weight (repeatable)", collectWeight);
    cmd.addOption(methodOption());
  }
  cmd.option("--sources <dir>", "source records that citations resolve against (default: sources/ beside the consortia)");
  cmd.option(
    "--reviews <path>",
    "a review panel's scores: a folder of reviewer files or a .csv sheet (default: reviews/ beside the consortia)",
  );
  cmd.option("--no-cache", "read every file the full way, without the cache of validated files (also SOVEREIGN_AI_NO_CACHE=1)");
  return cmd;
}

/** A seed as typed: a whole number from 0 to 2⁵³ − 1 (groups and 1e5 notation as for counts). */
export function seedArg(value: string): number {
  const n = wholeNumber(value);
  if (n === undefined) throw new UsageError({ code: "seed", value, max: Number.MAX_SAFE_INTEGER });
  return n;
}

/** --seed on the commands that rank without simulating: it draws the lottery, when the rubric has one. */
export function addSeedOption(cmd: Command): Command {
  return cmd.option(
    "-s, --seed <s>",
    `seed of the lottery that orders teams still tied when the rubric's tie_break ends with lottery (default: ${DEFAULT_SEED})`,
    seedArg,
  );
}

export function addOutputOptions(cmd: Command): Command {
  cmd.addOption(new Option("-f, --format <format>", "output format (default: table, or from --output's extension)").choices(FORMATS));
  cmd.option("-o, --output <file>", "write to FILE atomically instead of standard output");
  cmd.option("--excel", "CSV for spreadsheet programs: a UTF-8 byte-order mark and CRLF line ends (implies --format csv)");
  cmd.option("--wide", "show every column in tables, however wide");
  cmd.option("--no-color", "no colour, even on a terminal");
  return cmd;
}

const EXTENSIONS: Record<string, Format> = { ".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown", ".txt": "table" };

/** The format: --format, else from --output's extension, else table (`--excel`: CSV). */
export function resolveFormat(o: CommonOptions): Format {
  const { format, from } = formatFromOptions(o);
  if (o.excel && format !== "csv") {
    if (from === "flag") throw new UsageError({ code: "excel-format", format, output: null });
    if (from === "extension") throw new UsageError({ code: "excel-format", format, output: o.output ?? "" });
    return "csv";
  }
  return format;
}

function formatFromOptions(o: CommonOptions): { format: Format; from: "flag" | "extension" | "default" } {
  if (o.format) return { format: o.format, from: "flag" };
  if (o.output) {
    const ext = /\.[^./\\]+$/.exec(o.output)?.[0]?.toLowerCase();
    if (ext && EXTENSIONS[ext]) return { format: EXTENSIONS[ext], from: "extension" };
    // An extension that names a format we do not write (.xlsx, .tsv, .html, …) would get a box-drawing
    // table under a misleading name: refused unless --format (or --excel) says what to write.
    if (ext && !o.excel) {
      throw new UsageError({ code: "output-extension", output: o.output, ext, known: Object.keys(EXTENSIONS) });
    }
  }
  return { format: "table", from: "default" };
}

/**
 * A whole number as people type it: `100000`, `100_000`, `100,000` (groups of three) or `1e5`
 * (scientific notation that comes out whole); undefined for anything else.
 */
export function wholeNumber(value: string): number | undefined {
  const v = value.trim();
  let n: number;
  if (/^\d+$/.test(v) || /^\d+(_\d+)+$/.test(v) || /^\d{1,3}(,\d{3})+$/.test(v)) n = Number(v.replace(/[_,]/g, ""));
  else if (/^\d+(\.\d+)?e\+?\d+$/i.test(v)) n = Number(v);
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = wholeNumber(value);
    if (n === undefined || n < 1) throw new UsageError({ code: "whole-number", option: name, value });
    return n;
  };
}

/**
 * Every command the CLI has, found in the grammar itself (so commands added later are covered),
 * with every format it offers and the arguments it needs to run.
 */
import type { Command, Option } from "commander";
import { buildProgram } from "../../src/cli/program.js";
import { join } from "node:path";
import { cli, ROOT, testIO } from "../helpers/run.js";

/**
 * Positional arguments (or required options) for commands that require them. A required argument with a fixed
 * list of choices needs no entry: every choice is run.
 */
export const POSITIONAL: Record<string, string[]> = {
  explain: ["skt"],
  compare: ["default", "service-first"],
  backtest: ["--stage", "evaluation-2026-01-15"],
  // The invented example panel, by absolute path: some suites run in a copy of the data elsewhere.
  panel: ["-r", join(ROOT, "examples/panel/rubric.yaml"), "--reviews", join(ROOT, "examples/panel/reviews")],
};

/** Commands that write files instead of (or as well as) printing: not run here, with the reason. */
export const WRITES_FILES: Record<string, string> = {
  init: "writes a starter criteria/ and consortia/ into the working directory",
};

/** Commands that need a terminal (full-screen): not run here, with the reason. */
export const INTERACTIVE: Record<string, string> = {
  tune: "a full-screen editor: without a terminal it is a usage error; tests/cli/tune.test.ts drives it in tmux",
};

/** Options that keep a run quick without changing what is tested (the shape and order of the output). */
export const QUICK: Record<string, string> = {
  "--runs": "200",
  "--samples": "2000",
};

export interface Invocation {
  command: string;
  format?: string;
  args: string[];
  /** Set when the command cannot be run from this table: the test fails with this message. */
  missing?: string;
}

/** The positional argument lists to run a command with. */
function positionals(cmd: Command): { lists: string[][]; missing?: string } {
  const given = POSITIONAL[cmd.name()];
  if (given) return { lists: [given] };
  const needed = cmd.registeredArguments.filter((a) => a.required);
  if (needed.length === 0) return { lists: [[]] };
  const choices = needed[0]!.argChoices;
  if (needed.length === 1 && choices && choices.length > 0) return { lists: choices.map((c) => [c]) };
  return {
    lists: [[]],
    missing: `command "${cmd.name()}" needs arguments (${needed.map((a) => a.name()).join(", ")}): add them to POSITIONAL in tests/reliability/commands.ts`,
  };
}

/** Every runnable command × format, in the order the grammar lists them. */
export function invocations(): Invocation[] {
  const program = buildProgram(testIO().io, {});
  const out: Invocation[] = [];
  for (const cmd of program.commands) {
    const name = cmd.name();
    if (name === "help" || WRITES_FILES[name] !== undefined || INTERACTIVE[name] !== undefined) continue;
    const options = cmd.options as readonly Option[];
    const quick = options.flatMap((o) => (o.long && QUICK[o.long] !== undefined ? [o.long, QUICK[o.long]!] : []));
    const { lists, missing } = positionals(cmd);
    const format = options.find((o) => o.long === "--format");
    for (const positional of lists) {
      const base = [name, ...positional, ...quick];
      const extra = missing ? { missing } : {};
      if (format) {
        for (const f of format.argChoices ?? []) out.push({ command: name, format: f, args: [...base, "--format", f], ...extra });
      } else out.push({ command: name, args: base, ...extra });
    }
  }
  return out;
}

export const label = (i: Invocation) => i.args.join(" ");

export { cli };

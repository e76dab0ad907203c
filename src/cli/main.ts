/**
 * `run(argv, io)`: parse, dispatch, render, write; returns the exit code. The only code that
 * decides exit codes. The bin script wraps it with the real process.
 */
import { CommanderError } from "commander";
import { DataError, escapeDataText, EXIT, formatProblems, UsageError } from "../errors.js";
import type { IO } from "./io.js";
import { buildProgram, commandsNeeded, langArgument, localHelp, type Invocation } from "./program.js";
import { langFromEnv, loadMessages, messagesFor, type Messages } from "../i18n/index.js";
import { resolve } from "node:path";

export async function run(argv: readonly string[], io: IO): Promise<number> {
  const inv: Invocation = {};
  const lang = langArgument(argv) ?? langFromEnv(io.env);
  const m = await loadMessages(lang);
  const program = buildProgram(io, inv, lang, true, commandsNeeded(argv));
  try {
    await program.parseAsync([...argv], { from: "user" });
    if (inv.watch) {
      if (inv.options?.output === "") throw new UsageError({ code: "output-empty" });
      const { watchLoop } = await import("../watch/loop.js");
      return await watchLoop(io, inv.options ?? {}, inv.watch, m);
    }
    if (!inv.result) {
      if (argv.length === 0) {
        io.stderr.write(localHelp(program.helpInformation(), m));
        return EXIT.usage;
      }
      return EXIT.ok;
    }
    const { text, inputs, exitCode } = inv.result;
    if (inv.options?.output === "") throw new UsageError({ code: "output-empty" });
    // `-o -` is standard output, as in most Unix tools.
    if (inv.options?.output && inv.options.output !== "-") {
      // Loaded only when needed: the writer (and node:crypto) cost start-up time on every run.
      const { writeAtomic } = await import("../output/write.js");
      writeAtomic(resolve(io.cwd, inv.options.output), text, inputs, inv.options.output, io.guardTemp);
    } else {
      io.stdout.write(text);
    }
    return exitCode ?? EXIT.ok;
  } catch (err) {
    return report(err, io, m);
  }
}

/** Turn an error into a message on stderr and an exit code. Bugs get exit 70. */
export function report(err: unknown, io: IO, m: Messages = messagesFor("en")): number {
  if (err instanceof DataError) {
    io.stderr.write(`${formatProblems(err.problems, m.problems)}\n`);
    return EXIT.data;
  }
  if (err instanceof UsageError) {
    io.stderr.write(`${m.problems.error}: ${escapeDataText(err.said ? m.usage.say(err.said) : err.message)}\n${m.problems.runHelp}\n`);
    return EXIT.usage;
  }
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT.ok;
    // Help shown because no command was given is a usage error (exit 2); `help` asked for is not.
    if (err.code === "commander.help") return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    // commander has already printed its message.
    return EXIT.usage;
  }
  const debug = io.env.SOVEREIGN_AI_DEBUG === "1";
  const detail = err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err);
  io.stderr.write(`${m.problems.internal({ detail })}\n${debug ? "" : `${m.problems.bug}\n`}`);
  return EXIT.internal;
}

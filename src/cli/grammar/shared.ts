/**
 * What every command's grammar file gets: the IO, a place to put the result, and helpers to build
 * the RunContext and the help examples.
 */
import type { CommandResult, RunContext } from "../../commands/context.js";
import { UsageError } from "../../errors.js";
import { colorLevel } from "../../render/style.js";
import type { IO } from "../io.js";
import type { Command } from "commander";
import type { WatchJob } from "../../watch/loop.js";
import { resolveFormat, type CommonOptions } from "../options.js";
import { langFromEnv, messagesFor, type Lang, type Messages } from "../../i18n/index.js";

export interface Invocation {
  /** Set by the action that ran. */
  result?: CommandResult;
  /** Set instead of `result` under --watch: what to run again at every change. */
  watch?: WatchJob;
  options?: CommonOptions;
}

export interface GrammarContext {
  io: IO;
  inv: Invocation;
  /** The language help is written in: --lang as found before parsing, else the environment's. */
  lang: Lang;
}

/** The language for a run: --lang, else the environment's (SOVEREIGN_AI_LANG, LC_ALL, LC_MESSAGES, LANG). */
export const langOf = (io: IO, o: object): Lang => (o as { lang?: Lang }).lang ?? langFromEnv(io.env);

export function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
}

/** What a command's --help shows after its options, in the language asked for: its notes, then its examples. */
export function helpAfter(lang: Lang, command: keyof Messages["help"]["after"]): string {
  const a = messagesFor(lang).help.after[command];
  return (a.notes.length ? `\n${a.notes.join("\n")}\n` : "") + examples(a.examples);
}

/**
 * Read standard input once, when an input is named `-` (`-r -`, `-c -`, or one of `rubrics`, for
 * compare). Standard input can feed one input only: two `-` is a usage error.
 */
export async function stdinFor(io: IO, o: CommonOptions, rubrics: readonly string[] = []): Promise<void> {
  const asking = [
    ...(o.rubric === "-" ? ["rubric-option" as const] : []),
    ...(o.consortia ?? []).filter((p) => p === "-").map(() => "consortia-option" as const),
    ...rubrics.filter((r) => r === "-").map(() => "rubric-argument" as const),
  ];
  if (asking.length === 0) return;
  if (asking.length > 1) {
    throw new UsageError({ code: "stdin-twice", asking });
  }
  if (!io.readStdin) throw new UsageError({ code: "stdin-none", asking: asking[0]! });
  const { MAX_FILE_BYTES } = await import("../../load/read.js");
  o.stdin = await io.readStdin(MAX_FILE_BYTES + 1);
}

/** --watch, on the commands that rerun when their inputs change. */
export function addWatchOption(cmd: Command): Command {
  return cmd.option(
    "--watch",
    "rerun whenever an input file changes (rubric, consortia, sources, reviews) and show what moved; needs a terminal, or -o FILE; Ctrl-C stops",
  );
}

/** Run the command now, or, under --watch, hand the run to the watch loop (src/watch/). */
export async function runOrWatch(
  io: IO,
  inv: Invocation,
  label: string,
  o: CommonOptions,
  run: () => Promise<CommandResult> | CommandResult,
): Promise<void> {
  inv.options = o;
  if (!o.watch) {
    inv.result = await run();
    return;
  }
  const { watchJob } = await import("../../watch/job.js");
  inv.watch = watchJob(label, o, { cwd: io.cwd, packageRoot: io.packageRoot }, run);
}

/** The run context for a command's options: format from --format or --output, colour level. */
export function runContext(io: IO, o: CommonOptions): RunContext {
  return {
    io,
    format: resolveFormat(o),
    m: messagesFor(langOf(io, o)),
    ...(o.excel ? { excel: true } : {}),
    color: o.output && o.output !== "-" ? 0 : colorLevel({ flag: o.color, env: io.env, detected: io.detectedColor }),
  };
}

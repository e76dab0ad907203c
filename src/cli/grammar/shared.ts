/**
 * What every command's grammar file gets: the IO, a place to put the result, and helpers to build
 * the RunContext and the help examples.
 */
import type { CommandResult, RunContext } from "../../commands/context.js";
import { colorLevel } from "../../render/style.js";
import type { IO } from "../io.js";
import { resolveFormat, type CommonOptions } from "../options.js";

export interface Invocation {
  /** Set by the action that ran. */
  result?: CommandResult;
  options?: CommonOptions;
}

export interface GrammarContext {
  io: IO;
  inv: Invocation;
}

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
}

/** The run context for a command's options: format from --format or --output, colour level. */
export function runContext(io: IO, o: CommonOptions): RunContext {
  return {
    io,
    format: resolveFormat(o),
    ...(o.excel ? { excel: true } : {}),
    color: o.output ? 0 : colorLevel({ flag: o.color, env: io.env, detected: io.detectedColor }),
  };
}

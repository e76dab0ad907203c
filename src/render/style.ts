/**
 * Colour for terminal output. The level is decided once in the shell (chalk's own detection, plus
 * NO_COLOR, FORCE_COLOR and --no-color) and passed in; renderers never look at the process.
 */
import { Chalk, type ChalkInstance } from "chalk";

export type ColorLevel = 0 | 1 | 2 | 3;

export function makeStyle(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

/**
 * The colour level for a stream: off with --no-color; off when NO_COLOR is set (no-color.org)
 * unless FORCE_COLOR is; otherwise what chalk detected for that stream.
 */
export function colorLevel(opts: {
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  detected: number;
}): ColorLevel {
  if (opts.flag === false) return 0;
  const force = opts.env.FORCE_COLOR;
  if (opts.env.NO_COLOR && (force === undefined || force === "")) return 0;
  return Math.max(0, Math.min(3, opts.detected)) as ColorLevel;
}

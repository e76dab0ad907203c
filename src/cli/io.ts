/**
 * What a command may see of the world. The entry point (bin/) fills it from the process; tests
 * fill it by hand. Nothing below the entry point touches `process`.
 */
import type { TempGuard } from "../output/write.js";
import type { ColorLevel } from "../render/style.js";

export interface Writable {
  write(chunk: string): unknown;
}

export interface IO {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Package root: where the bundled criteria/ and consortia/ live. */
  readonly packageRoot: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  readonly columns?: number;
  /** Colour level chalk detected for stdout (before NO_COLOR and --no-color). */
  readonly detectedColor: ColorLevel;
  readonly version: string;
  /** Holds interrupts while `--output` has a temporary file (see output/signals.ts); tests omit it. */
  readonly guardTemp?: TempGuard;
  /**
   * Standard input, read to its end or to `max` bytes, whichever comes first (`-r -`, `-c -`).
   * Absent where there is none to read.
   */
  readonly readStdin?: (max: number) => Promise<Uint8Array>;
}

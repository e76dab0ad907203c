/**
 * What a command may see of the world. The entry point (bin/) fills it from the process; tests
 * fill it by hand. Nothing below the entry point touches `process`.
 */
import type { TempGuard } from "../output/write.js";
import type { ColorLevel } from "../render/style.js";

export interface Writable {
  write(chunk: string): unknown;
}

/** A key press, as readline's keypress events report it. */
export interface Key {
  readonly name?: string;
  readonly sequence?: string;
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  readonly meta?: boolean;
}

/** The terminal, for full-screen commands (`tune`): present only when standard input and output both are one. */
export interface Terminal {
  /** Raw mode on, and every key press to `onKey` until the returned function is called (raw mode off again). */
  keys(onKey: (key: Key) => void): () => void;
  /** The size now (it changes when the window is resized). */
  size(): { columns: number; rows: number };
  /** Call `onResize` after every resize until the returned function is called. */
  onResize(onResize: () => void): () => void;
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
  /** The width to fit: the terminal's, or COLUMNS when piped (render/columns.ts); 80 when absent. */
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
  /** Call `onInterrupt` at Ctrl-C (SIGINT) instead of dying, until the returned function is called (`--watch`). */
  readonly onInterrupt?: (onInterrupt: () => void) => () => void;
  /** The terminal, when standard input and output are both one (`tune` needs it). */
  readonly terminal?: Terminal;
}

/**
 * Interrupts during `--output`: while a temporary file exists, SIGINT, SIGTERM and SIGHUP are held
 * (the write is synchronous, so it finishes or fails and cleans up first); then the temporary file,
 * if still there, is removed and the process ends with 128 + the signal's number, as if killed.
 * Takes the process as a parameter: only the entry point passes the real one.
 */
import { unlinkSync } from "node:fs";
import type { TempGuard } from "./write.js";

export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code: number): void;
}

const NUMBER: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * A guard for writeAtomic. `later` runs the removal of the handlers after any signal that arrived
 * during the write has been delivered (the entry point passes setImmediate).
 */
export function signalGuard(proc: SignalTarget, later: (fn: () => void) => void): TempGuard {
  return (tmp) => {
    const onSignal = (signal: NodeJS.Signals) => {
      try {
        unlinkSync(tmp);
      } catch {
        /* already renamed into place or removed */
      }
      proc.exit(128 + (NUMBER[signal] ?? 0));
    };
    for (const s of Object.keys(NUMBER) as NodeJS.Signals[]) proc.on(s, onSignal);
    return () =>
      later(() => {
        for (const s of Object.keys(NUMBER) as NodeJS.Signals[]) proc.off(s, onSignal);
      });
  };
}

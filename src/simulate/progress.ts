/**
 * A progress line for long simulations: written to a terminal's stderr only, only once the run has
 * lasted `delayMs`, redrawn at most every `everyMs`, and erased at the end. The clock is passed in.
 */
import type { Writable } from "../cli/io.js";
import { thousands } from "./format.js";

export interface Progress {
  update(done: number): void;
  finish(): void;
}

export function progress(o: {
  stream: Writable;
  isTTY: boolean;
  total: number;
  now: () => number;
  delayMs?: number;
  everyMs?: number;
}): Progress {
  if (!o.isTTY) return { update: () => {}, finish: () => {} };
  const start = o.now();
  const delay = o.delayMs ?? 1000;
  const every = o.everyMs ?? 100;
  let last = -Infinity;
  let shown = false;
  return {
    update(done: number) {
      const t = o.now();
      if (t - start < delay || t - last < every) return;
      last = t;
      shown = true;
      const pct = Math.floor((done / o.total) * 100);
      o.stream.write(`\rsimulating: ${pct} % (${thousands(done)} of ${thousands(o.total)} runs)`);
    },
    finish() {
      if (shown) o.stream.write("\r\x1b[K");
    },
  };
}

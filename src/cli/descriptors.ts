/**
 * What a file descriptor is — a terminal, a plain file, or something else (a pipe, a socket) — found
 * with one fstat where that is enough. Node's tty module loads net and the stream machinery when it
 * is required (about as much CPU time as the rest of a `score` run's output), which a run writing to
 * a file or a pipe never needs; only a character device other than /dev/null is asked of it. The
 * build also gives chalk this isatty instead of node:tty (scripts/build.mjs), so that loading chalk
 * does not load them either.
 */
import { fstatSync, statSync, type Stats } from "node:fs";
import { createRequire } from "node:module";

// Made on first use (only a character device other than the null device needs node:tty).
const requireBuiltin = (id: string): unknown => createRequire(import.meta.url)(id);

/** terminal; file (a regular file or the null device: written with fs.writeSync, as Node writes them itself); other. */
export type Descriptor = "terminal" | "file" | "other";

/** The null device's number (its rdev: the same for every node of it), or null where there is none. */
let nullDevice: number | null | undefined;
function isNullDevice(st: Stats): boolean {
  if (nullDevice === undefined) {
    try {
      const s = statSync("/dev/null");
      nullDevice = s.isCharacterDevice() ? s.rdev : null;
    } catch {
      nullDevice = null;
    }
  }
  return nullDevice !== null && st.rdev === nullDevice;
}

export function descriptor(fd: number): Descriptor {
  let st: Stats;
  try {
    st = fstatSync(fd);
  } catch {
    return (requireBuiltin("node:tty") as typeof import("node:tty")).isatty(fd) ? "terminal" : "other";
  }
  if (st.isFile()) return "file";
  // Only a character device can be a terminal.
  if (!st.isCharacterDevice()) return "other";
  if (isNullDevice(st)) return "file";
  return (requireBuiltin("node:tty") as typeof import("node:tty")).isatty(fd) ? "terminal" : "other";
}

/** tty.isatty, the same answer. */
export function isatty(fd: number): boolean {
  return descriptor(fd) === "terminal";
}

/**
 * The entry point: the only module that touches `process` — argv, the streams, the environment,
 * the exit code. Everything else takes an IO and returns values.
 */
import { supportsColor } from "chalk";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { writeSync } from "node:fs";
import { descriptor, isatty } from "./cli/descriptors.js";
import type { IO, Key, Terminal, Writable } from "./cli/io.js";
import { report, run } from "./cli/main.js";
import { outputColumns } from "./render/columns.js";
import { EXIT } from "./errors.js";
import { signalGuard } from "./output/signals.js";
import type { ColorLevel } from "./render/style.js";

// Made on first use: import.meta.url is a file URL the bundle computes only when asked (scripts/build.mjs).
const requireBuiltin = (id: string): unknown => createRequire(import.meta.url)(id);

declare const __VERSION__: string | undefined;

/** Standard input and output as a terminal: raw key presses, the size, resizes. */
function terminal(): Terminal {
  return {
    keys(onKey) {
      // readline is loaded only by the one command that reads keys.
      const readline = requireBuiltin("node:readline") as typeof import("node:readline");
      readline.emitKeypressEvents(process.stdin);
      const listener = (_s: string | undefined, key: Key | undefined) => onKey(key ?? { sequence: _s ?? "" });
      process.stdin.setRawMode(true);
      process.stdin.on("keypress", listener);
      process.stdin.resume();
      return () => {
        process.stdin.off("keypress", listener);
        process.stdin.setRawMode(false);
        process.stdin.pause();
      };
    },
    size: () => ({ columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 }),
    onResize(onResize) {
      process.stdout.on("resize", onResize);
      return () => void process.stdout.off("resize", onResize);
    },
  };
}

/**
 * A regular file or the null device as standard output: written with fs.writeSync, as Node's own
 * stream for them does, without making process.stdout (which loads the stream machinery).
 */
function fileWriter(fd: number, onError: (err: NodeJS.ErrnoException) => void): Writable {
  return {
    write(chunk: string) {
      let buf = Buffer.from(chunk);
      try {
        while (buf.length > 0) buf = buf.subarray(writeSync(fd, buf));
      } catch (err) {
        onError(err as NodeJS.ErrnoException);
        return false;
      }
      return true;
    },
  };
}

export async function main(packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..")): Promise<void> {
  let done = false;
  let readerGone = false;
  // A reader that goes away (`| head`) is not an error: stop quietly with the exit code the
  // command earned (0 for output that was cut short). Any later write error is the same pipe.
  const writeFailed = (name: string, toStderr: boolean) => (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE" || readerGone) {
      readerGone = true;
      if (done) process.exit(process.exitCode ?? EXIT.ok);
      return;
    }
    // A full disk or a closed descriptor: say so once, without a stack trace.
    if (!toStderr) process.stderr.write(`sovereign-ai: cannot write to ${name} (${err.code ?? err.message})\n`);
    process.exit(EXIT.internal);
  };
  const watched = <S extends NodeJS.WriteStream>(stream: S, name: string, toStderr: boolean): S => {
    stream.on("error", writeFailed(name, toStderr));
    return stream;
  };
  // Standard output and error are made only when needed, and standard output not at all when it is a
  // file (descriptors.ts): a run that writes a table to a file or /dev/null and nothing to standard
  // error loads neither the stream machinery nor net.
  const out = descriptor(1);
  const stdoutIsTTY = out === "terminal";
  const stdout = out === "file" ? fileWriter(1, writeFailed("standard output", false)) : watched(process.stdout, "standard output", false);
  let stderr: Writable | undefined;
  let stderrIsTTY: boolean | undefined;
  const io: IO = {
    stdout,
    get stderr() {
      stderr ??= watched(process.stderr, "standard error", true);
      return stderr;
    },
    env: process.env,
    cwd: process.cwd(),
    packageRoot,
    stdoutIsTTY,
    get stderrIsTTY() {
      stderrIsTTY ??= isatty(2);
      return stderrIsTTY;
    },
    columns: outputColumns({ isTTY: stdoutIsTTY, ttyColumns: stdoutIsTTY ? process.stdout.columns : undefined, env: process.env }),
    detectedColor: (supportsColor ? supportsColor.level : 0) as ColorLevel,
    version: typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev",
    readStdin: async (max) => {
      if (process.stdin.isTTY) process.stderr.write("sovereign-ai: reading standard input; end it with Ctrl-D\n");
      const chunks: Buffer[] = [];
      let n = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        n += (chunk as Buffer).length;
        // Never more than the limit (plus one byte, to tell that it was exceeded) is kept.
        if (n >= max) break;
      }
      return Buffer.concat(chunks).subarray(0, max);
    },
    guardTemp: signalGuard(process, setImmediate),
    onInterrupt: (onInterrupt) => {
      const listener = () => onInterrupt();
      process.on("SIGINT", listener);
      return () => void process.off("SIGINT", listener);
    },
    // isatty(0), not process.stdin.isTTY: making process.stdin for a file or /dev/null loads Node's
    // file streams, fs/promises and readline (ten modules), which a run that reads no input never needs.
    ...(stdoutIsTTY && isatty(0) ? { terminal: terminal() } : {}),
  };
  // Anything thrown outside the command (a worker, a timer) is still a bug report, not a stack trace.
  const crash = (err: unknown) => process.exit(report(err, io));
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (err) {
    process.exitCode = report(err, io);
  }
  done = true;
  if (readerGone) process.exit(process.exitCode);
}

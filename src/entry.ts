/**
 * The entry point: the only module that touches `process` — argv, the streams, the environment,
 * the exit code. Everything else takes an IO and returns values.
 */
import { supportsColor } from "chalk";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { isatty } from "node:tty";
import type { IO, Key, Terminal } from "./cli/io.js";
import { report, run } from "./cli/main.js";
import { outputColumns } from "./render/columns.js";
import { EXIT } from "./errors.js";
import { signalGuard } from "./output/signals.js";
import type { ColorLevel } from "./render/style.js";

const requireBuiltin = createRequire(import.meta.url);

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

export async function main(packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..")): Promise<void> {
  const io: IO = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    packageRoot,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: outputColumns({ isTTY: process.stdout.isTTY === true, ttyColumns: process.stdout.columns, env: process.env }),
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
    ...(isatty(0) && process.stdout.isTTY ? { terminal: terminal() } : {}),
  };
  let done = false;
  let readerGone = false;
  // A reader that goes away (`| head`) is not an error: stop quietly with the exit code the
  // command earned (0 for output that was cut short). Any later write error is the same pipe.
  for (const [name, stream] of [
    ["standard output", process.stdout],
    ["standard error", process.stderr],
  ] as const) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || readerGone) {
        readerGone = true;
        if (done) process.exit(process.exitCode ?? EXIT.ok);
        return;
      }
      // A full disk or a closed descriptor: say so once, without a stack trace.
      if (stream !== process.stderr) process.stderr.write(`sovereign-ai: cannot write to ${name} (${err.code ?? err.message})\n`);
      process.exit(EXIT.internal);
    });
  }
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

/**
 * The entry point: the only module that touches `process` — argv, the streams, the environment,
 * the exit code. Everything else takes an IO and returns values.
 */
import { supportsColor } from "chalk";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IO } from "./cli/io.js";
import { report, run } from "./cli/main.js";
import type { ColorLevel } from "./render/style.js";

declare const __VERSION__: string | undefined;

export async function main(packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..")): Promise<void> {
  // A reader that goes away (`| head`) is not an error: stop quietly with 0.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(0);
      throw err;
    });
  }
  const io: IO = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    packageRoot,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    detectedColor: (supportsColor ? supportsColor.level : 0) as ColorLevel,
    version: typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev",
  };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (err) {
    process.exitCode = report(err, io);
  }
}

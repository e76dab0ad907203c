/**
 * The watch loop in-process, with a job that saves an input while its first run is still going: the
 * loop looks at the inputs and watches them before that run, so the save brings a second run. (CI
 * once lost the race where a save landed between the first run's line and the watchers starting.)
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, expect, it } from "vitest";
import type { IO } from "../../src/cli/io.js";
import type { CommonOptions } from "../../src/commands/options.js";
import { watchLoop, type WatchJob } from "../../src/watch/loop.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it("a save during the first run brings a second run, and the -o file itself is not an input", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sovereign-ai-watch-"));
  dirs.push(dir);
  const input = join(dir, "rubric.yaml");
  writeFileSync(input, "a: 1\n");
  let err = "";
  const stderr = new PassThrough();
  stderr.on("data", (b: Buffer) => (err += b.toString()));
  let interrupt: (() => void) | undefined;
  const io = {
    stdout: new PassThrough(),
    stderr,
    env: {},
    cwd: dir,
    packageRoot: dir,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    detectedColor: 0,
    version: "0",
    onInterrupt: (fn: () => void) => {
      interrupt = fn;
      return () => (interrupt = undefined);
    },
  } as unknown as IO;
  let runs = 0;
  const job: WatchJob = {
    label: "score",
    async run() {
      runs++;
      if (runs === 1) writeFileSync(input, "a: 2\n"); // saved while the first run works
      return { text: `run ${runs}\n`, inputs: [input] } as never;
    },
    standing: async () => undefined,
    paths: () => [dir],
    // out.csv lives in the watched folder and is written each run: it must not cause runs of its own.
  };
  const done = watchLoop(io, { output: "out.csv" } as CommonOptions, job);
  const deadline = Date.now() + 20_000;
  while (runs < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 600)); // time for a spurious third run, if the output counted
  interrupt?.();
  expect(await done).toBe(130);
  expect(runs).toBe(2);
  expect(err).toMatch(/run 2 after a change to rubric\.yaml: wrote out\.csv/);
});

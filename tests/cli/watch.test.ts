/**
 * `--watch` as a user meets it: without a terminal or -o it is a usage error; with -o it rewrites the
 * file at every change (an editor's save by rename included), says what moved, keeps watching on a
 * data error, and Ctrl-C (SIGINT) ends it with 130.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyOfData, ROOT } from "../helpers/run.js";

describe("--watch without a terminal", () => {
  it.each(["score", "select", "simulate", "sensitivity", "report"])("%s --watch is a usage error (exit 2) naming -o", async (name) => {
    const r = await cli([name, "--watch"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--watch .*needs a terminal, or -o FILE/);
  });

  it("cannot watch standard input", async () => {
    const r = await cli(["score", "--watch", "-r", "-", "-o", "x.csv"], { readStdin: async () => new Uint8Array() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot watch standard input/);
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, test: () => boolean, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (test()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; stderr so far:\n${log()}`);
}

describe.runIf(existsSync(join(ROOT, "dist", "cli.js")))("score --watch -o FILE (a real process)", () => {
  it("reruns on a save by rename, says what moved, survives a data error, exits 130 on SIGINT", async () => {
    const dir = copyOfData();
    const rubric = join(dir, "criteria", "default.yaml");
    const original = readFileSync(rubric, "utf8");
    const child = spawn(process.execPath, [join(ROOT, "bin", "sovereign-ai.js"), "score", "--watch", "-o", "out.csv"], { cwd: dir });
    let err = "";
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    try {
      await until(
        "the first run",
        () => err.includes("run 1"),
        () => err,
      );
      const first = readFileSync(join(dir, "out.csv"), "utf8");
      expect(first).toMatch(/^rank,/);
      // openness 25 → 300 is 80 % of 375: past the 77.9 % where `sensitivity` says kaist enters and lg leaves.
      const saveByRename = (text: string) => {
        writeFileSync(join(dir, "criteria", ".default.yaml.tmp"), text);
        renameSync(join(dir, "criteria", ".default.yaml.tmp"), rubric);
      };
      saveByRename(original.replace(/(id: openness\n(?:.*\n)*?\s+weight: )25/, "$1300"));
      await until(
        "the second run",
        () => err.includes("run 2"),
        () => err,
      );
      expect(err).toMatch(
        /run 2 after a change to .*default\.yaml: wrote out\.csv; since the last run: .*newly picked: kaist; dropped: lg/,
      );
      expect(readFileSync(join(dir, "out.csv"), "utf8")).not.toBe(first);
      writeFileSync(rubric, "criteria: [\n");
      await until(
        "the error",
        () => err.includes("run 3"),
        () => err,
      );
      expect(err).toMatch(/run 3 .*not written, the data has errors \(still watching\)/);
      saveByRename(original);
      await until(
        "the fourth run",
        () => err.includes("run 4"),
        () => err,
      );
      expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe(first);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(130);
  }, 90_000);
});

/**
 * Closed pipes: `sovereign-ai … | head -1` exits 0 quietly when the reader goes away, for every
 * command and format (found in the grammar). The built program runs on a copy of the data with
 * very long names, so the output outgrows the pipe and the reader really leaves early.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/run.js";
import { invocations, label } from "./commands.js";

const BIN = join(ROOT, "bin/sovereign-ai.js");
const PIPE_BUFFER = 64 * 1024;

/** The bundled data with every consortium's name made about 12 kB long. */
function bigData(): string {
  const dir = tempDir("sovereign-ai-big-");
  cpSync(join(ROOT, "criteria"), join(dir, "criteria"), { recursive: true });
  mkdirSync(join(dir, "consortia"));
  for (const f of readdirSync(join(ROOT, "consortia")).filter((f) => f.endsWith(".yaml"))) {
    const text = readFileSync(join(ROOT, "consortia", f), "utf8");
    const long = text.replace(
      /^name: (.*)$/m,
      (_, name: string) => `name: ${JSON.stringify(`${name} ${"with a very long name ".repeat(550)}`)}`,
    );
    writeFileSync(join(dir, "consortia", f), long);
  }
  return dir;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const env = { ...process.env, NO_COLOR: "1", SOVEREIGN_AI_DEBUG: "" };

/** Runs `(sovereign-ai ARGS; echo rc=$? >&2) | head -1` and resolves with what the shell saw. */
function throughHead(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; status: number | null }> {
  const line = `(${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(" ")}; echo "rc=$?" >&2) | head -1`;
  return new Promise((done, fail) => {
    const child = spawn("sh", ["-c", line], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", fail);
    child.on("close", (status) => done({ stdout, stderr, status }));
  });
}

let cwd = "";
beforeAll(() => {
  cwd = bigData();
});

// Five whole programs at once, each up to a second of CPU (backtest, forecast): on a shared machine
// under heavy load that is more than the default 20 s of wall time, so this block allows longer.
describe.concurrent("closed pipes: … | head -1", { timeout: 120_000 }, () => {
  for (const inv of invocations()) {
    it(`${label(inv)}: exit 0, nothing on stderr`, async () => {
      if (inv.missing) throw new Error(inv.missing);
      const r = await throughHead(inv.args, cwd);
      expect(r.stderr).toBe("rc=0\n");
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.stdout.split("\n").length).toBe(2);
    });
  }
});

describe.concurrent("closed pipes: the reader is gone before the first write", () => {
  it("the CSV outgrows the pipe, so `| head -1` really closes it early", () => {
    const full = spawnSync(process.execPath, [BIN, "score", "-f", "csv"], { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(full.status).toBe(0);
    expect(full.stdout.length).toBeGreaterThan(2 * PIPE_BUFFER);
  });

  // The entry point handles EPIPE for every command alike: one with a big output, one with a line.
  for (const args of [["score", "--format", "csv"], ["validate"]]) {
    it(`${args.join(" ")}: EPIPE on the first write → exit 0, silent`, async () => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.destroy(); // our end of the pipe closes at once: every write of the child fails with EPIPE
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const status = await new Promise<number | null>((done) => child.on("close", done));
      expect(stderr).toBe("");
      expect(status).toBe(0);
    });
  }

  it("a failing command keeps its exit code when its reader goes away", async () => {
    const bad = tempDir();
    mkdirSync(join(bad, "consortia"));
    writeFileSync(join(bad, "consortia", "x.yaml"), "");
    const child = spawn(process.execPath, [BIN, "validate"], { cwd: bad, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stderr.destroy();
    child.stdout.destroy();
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(status).toBe(1);
  });
});

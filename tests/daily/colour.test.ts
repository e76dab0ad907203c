import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorLevel } from "../../src/render/style.js";
import { cli, ROOT, tempDir } from "../helpers/run.js";

const ANSI = /\u001b\[[0-9;]*m/;

describe("colour", () => {
  it("is on when chalk detects a colour terminal, off when it detects none (piped)", async () => {
    expect((await cli(["score"], { detectedColor: 3, stdoutIsTTY: true })).stdout).toMatch(ANSI);
    expect((await cli(["explain", "skt"], { detectedColor: 1, stdoutIsTTY: true })).stdout).toMatch(ANSI);
    expect((await cli(["score"], { detectedColor: 0 })).stdout).not.toMatch(ANSI);
  });

  it("NO_COLOR turns it off, unless FORCE_COLOR is set too; --no-color always turns it off", async () => {
    expect((await cli(["score"], { detectedColor: 3, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await cli(["score"], { detectedColor: 3, env: { NO_COLOR: "" } })).stdout).toMatch(ANSI);
    expect((await cli(["score"], { detectedColor: 3, env: { NO_COLOR: "1", FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
    expect((await cli(["score", "--no-color"], { detectedColor: 3, env: { FORCE_COLOR: "3" } })).stdout).not.toMatch(ANSI);
    expect((await cli(["explain", "kt", "--no-color"], { detectedColor: 3 })).stdout).not.toMatch(ANSI);
  });

  it("never colours a file written with --output, nor CSV, JSON or Markdown", async () => {
    const dir = tempDir();
    const r = await cli(["score", "-o", join(dir, "s.txt")], { detectedColor: 3 });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "s.txt"), "utf8")).not.toMatch(ANSI);
    for (const f of ["csv", "json", "markdown"]) {
      expect((await cli(["score", "-f", f], { detectedColor: 3 })).stdout, f).not.toMatch(ANSI);
      expect((await cli(["explain", "skt", "-f", f], { detectedColor: 3 })).stdout, f).not.toMatch(ANSI);
    }
  });

  it("colorLevel: the flag, then NO_COLOR (unless FORCE_COLOR), then what chalk detected", () => {
    expect(colorLevel({ flag: undefined, env: {}, detected: 2 })).toBe(2);
    expect(colorLevel({ flag: false, env: { FORCE_COLOR: "1" }, detected: 2 })).toBe(0);
    expect(colorLevel({ flag: undefined, env: { NO_COLOR: "x" }, detected: 3 })).toBe(0);
    expect(colorLevel({ flag: undefined, env: { NO_COLOR: "x", FORCE_COLOR: "2" }, detected: 2 })).toBe(2);
    expect(colorLevel({ flag: undefined, env: {}, detected: 7 })).toBe(3);
  });

  // The real detection (chalk's, in src/entry.ts) through the built program: piped stdout is plain.
  it("the installed command: plain when piped, coloured with FORCE_COLOR, plain again with --no-color", () => {
    const bin = join(ROOT, "bin", "sovereign-ai.js");
    const run = (args: string[], env: Record<string, string>) =>
      execFileSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });
    expect(run(["score"], {})).not.toMatch(ANSI);
    expect(run(["score"], { FORCE_COLOR: "1" })).toMatch(ANSI);
    expect(run(["score", "--no-color"], { FORCE_COLOR: "1" })).not.toMatch(ANSI);
    expect(run(["score"], { FORCE_COLOR: "0" })).not.toMatch(ANSI);
  });
});

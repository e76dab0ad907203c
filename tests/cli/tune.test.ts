/**
 * `tune` as a user meets it: without a terminal it is a usage error; in a real terminal (tmux, 80×24)
 * the keys move the weights, re-rank, mark the tipping points, save into the file and quit.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "../helpers/run.js";

describe("tune without a terminal", () => {
  it("is a usage error (exit 2) that suggests --weight", async () => {
    const r = await cli(["tune"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a terminal/);
    expect(r.stderr).toMatch(/-w from_scratch=50/);
    expect(r.stdout).toBe("");
  });

  it("refuses -r - (it saves into the rubric file)", async () => {
    const r = await cli(["tune", "-r", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/name a file with -r/);
  });
});

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const BIN = join(ROOT, "bin", "sovereign-ai.js");
const built = existsSync(join(ROOT, "dist", "cli.js"));
if (!hasTmux) console.log("tune end-to-end test skipped: tmux is not installed (apt-get install tmux)");

// Our own tmux server (its own socket), so nobody else's sessions are touched; stopped at the end.
const SOCKET = `sovereign-ai-tune-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
const pane = (s: string) => tmux("capture-pane", "-p", "-t", s);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(session: string, test: (screen: string) => boolean, what: string): Promise<string> {
  let screen = "";
  for (let i = 0; i < 100; i++) {
    screen = pane(session);
    if (test(screen)) return screen;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
}

function start(session: string, dir: string, extra = ""): string {
  const exitFile = join(dir, `${session}.exit`);
  tmux(
    "new-session",
    "-d",
    "-s",
    session,
    "-x",
    "80",
    "-y",
    "24",
    "-c",
    dir,
    `node ${JSON.stringify(BIN)} tune -r r.yaml${extra}; echo $? > ${JSON.stringify(exitFile)}; sleep 60`,
  );
  return exitFile;
}

async function exitCode(file: string): Promise<number> {
  for (let i = 0; i < 100 && !existsSync(file); i++) await sleep(100);
  return Number(readFileSync(file, "utf8").trim());
}

describe.runIf(hasTmux && built)("tune in a terminal (tmux, 80×24)", () => {
  afterAll(() => {
    spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
  });

  it("moves a weight, re-ranks, shows the tipping point, saves keeping the file's comments, quits with 0", async () => {
    const dir = tempDir();
    const original = readFileSync(join(ROOT, "criteria", "default.yaml"), "utf8");
    copyFileSync(join(ROOT, "criteria", "default.yaml"), join(dir, "r.yaml"));
    const exitFile = start("save", dir);
    let screen = await waitFor("save", (s) => s.includes("sovereign-ai tune: r.yaml"), "the screen");
    expect(screen).toMatch(/▸ from_scratch\s+40\s+40\.0 %/);
    expect(screen.split("\n").every((l) => [...l].length <= 80)).toBe(true);
    // openness: `sensitivity` says the set changes at 77.9 %, kaist in and lg out.
    tmux("send-keys", "-t", "save", "Down", "Down");
    screen = await waitFor("save", (s) => /▸ openness/.test(s), "openness chosen");
    expect(screen).toMatch(/↑ at [\d.]+ \(77\.9 %\): \+kaist -lg/);
    tmux("send-keys", "-t", "save", "S-Right", "Right");
    screen = await waitFor("save", (s) => /▸ openness\s+31 /.test(s), "openness at 31");
    expect(screen).toContain("(unsaved changes)");
    tmux("send-keys", "-t", "save", "s");
    await waitFor("save", (s) => s.includes("save to r.yaml? (y/n)"), "the save question");
    tmux("send-keys", "-t", "save", "y");
    await waitFor("save", (s) => s.includes("saved to r.yaml"), "saved");
    const saved = readFileSync(join(dir, "r.yaml"), "utf8");
    expect(saved).toBe(original.replace(/(id: openness\n(?:.*\n)*?\s+weight: )25/, "$131"));
    expect(saved).not.toBe(original);
    tmux("send-keys", "-t", "save", "q");
    expect(await exitCode(exitFile)).toBe(0);
  }, 30_000);

  it("in Korean (--lang ko): the labels, the question, and every line within 80 columns", async () => {
    const { displayWidth } = await import("../../src/render/width.js");
    const dir = tempDir();
    copyFileSync(join(ROOT, "criteria", "default.yaml"), join(dir, "r.yaml"));
    const exitFile = start("korean", dir, " --lang ko");
    let screen = await waitFor("korean", (s) => s.includes("평가 항목"), "the Korean screen");
    expect(screen).toMatch(/▸ from_scratch\s+40\s+40\.0 %/);
    expect(screen).toContain("✔ 선정 · 5= 동점 · ↑↓ 순위 변동");
    expect(screen.split("\n").every((l) => displayWidth(l) <= 80)).toBe(true);
    tmux("send-keys", "-t", "korean", "Right", "q");
    screen = await waitFor("korean", (s) => s.includes("저장하지 않고 끝낼까요? (y/n)"), "the quit question");
    tmux("send-keys", "-t", "korean", "y");
    expect(await exitCode(exitFile)).toBe(0);
    expect(readFileSync(join(dir, "r.yaml"), "utf8")).toBe(readFileSync(join(ROOT, "criteria", "default.yaml"), "utf8"));
  }, 30_000);

  it("Ctrl-C leaves at once with exit 130, the file untouched", async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, "criteria", "default.yaml"), join(dir, "r.yaml"));
    const exitFile = start("interrupt", dir);
    await waitFor("interrupt", (s) => s.includes("sovereign-ai tune: r.yaml"), "the screen");
    tmux("send-keys", "-t", "interrupt", "Right", "C-c");
    expect(await exitCode(exitFile)).toBe(130);
    expect(readFileSync(join(dir, "r.yaml"), "utf8")).toBe(readFileSync(join(ROOT, "criteria", "default.yaml"), "utf8"));
  }, 30_000);
});

/**
 * A bug — an unexpected exception — prints one short message asking to report it and exits 70;
 * SOVEREIGN_AI_DEBUG=1 shows the stack. Tested on report() directly, and end to end on a copy of
 * the built program with one command's module broken (no test hook in the production code).
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IO } from "../../src/cli/io.js";
import { report } from "../../src/cli/main.js";
import { DataError, saying, UsageError } from "../../src/errors.js";
import { ROOT, tempDir, testIO } from "../helpers/run.js";
import { STACK_FRAME } from "./corpus.js";

function capture(env: Record<string, string> = {}): { io: IO; err: () => string } {
  const t = testIO({ env });
  return { io: t.io, err: t.stderr };
}

function thrower(): never {
  throw new TypeError("cannot read properties of undefined (reading 'scores')");
}

describe("report()", () => {
  it("an unexpected error: exit 70, a short message asking for a report, no stack", () => {
    const { io, err } = capture();
    let caught: unknown;
    try {
      thrower();
    } catch (e) {
      caught = e;
    }
    expect(report(caught, io)).toBe(70);
    expect(err()).toBe(
      "sovereign-ai: internal error: cannot read properties of undefined (reading 'scores')\n" +
        "This is a bug. Please report it with the command you ran; set SOVEREIGN_AI_DEBUG=1 to see the stack trace.\n",
    );
    expect(err()).not.toMatch(STACK_FRAME);
  });

  it("in Korean: the same lines in Korean words, the error's own text kept", async () => {
    const { ko } = await import("../../src/i18n/ko.js");
    const { io, err } = capture();
    expect(report(new Error("boom"), io, ko)).toBe(70);
    expect(err()).toBe(
      "sovereign-ai: 내부 오류: boom\n프로그램의 버그입니다. 실행한 명령과 함께 알려 주세요; SOVEREIGN_AI_DEBUG=1로 실행하면 스택 추적을 볼 수 있습니다.\n",
    );
  });

  it("SOVEREIGN_AI_DEBUG=1 shows the stack", () => {
    const { io, err } = capture({ SOVEREIGN_AI_DEBUG: "1" });
    let caught: unknown;
    try {
      thrower();
    } catch (e) {
      caught = e;
    }
    expect(report(caught, io)).toBe(70);
    expect(err()).toContain("TypeError: cannot read properties of undefined");
    expect(err()).toMatch(STACK_FRAME);
    expect(err()).toContain("thrower");
  });

  it("something thrown that is not an Error is still exit 70", () => {
    const { io, err } = capture();
    expect(report("a string", io)).toBe(70);
    expect(err()).toContain("internal error: a string");
  });

  it("data and usage errors are not bugs: exit 1 and 2, no report request", () => {
    const data = capture();
    expect(report(new DataError([{ ...saying({ code: "empty-file" }), file: "x.yaml" }]), data.io)).toBe(1);
    expect(data.err()).toBe("error: x.yaml: is empty; it should hold a YAML mapping (key: value lines)\n");
    const usage = capture();
    expect(report(new UsageError("--top 0: expected a whole number of 1 or more"), usage.io)).toBe(2);
    expect(usage.err()).not.toContain("bug");
  });
});

/** A copy of the package (bin, dist, data) whose build we may break. */
function copyOfPackage(): string {
  const dir = tempDir("sovereign-ai-pkg-");
  for (const d of ["bin", "dist", "criteria", "consortia"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  return dir;
}

const runBin = (root: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, "bin/sovereign-ai.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SOVEREIGN_AI_DEBUG: "", NO_COLOR: "1", ...env },
  });

describe("exit 70 end to end (the built program)", () => {
  it("a command module that throws: one message, exit 70; the stack only with SOVEREIGN_AI_DEBUG=1", () => {
    const root = copyOfPackage();
    // The bundle is minified with names kept: find runScore by its kept name and make it throw.
    const file = join(root, "dist/cli.js");
    const text = readFileSync(file, "utf8");
    const name = /[(,;]([\w$]+),"runScore"\)/.exec(text)?.[1];
    expect(name, "the bundle keeps runScore's name").toBeDefined();
    const at = text.indexOf(`async function ${name}(`);
    expect(at).toBeGreaterThan(0);
    const body = text.indexOf("{", at) + 1;
    writeFileSync(file, `${text.slice(0, body)}throw new Error("simulated bug in score");${text.slice(body)}`);

    const plain = runBin(root, ["score"]);
    expect(plain.status).toBe(70);
    expect(plain.stdout).toBe("");
    expect(plain.stderr).toBe(
      "sovereign-ai: internal error: simulated bug in score\n" +
        "This is a bug. Please report it with the command you ran; set SOVEREIGN_AI_DEBUG=1 to see the stack trace.\n",
    );
    const debug = runBin(root, ["score"], { SOVEREIGN_AI_DEBUG: "1" });
    expect(debug.status).toBe(70);
    expect(debug.stderr).toContain("Error: simulated bug in score");
    expect(debug.stderr).toMatch(STACK_FRAME);
    // The other commands still work.
    expect(runBin(root, ["validate"]).status).toBe(0);
  });

  it("a broken bundle: the bin says so in one message, exit 70", () => {
    const root = copyOfPackage();
    writeFileSync(join(root, "dist/cli.js"), "export const main = ;\n");
    const r = runBin(root, ["score"]);
    expect(r.status).toBe(70);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("sovereign-ai: internal error: cannot load");
    expect(r.stderr).toContain("please report it");
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(runBin(root, ["score"], { SOVEREIGN_AI_DEBUG: "1" }).stderr).toMatch(STACK_FRAME);
  });

  it("standard output on a full disk (/dev/full, Linux): one line, exit 70", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${join(ROOT, "bin/sovereign-ai.js")}" score -f csv > /dev/full`], {
      encoding: "utf8",
    });
    expect(r.status).toBe(70);
    expect(r.stderr).toBe("sovereign-ai: cannot write to standard output (ENOSPC)\n");
  });
});

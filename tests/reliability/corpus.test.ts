/**
 * Every case in tests/fixtures/bad/ run in-process: the documented exit code, the file (and
 * line:col) named with what to do, no stack trace, nothing on standard output, no prototype
 * pollution.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblems } from "../../src/errors.js";
import { readSource, type SourceFs } from "../../src/load/read.js";
import { cli } from "../helpers/run.js";
import { corpusCases, prepareCase, problemCount, STACK_FRAME, type Case } from "./corpus.js";

const cases = corpusCases();

/** True when every chmod-ed file can still be read: we run as root, which ignores permissions. */
function permissionsIgnored(cwd: string, chmod: Record<string, string>): boolean {
  return Object.keys(chmod).every((f) => {
    try {
      readFileSync(join(cwd, f));
      return true;
    } catch {
      return false;
    }
  });
}

/** A file system on which every read is refused, as it is for a non-root user after chmod 000. */
const deniedFs = (real: SourceFs): SourceFs => ({
  stat: real.stat,
  read: () => {
    throw Object.assign(new Error("EACCES: permission denied, open"), { code: "EACCES" });
  },
});

async function runCase(c: Case): Promise<void> {
  const e = c.expect;
  const cwd = prepareCase(c);
  if (e.setup?.chmod && permissionsIgnored(cwd, e.setup.chmod)) {
    // Only root reads a chmod-000 file. Then the permission error is checked one level down, on
    // the same file, with the read refused as the kernel would refuse it to anyone else.
    expect(process.getuid?.(), "a chmod-000 file is readable only by root").toBe(0);
    const { nodeSourceFs } = await import("../../src/load/read.js");
    for (const f of Object.keys(e.setup.chmod)) {
      const r = readSource(join(cwd, f), cwd, deniedFs(nodeSourceFs));
      expect(r.ok).toBe(false);
      const message = r.ok ? "" : formatProblems([r.problem]);
      for (const fragment of e.stderr) expect(message).toContain(fragment);
    }
    return;
  }
  // No wall-clock bound here (issue #20): a hang fails on the test timeout; speed is `npm run bench`.
  const r = await cli(e.args, { cwd });
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: e.exit });
  for (const fragment of e.stderr) expect(r.stderr).toContain(fragment);
  for (const fragment of e.stdout ?? []) expect(r.stdout).toContain(fragment);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  if (e.problems !== undefined) expect(problemCount(r.stderr)).toBe(e.problems);
  if (e.exit === 0) {
    expect(r.stderr).toBe("");
  } else {
    expect(r.stdout).toBe("");
  }
  if (e.exit === 1) {
    // Every problem starts with the file it is about.
    for (const line of r.stderr.split("\n").filter((l) => l.startsWith("error:"))) {
      expect(line).toMatch(/^error: (\/|consortia|criteria)\S*: /);
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
}

describe("bad-input corpus (tests/fixtures/bad)", () => {
  it("holds at least 30 failing cases, each with a reason", () => {
    expect(cases.filter((c) => c.expect.exit !== 0).length).toBeGreaterThanOrEqual(30);
  });

  for (const c of cases) {
    it(`${c.name}: exit ${c.expect.exit} — ${c.expect.why}`, () => runCase(c));
  }
});

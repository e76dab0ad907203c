import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { cli, copyOfData, type RunOutput } from "../helpers/run.js";

const io = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  env: {},
  cwd: "/",
  packageRoot: "/",
  stdoutIsTTY: false,
  stderrIsTTY: false,
  detectedColor: 0 as const,
  version: "9.9.9",
};
const commands: readonly Command[] = buildProgram(io, {}).commands;

/** The example lines of a help text: after "Examples:", indented, starting with the program name. */
function exampleLines(help: string): string[] {
  const at = help.indexOf("\nExamples:\n");
  if (at < 0) return [];
  return help
    .slice(at + 11)
    .split("\n")
    .filter((l) => /^ {2}sovereign-ai\b/.test(l))
    .map((l) => l.trim());
}

describe("help", () => {
  it("the program's help lists every command, examples, colour and exit codes", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(`  ${c.name()} `);
    expect(exampleLines(r.stdout).length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toContain("NO_COLOR");
    expect(r.stdout).toContain("Exit codes: 0 ok, 1 invalid input data, 2 bad usage, 70 internal error");
  });

  it("with no arguments prints the help on standard error and exits 2", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage: sovereign-ai");
  });

  it("--version prints the version", async () => {
    const r = await cli(["--version"], { version: "1.2.3" });
    expect(r).toEqual({ code: 0, stdout: "1.2.3\n", stderr: "" } satisfies RunOutput);
  });

  it("has commands to check", () => {
    expect(commands.map((c) => c.name())).toEqual(expect.arrayContaining(["score", "validate", "explain", "schema", "init"]));
  });

  // Every command, including ones added later: a one-line purpose and two or three real examples.
  it.each(commands.map((c) => [c.name(), c] as const))(
    "%s --help has a one-line purpose, its options and 2–3 examples",
    async (name, c) => {
      const purpose = c.description();
      expect(purpose.length, name).toBeGreaterThan(10);
      expect(purpose, name).not.toContain("\n");
      const r = await cli([name, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: sovereign-ai ${name}`);
      expect(r.stdout).toContain("-h, --help");
      const ex = exampleLines(r.stdout);
      expect(ex.length, `${name}: examples`).toBeGreaterThanOrEqual(2);
      expect(ex.length, `${name}: examples`).toBeLessThanOrEqual(4);
      for (const e of ex) expect(e, name).toMatch(new RegExp(`^sovereign-ai ${name}\\b|\\bsovereign-ai ${name}\\b`));
    },
  );

  // The examples of these commands run as written (those without pipes, redirections or `&&`).
  it.each(["", "score", "validate", "explain", "schema", "init"])("the examples of `%s --help` run", async (name) => {
    const help = (await cli(name ? [name, "--help"] : ["--help"])).stdout;
    const runnable = exampleLines(help)
      .map((l) => l.replace(/\s+#.*$/, ""))
      .filter((l) => !/[|>&<]/.test(l));
    expect(runnable.length).toBeGreaterThan(0);
    const cwd = copyOfData();
    for (const line of runnable) {
      const argv = line.split(/\s+/).slice(1);
      const r = await cli(argv, { cwd });
      expect(r.stderr, line).toBe("");
      expect(r.code, line).toBe(0);
    }
  });
});

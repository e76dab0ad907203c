/**
 * Every command's table view follows the width it is given (the terminal's, or COLUMNS when piped):
 * no line is wider, except a web address, which is never broken (it could not be copied).
 * Commands are read from the grammar, so commands added later are covered.
 */
import { describe, expect, it } from "vitest";
import { invocations, label } from "../reliability/commands.js";
import { cli } from "../helpers/run.js";
import { displayWidth } from "./display-width.js";

// schema prints JSON Schema and completion a shell script, not tables; validate one status line, kept whole for scripts that read it.
const tables = invocations().filter(
  (i) => (i.format === undefined || i.format === "table") && !["schema", "completion", "validate"].includes(i.command),
);

describe.each([60, 80, 120])("at %i columns", (columns) => {
  it.each(tables.map((i) => [label(i), i] as const))("%s fits", async (_name, inv) => {
    if (inv.missing) throw new Error(inv.missing);
    const r = await cli(inv.args, { columns });
    expect(r.code, r.stderr).toBe(0);
    const over = r.stdout.split("\n").filter((l) => displayWidth(l) > columns && !/https?:\/\//.test(l));
    expect(over).toEqual([]);
  });
});

describe("compare", () => {
  it("shows rubric names in full where they fit, and the teams' names on a wide terminal", async () => {
    const args = ["compare", "default", "service-first", "industry-forecast"];
    const at80 = await cli(args, { columns: 80 });
    expect(at80.stdout).toMatch(/│ +default │ +service-first │ +industry-forecast │/);
    expect(at80.stdout).toContain("hidden to fit 80 columns: name (--wide shows every column)");
    const at60 = await cli(args, { columns: 60 });
    // Too narrow for the names in one line: each breaks at its hyphen, whole.
    expect(at60.stdout).toMatch(/│ +service- │ +industry- │/);
    expect(at60.stdout).toMatch(/│ +first │ +forecast │/);
    const at160 = await cli(args, { columns: 160 });
    expect(at160.stdout).toContain("SK Telecom consortium");
    expect(at160.stdout).not.toContain("hidden");
  });
});

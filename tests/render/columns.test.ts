/** The width output fits: the terminal's; piped, COLUMNS when it is set; else 80 (issue #12, point 8). */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputColumns } from "../../src/render/columns.js";
import { ROOT } from "../helpers/run.js";
import { displayWidth } from "../daily/display-width.js";

describe("outputColumns", () => {
  it("a terminal's own width wins over COLUMNS (an exported COLUMNS goes stale when the window is resized)", () => {
    expect(outputColumns({ isTTY: true, ttyColumns: 132, env: { COLUMNS: "60" } })).toBe(132);
  });
  it("piped: COLUMNS when it is a sane whole number, else 80", () => {
    expect(outputColumns({ isTTY: false, env: { COLUMNS: "120" } })).toBe(120);
    expect(outputColumns({ isTTY: false, ttyColumns: 200, env: {} })).toBe(80);
    for (const bad of ["", "wide", "-5", "0", "1e3", "99999999"])
      expect(outputColumns({ isTTY: false, env: { COLUMNS: bad } }), bad).toBe(80);
    expect(outputColumns({ isTTY: false, env: { COLUMNS: "5" } })).toBe(20);
  });
  it("a terminal that reports no width falls back to COLUMNS", () => {
    expect(outputColumns({ isTTY: true, ttyColumns: 0, env: { COLUMNS: "100" } })).toBe(100);
  });
});

describe("COLUMNS through the built command, piped", () => {
  const run = (env: Record<string, string>, ...args: string[]) =>
    execFileSync(process.execPath, [join(ROOT, "bin/sovereign-ai.js"), ...args], {
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", COLUMNS: "", ...env },
      encoding: "utf8",
    });
  const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

  it("simulate: the same run fits 60, 80 and 160 columns, showing more where there is room", () => {
    const out = Object.fromEntries([60, 80, 160].map((c) => [c, run({ COLUMNS: String(c) }, "simulate", "-n", "500")]));
    for (const c of [60, 80, 160]) expect(widest(out[c]!), `${c}`).toBeLessThanOrEqual(c);
    expect(widest(out[160]!)).toBeGreaterThan(80);
    expect(out[160]).toContain("telecom");
    expect(out[80]).toMatch(/hidden to fit 80 columns: kind, /);
    // Without COLUMNS, piped output is 80 wide.
    expect(run({}, "simulate", "-n", "500")).toBe(out[80]);
  });
});

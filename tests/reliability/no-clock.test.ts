/**
 * No unit test asserts on elapsed time (issue #13: the alias-bomb case and the hostile-input bench
 * failed under heavy load). A hang fails on the test timeout; speed is measured by `npm run bench`.
 * This scans the tests for clocks: the only one allowed is a deadline that bounds a wait.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const CLOCK = /performance\.now\(|process\.hrtime|Date\.now\(|console\.time\(/;
/** file → why its clock is not an assertion. */
const ALLOWED: Record<string, string> = {
  "tests/watch/loop.test.ts": "a deadline bounding how long it waits for a rerun; nothing is asserted on the time",
};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === "fixtures" ? [] : testFiles(p);
    return d.name.endsWith(".ts") ? [p] : [];
  });
}

describe("no wall-clock assertions in the tests", () => {
  it("no test file reads a clock, except a wait's deadline", () => {
    const files = testFiles(join(ROOT, "tests"));
    expect(files.length).toBeGreaterThan(50);
    const clocks = files
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .filter((f) => f !== "tests/reliability/no-clock.test.ts" && CLOCK.test(readFileSync(join(ROOT, f), "utf8")));
    expect(clocks.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it("the corpus's time bounds are informational: no case is timed", () => {
    const runner = readFileSync(join(ROOT, "tests/reliability/corpus.test.ts"), "utf8");
    expect(runner).not.toMatch(/maxMs/);
    expect(runner).not.toMatch(CLOCK);
  });
});

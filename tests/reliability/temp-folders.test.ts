/**
 * Tests leave no temporary folder behind (issue #20): a folder is made with tempDir
 * (tests/helpers/temp.ts, removed when the test file ends) or, where a test makes its own with
 * mkdtemp (hundreds of cache entries it wants gone at once), the same file removes it with rmSync.
 * A scan, as no-clock.test.ts does for clocks: the lang test once made one with mkdtemp and left it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const MKDTEMP = /\bmkdtemp(Sync)?\(/;
const REMOVE = /\brmSync\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === "fixtures" ? [] : testFiles(p);
    return d.name.endsWith(".ts") ? [p] : [];
  });
}

/** Files that make a folder with mkdtemp and never remove anything. */
function leaky(files: Readonly<Record<string, string>>): string[] {
  return Object.entries(files)
    .filter(([, text]) => MKDTEMP.test(text) && !REMOVE.test(text))
    .map(([f]) => f);
}

describe("temporary folders", () => {
  it("every test file that makes a folder with mkdtemp removes it, or uses tempDir", () => {
    const texts: Record<string, string> = {};
    for (const f of testFiles(join(ROOT, "tests"))) texts[relative(ROOT, f).split("\\").join("/")] = readFileSync(f, "utf8");
    expect(Object.keys(texts).length).toBeGreaterThan(50);
    // The helper itself makes them and removes them (removeTempDirs).
    expect(leaky(texts)).toEqual([]);
  });

  it("the scan can fail: a file with mkdtempSync and no rmSync is named", () => {
    const made = ["const dir = mkdtemp", 'Sync(join(tmpdir(), "lang-"));'].join("");
    expect(leaky({ "a.test.ts": made, "b.test.ts": `${made}\nrmSync(dir, { recursive: true });`, "c.test.ts": "tempDir()" })).toEqual([
      "a.test.ts",
    ]);
  });
});

/**
 * The cache of validated files never changes a result: every command × every format, on a copy of
 * the bundled data with one weight changed, gives the same bytes (and exit code, and standard error)
 * without the cache, with an empty one (cold), with the record of the last run (warm), and with the
 * per-file entries alone.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE_KEY } from "../../src/load/cache.js";
import { buildProgram } from "../../src/cli/program.js";
import { cli, copyOfData, testIO } from "../helpers/run.js";
import { invocations, label } from "../reliability/commands.js";

const all = invocations();
const withCacheOption = new Set(
  buildProgram(testIO().io, {})
    .commands.filter((c) => c.options.some((o) => o.long === "--no-cache"))
    .map((c) => c.name()),
);

function editedCopy(): string {
  const dir = copyOfData();
  const rubric = join(dir, "criteria", "default.yaml");
  const text = readFileSync(rubric, "utf8");
  expect(text).toMatch(/weight: 40\b/);
  writeFileSync(rubric, text.replace(/weight: 40\b/, "weight: 41"));
  return dir;
}

describe("the cache never changes a result", () => {
  const dir = editedCopy();

  it("covers every command and every format the grammar offers", () => {
    expect(all.filter((i) => i.command === "score").map((i) => i.format)).toEqual(["table", "csv", "json", "markdown"]);
    expect(new Set(all.map((i) => i.command)).size).toBeGreaterThanOrEqual(10);
  });

  for (const inv of all) {
    it(`${label(inv)}: the same bytes without the cache, cold, warm and from per-file entries`, async () => {
      if (inv.missing) throw new Error(inv.missing);
      const cache = mkdtempSync(join(tmpdir(), "sovereign-ai-cache-"));
      try {
        const env = { XDG_CACHE_HOME: cache };
        const without = await cli(inv.args, { cwd: dir });
        const cold = await cli(inv.args, { cwd: dir, env });
        const warm = await cli(inv.args, { cwd: dir, env });
        const build = join(cache, "sovereign-ai", CACHE_KEY);
        let sets = 0;
        for (const f of (existsSync(build) ? readdirSync(build, { withFileTypes: true }) : []).filter((e) => e.name.startsWith("set-"))) {
          rmSync(join(build, f.name));
          sets++;
        }
        const perFile = await cli(inv.args, { cwd: dir, env });
        const noCache = await cli([...inv.args, ...(withCacheOption.has(inv.command) ? ["--no-cache"] : [])], { cwd: dir, env });
        expect(without.code, without.stderr).toBe(0);
        expect(cold).toEqual(without);
        expect(warm).toEqual(without);
        expect(perFile).toEqual(without);
        expect(noCache).toEqual(without);
        // The commands that read the contest remembered it.
        if (["score", "select", "simulate", "sensitivity", "explain", "sources", "report", "validate"].includes(inv.command))
          expect(sets, "a record of the run").toBeGreaterThan(0);
      } finally {
        rmSync(cache, { recursive: true, force: true }); // now, not at the end of the file: hundreds of entries
      }
    }, 120_000);
  }
});

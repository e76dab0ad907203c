/**
 * The test suite as `npm run mutate` (StrykerJS) sees it: every test except those that cannot see
 * a mutant of the core —
 * - those whose imports never reach it (scripts/mutation-scope.mjs follows every relative import;
 *   tests/scripts/mutation-scope.test.ts checks the walk against esbuild's): they run no mutated code;
 * - those that run the pre-built bundle (bin/, dist/) in a child process or a browser: the bundle
 *   holds no mutant;
 * - those that compare the program with itself (SELF_COMPARISONS below): both sides run the same
 *   mutated core, so they differ only if the mutant is outside the core (the cache, the language of
 *   the text) or crashes, which a quicker test sees first. Measured: on src/score with the whole
 *   suite they covered every survivor and were the first to fail for no mutant (docs/mutation.md).
 */
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { outOfReach } from "./scripts/mutation-scope.mjs";

/**
 * Stryker runs, for each mutant, the test files that cover it until one fails (bail). Vitest's own
 * order puts the longest files first, so a mutant the first quick test would kill waited for the
 * slowest files. Here: a file that failed on its last run first (it is likely to kill the next
 * mutant of the same code too), then the quickest by their last run, files never run by size,
 * smallest first. A static mutant (module-level code, which Stryker cannot tie to tests) runs the
 * whole suite: there the files that have killed the most mutants in this process come before the
 * quick ones (the method flags' mutants waited for 300–500 tests before their killers). The order
 * changes no result, only how soon a killed mutant stops.
 */
class QuickFirst extends BaseSequencer {
  /** Mutants each file killed, counted from the results cache: a new result that failed is a kill. */
  private readonly kills = new Map<string, number>();
  private readonly seen = new Map<string, object>();
  /** How many files the whole suite has (globbed once per process). */
  private whole?: number;

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const keyOf = (f: TestSpecification) => `${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`;
    for (const f of files) {
      const key = keyOf(f);
      const r = cache.getFileTestResults(key);
      if (r && r !== this.seen.get(key)) {
        this.seen.set(key, r);
        if (r.failed) this.kills.set(key, (this.kills.get(key) ?? 0) + 1);
      }
    }
    this.whole ??= (await this.ctx.globTestSpecifications()).length;
    const wholeSuite = files.length >= this.whole;
    const rank = (f: TestSpecification): [number, number, number, number] => {
      const key = keyOf(f);
      const r = cache.getFileTestResults(key);
      const killed = wholeSuite ? -(this.kills.get(key) ?? 0) : 0;
      if (r) return [r.failed ? 0 : 1, killed, r.duration, 0];
      return [2, killed, 0, cache.getFileStats(key)?.size ?? Number.MAX_SAFE_INTEGER];
    };
    const ranked = files.map((f) => ({ f, r: rank(f), id: f.moduleId }));
    ranked.sort(
      (a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2] || a.r[3] - b.r[3] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return ranked.map((x) => x.f);
  }
}

/**
 * Tests whose every assertion compares the program with itself: the same command twice
 * (determinism), with and without the cache (the cache is in src/load, outside the mutated scope),
 * in English and in Korean (the core does not know the language; the render does).
 */
const SELF_COMPARISONS = ["tests/reliability/determinism.test.ts", "tests/load/cache-commands.test.ts", "tests/i18n/same-shape.test.ts"];

/** MUTATE_TESTS=tests/select,tests/score: only these folders or files (a quicker, partial run). */
const only = process.env.MUTATE_TESTS?.split(",").filter(Boolean);

export default defineConfig({
  test: {
    include: only ? only.map((p) => (p.endsWith(".ts") ? p : `${p.replace(/\/$/, "")}/**/*.test.ts`)) : ["tests/**/*.test.ts"],
    exclude: [
      "tests/cli/completion.test.ts",
      "tests/cli/csv-pipes.test.ts",
      "tests/cli/stdin.test.ts",
      "tests/daily/colour.test.ts",
      "tests/daily/snapshot.test.ts",
      "tests/daily/startup.test.ts",
      "tests/install/tarball.test.ts",
      "tests/panel/snapshot.test.ts",
      "tests/reliability/exit70.test.ts",
      "tests/reliability/output-targets.test.ts",
      "tests/reliability/output.test.ts",
      "tests/reliability/pipes.test.ts",
      "tests/simulate/cli-more.test.ts",
      "tests/render/columns.test.ts",
      "tests/report/browser.test.ts",
      "tests/readme.test.ts",
      ...SELF_COMPARISONS,
      ...outOfReach(dirname(fileURLToPath(import.meta.url))),
    ],
    testTimeout: 60_000,
    pool: "threads",
    setupFiles: ["tests/helpers/setup.ts", "tests/helpers/mutation-setup.ts"],
    sequence: { sequencer: QuickFirst },
  },
});

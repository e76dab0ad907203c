/**
 * The test suite as `npm run mutate` (StrykerJS) sees it: every test except those that run the
 * pre-built bundle (bin/, dist/) in a child process or a browser, which cannot see a mutant in src/.
 */
import { defineConfig } from "vitest/config";

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
    ],
    testTimeout: 60_000,
    pool: "threads",
    setupFiles: ["tests/helpers/setup.ts"],
  },
});

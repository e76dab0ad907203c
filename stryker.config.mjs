// @ts-check
/**
 * `npm run mutate` (issue #20): mutation testing of the decision core; not in CI. Two test-runner
 * processes: the whole run wants the 2-core machine to itself (docs/mutation.md has its figures).
 * While others use the machine, one file or folder at a time with --concurrency 1, e.g.
 *   npm run mutate -- --concurrency 1 --mutate src/select/rules.ts
 * and MUTATE_TESTS=tests/select,tests/score narrows the tests (vitest.mutation.config.ts,
 * docs/mutation.md). The scope is named once, in scripts/mutation-scope.mjs.
 */
import { MUTATE_GLOBS } from "./scripts/mutation-scope.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  coverageAnalysis: "perTest",
  mutate: MUTATE_GLOBS,
  concurrency: 2,
  timeoutMS: 3000,
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  ignorePatterns: ["reports", ".stryker-tmp", ".dist-build-*"],
  dryRunTimeoutMinutes: 30,
};

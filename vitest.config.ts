import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    pool: "threads",
    setupFiles: ["tests/helpers/setup.ts"],
    reporters: ["default", "./tests/helpers/summary-reporter.ts"],
  },
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run.js";
// @ts-expect-error plain ESM script without types
import { regenerate } from "../scripts/readme.mjs";

describe("README", () => {
  const text = readFileSync(join(ROOT, "README.md"), "utf8");
  it("holds the two quick-start commands", () => {
    expect(text).toContain("npm ci && npx sovereign-ai score");
    expect(text).toContain("npm test");
  });
  it("shows the real, current output of every example (npm run readme rewrites them)", () => {
    const { stale } = regenerate(text) as { stale: string[] };
    expect(stale).toEqual([]);
  }, 120_000);
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run.js";
// @ts-expect-error plain ESM script without types
import { regenerate, runExample } from "../scripts/readme.mjs";

describe("README", () => {
  const text = readFileSync(join(ROOT, "README.md"), "utf8");
  it("holds the quick start and the install commands", () => {
    expect(text).toContain("npx sovereign-ai score");
    expect(text).toContain("npm install -g .");
    expect(text).toContain("npm test");
  });
  it("starts every example block with the command that made it", () => {
    const blocks = text.match(/```console\n[^\n]*/g) ?? [];
    expect(blocks.length).toBeGreaterThan(15);
    for (const b of blocks) expect(b).toMatch(/^```console\n\$ (.*\b)?sovereign-ai /);
    // No example hides its command in an HTML comment any more.
    expect(text).not.toMatch(/<!-- run:/);
  });
  it("links the documents it moved its internals to, and they exist", () => {
    for (const doc of ["docs/method.md", "docs/performance.md"]) {
      expect(text).toContain(`(${doc}`);
      expect(readFileSync(join(ROOT, doc), "utf8").length).toBeGreaterThan(500);
    }
  });
  it("fails an example whose exit code is not the one recorded in scripts/readme-exits.json", () => {
    const cmd = "sovereign-ai explain sk";
    const { out, code } = runExample(cmd) as { out: string; code: number };
    expect(code).toBe(2);
    const block = `\`\`\`console\n$ ${cmd}\n${out}\`\`\`\n`;
    expect(regenerate(block, { [cmd]: 2 }).stale).toEqual([]);
    expect(regenerate(block, {}).stale).toEqual([`${cmd} (exit 2, expected 0)`]);
  });
  it("shows the real, current output of every example (npm run readme rewrites them)", () => {
    const { stale } = regenerate(text) as { stale: string[] };
    expect(stale).toEqual([]);
  }, 120_000);
});

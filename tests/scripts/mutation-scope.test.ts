import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types
import { inScope, MUTATE_GLOBS, MUTATION_SCOPE, outOfReach, scopeReacher } from "../../scripts/mutation-scope.mjs";
import { tempDir } from "../helpers/temp.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The repository files esbuild bundles for an entry (packages left out): an independent reading of the imports. */
async function esbuildInputs(root: string, entry: string): Promise<string[]> {
  const r = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
    outdir: join(root, ".esbuild-out"),
  });
  return Object.keys(r.metafile.inputs);
}

/** A folder of source files, for the walk's rare cases. */
function project(files: Record<string, string>): string {
  const root = tempDir("sovereign-ai-scope-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("the mutation scope", () => {
  it("a folder holds what lies under it, a file only itself", () => {
    expect(inScope("src/score/score.ts")).toBe(true);
    expect(inScope("src/select/deep/er.ts")).toBe(true);
    expect(inScope("src/scores/x.ts")).toBe(false);
    expect(inScope("src/simulate/fast-select.ts")).toBe(true);
    expect(inScope("src/simulate/engine.ts")).toBe(false);
    expect(inScope("tests/score/score.test.ts")).toBe(false);
  });

  it("Stryker's globs name the same folders and files", () => {
    expect(MUTATE_GLOBS).toHaveLength(MUTATION_SCOPE.length);
    expect(MUTATE_GLOBS).toContain("src/analyse/**/*.ts");
    expect(MUTATE_GLOBS).toContain("src/simulate/fast-select.ts");
  });
});

describe("which test files reach the scope", () => {
  it("follows .js written for .ts, re-exports, import() and require(), through cycles; not `import type` nor packages", () => {
    const root = project({
      "src/score/core.ts": "export const x = 1;\n",
      "src/other/types.ts": "export type T = number;\n",
      "src/other/a.ts": 'import { b } from "./b.js";\nexport const a = b;\n',
      "src/other/b.ts": 'import { a } from "./a.js";\nexport { x } from "../score/core.js";\nexport const b = 1;\n',
      "src/other/lazy.ts": 'export const f = async () => (await import("./a.js")).a;\n',
      "src/score/w.cjs": "module.exports = 1;\n",
      "src/other/old.cjs": 'module.exports = require("../score/w.cjs");\n',
      "src/other/plain.cjs": 'module.exports = require("./none.cjs");\n',
      "tests/cycle.test.ts": 'import { a } from "../src/other/a.js";\n',
      "tests/lazy.test.ts": 'import { f } from "../src/other/lazy.js";\n',
      "tests/types.test.ts": 'import type { T } from "../src/other/types.js";\nimport type { x } from "../src/score/core.js";\n',
      "tests/cjs.test.ts": 'const c = require("../src/other/old.cjs");\n',
      "tests/plain.test.ts": 'import { x } from "node:fs";\nimport "../src/other/plain.cjs";\nimport { y } from "../src/missing.js";\n',
    });
    const reaches = scopeReacher(root);
    expect(reaches("tests/cycle.test.ts")).toBe(true); // a → b → a, and b re-exports the core
    expect(reaches("src/other/b.ts")).toBe(true); // asked after its cycle was walked
    expect(reaches("tests/lazy.test.ts")).toBe(true);
    expect(reaches("tests/types.test.ts")).toBe(false);
    expect(reaches("tests/cjs.test.ts")).toBe(true);
    expect(reaches("tests/plain.test.ts")).toBe(false); // packages, a missing file: nothing to follow
  });

  it("leaves out no test file whose bundle holds a file of the scope (esbuild's reading of the imports)", async () => {
    const tests = readdirSync(join(ROOT, "tests"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".test.ts"));
    const out: string[] = outOfReach(ROOT);
    // The walk must leave some out (else the check below is empty) and keep most.
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(tests.length / 2);
    expect(out).toContain("tests/render/width.test.ts");
    for (const f of out) expect((await esbuildInputs(ROOT, f)).filter(inScope), f).toEqual([]);
  });
});

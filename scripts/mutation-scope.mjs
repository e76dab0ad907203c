/**
 * The decision core that `npm run mutate` mutates (issue #20), named once: stryker.config.mjs
 * mutates it, and vitest.mutation.config.ts leaves out the test files whose imports never reach it
 * (they cannot see a mutant, and each would only lengthen the dry run and every whole-suite run).
 * A folder ends with "/"; a file is named whole. Paths are relative to the repository, with "/".
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

export const MUTATION_SCOPE = ["src/score/", "src/select/", "src/analyse/", "src/methods/", "src/simulate/fast-select.ts"];

/** Stryker's `mutate` globs for the scope. */
export const MUTATE_GLOBS = MUTATION_SCOPE.map((s) => (s.endsWith("/") ? `${s}**/*.ts` : s));

/** Is this file (relative to the repository, "/"-separated) in the scope? */
export function inScope(path) {
  return MUTATION_SCOPE.some((s) => (s.endsWith("/") ? path.startsWith(s) : path === s));
}

// `import type … from` and `export type … from`: erased when compiled, they load nothing.
const TYPE_ONLY = /\b(?:import|export)\s+type\s[^;]*?\bfrom\s*["'][^"']+["']/g;
// Static imports and re-exports, `import("…")` and `require("…")` with a literal specifier.
const SPECIFIER =
  /\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The file a relative specifier names: `x.js` written for `x.ts`, as TypeScript's ESM imports are. */
function resolveRelative(from, spec) {
  const base = join(dirname(from), spec);
  const candidates = spec.endsWith(".js") ? [`${base.slice(0, -3)}.ts`, base] : [base, `${base}.ts`, join(base, "index.ts")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * A function telling whether a file's imports, followed through every relative specifier, reach the
 * scope. Only `import type` statements are skipped; an import used only for its types
 * (`import { type X }`) is followed: counting a file in is the safe side. Packages are not followed:
 * none of them imports the repository. The import graph is read once per file and kept, so one
 * walker serves every test file; a file reaches the scope when it is in it or imports one that does.
 */
export function scopeReacher(root) {
  const imports = new Map();
  const importsOf = (abs) => {
    let out = imports.get(abs);
    if (out) return out;
    out = [];
    if (/\.(ts|mts|js|mjs|cjs)$/.test(abs))
      for (const m of readFileSync(abs, "utf8").replace(TYPE_ONLY, "").matchAll(SPECIFIER)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
        const target = spec?.startsWith(".") ? resolveRelative(abs, spec) : undefined;
        if (target) out.push(target);
      }
    imports.set(abs, out);
    return out;
  };
  const inScopeAbs = (abs) => inScope(relative(root, abs).split(sep).join("/"));
  return (file) => {
    // Depth-first over everything the file imports, stopping at the first file in the scope.
    const start = join(root, file);
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      const abs = stack.pop();
      if (inScopeAbs(abs)) return true;
      for (const next of importsOf(abs))
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
    }
    return false;
  };
}

/** The test files under tests/ (named *.test.ts) whose imports never reach the scope, in name order. */
export function outOfReach(root) {
  const reaches = scopeReacher(root);
  return readdirSync(join(root, "tests"), { recursive: true, encoding: "utf8" })
    .map((f) => `tests/${f.split(sep).join("/")}`)
    .filter((f) => f.endsWith(".test.ts") && !reaches(f))
    .sort();
}

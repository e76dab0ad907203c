/**
 * A lone clone passes: no file of the project names a folder outside the repository (the shared
 * folder beside a build machine's checkout) or an absolute path of some machine (a home, temporary
 * or workspace folder). Only test fixtures that need such a path may hold one.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const SKIP = new Set(["node_modules", "dist", ".git", "reports", "fixtures"]);
// Built from pieces so that this file does not match itself.
const OUTSIDE = new RegExp(
  ["\\.\\./" + "shared", `(^|[\\s"'(\`=])/(${["work", "home", "Users", "tmp", "root", "private/var"].join("|")})/`].join("|"),
);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name) || (name.startsWith(".") && name !== ".ci")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (statSync(p).size < 2_000_000) out.push(p);
  }
  return out;
}

describe("the repository stands alone", () => {
  const files = walk(ROOT);

  it("has files to check (the walk found the sources, data and tests)", () => {
    const rel = files.map((f) => relative(ROOT, f));
    expect(rel).toEqual(
      expect.arrayContaining([
        "package.json",
        "src/entry.ts",
        "consortia/skt.yaml",
        "sources/unicorn-2025-07-21.yaml",
        "tests/data/portable.test.ts",
      ]),
    );
  });

  it("names no folder beside the checkout and no absolute path of a machine", () => {
    const offenders = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => OUTSIDE.test(line))
        .map(({ line, i }) => `${relative(ROOT, f)}:${i + 1}: ${line.trim().slice(0, 100)}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the pattern catches what it is meant to catch", () => {
    for (const bad of ["see ../" + "shared/seed", 'path: "/' + 'work/x"', "cd /" + "home/me/x", "(/" + "tmp/abc/)", "x=/" + "Users/a/b"])
      expect(OUTSIDE.test(bad), bad).toBe(true);
    for (const ok of ["https://example.com/work/x", "node_modules/.bin", "a/work/b", "tests/fixtures/bad"])
      expect(OUTSIDE.test(ok), ok).toBe(false);
  });
});

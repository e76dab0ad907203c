import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

/** The files a bundled module loads when it is imported: its static imports, transitively. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w{},*\s$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
    staticGraph(join(dirname(file), m[1]!), seen);
  return seen;
}

/** The chunk a command's action imports, found in the bundle's entry. */
function commandChunk(name: string): string {
  const cli = join(ROOT, "dist", "cli.js");
  const m = new RegExp(`import\\(["'](\\./chunks/${name}-[A-Z0-9]+\\.js)["']\\)`).exec(readFileSync(cli, "utf8"));
  expect(m, `dist/cli.js imports the ${name} chunk`).not.toBeNull();
  return join(ROOT, "dist", m![1]!);
}

const loads = (files: Set<string>, marker: string) => [...files].filter((f) => readFileSync(f, "utf8").includes(marker));

// The bundle is built by `npm test` (pretest) and `npm run build`.
describe.runIf(existsSync(join(ROOT, "dist", "cli.js")))("start-up: what the bundle loads", () => {
  it("the program itself loads no parser, validator, table or file writer", () => {
    const files = staticGraph(join(ROOT, "dist", "cli.js"));
    for (const marker of ["LineCounter", "_zod", "mergeTableOptions", "node:crypto", "(unsaved changes)"])
      expect(loads(files, marker), marker).toEqual([]);
  });

  it.each(["score", "explain"])("%s loads neither the YAML parser nor zod unless the snapshot misses", (name) => {
    const files = staticGraph(commandChunk(name));
    expect(files.size).toBeGreaterThan(1);
    expect(loads(files, "LineCounter")).toEqual([]);
    expect(loads(files, "_zod")).toEqual([]);
    expect(loads(files, "mergeTableOptions").length, "the walk reaches the table renderer").toBeGreaterThan(0);
    // ...but it can still load them: the full loader is one dynamic import away.
    const full = /import\(["'](\.\/[\w-]+\.js)["']\)/.exec(readFileSync(commandChunk(name), "utf8"));
    expect(full).not.toBeNull();
    const fullGraph = staticGraph(join(dirname(commandChunk(name)), full![1]!));
    expect(loads(fullGraph, "LineCounter").length).toBeGreaterThan(0);
    expect(loads(fullGraph, "_zod").length).toBeGreaterThan(0);
  });

  it("an English run compiles no Korean catalogue: ko.ts is its own chunk, loaded only for Korean", () => {
    const korean = 'code:"ko"';
    expect(loads(staticGraph(join(ROOT, "dist", "cli.js")), korean)).toEqual([]);
    expect(loads(staticGraph(commandChunk("score")), korean)).toEqual([]);
    const chunks = readdirSync(join(ROOT, "dist", "chunks")).filter((f) =>
      readFileSync(join(ROOT, "dist", "chunks", f), "utf8").includes(korean),
    );
    expect(chunks).toEqual([expect.stringMatching(/^ko-[A-Z0-9]+\.js$/)]);
    const importers = readdirSync(join(ROOT, "dist", "chunks")).filter((f) =>
      readFileSync(join(ROOT, "dist", "chunks", f), "utf8").includes(`import("./${chunks[0]}")`),
    );
    expect(importers, "a dynamic import of the Korean chunk").toHaveLength(1);
  });

  it("loading the program does not load node:child_process (commander's, deferred by scripts/build.mjs) and --version still answers", () => {
    const cli = JSON.stringify(join(ROOT, "dist", "cli.js"));
    const script = `await import(${cli}); process.stdout.write(String(process.moduleLoadList.filter((m) => /child_process/.test(m)).length))`;
    expect(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } }),
    ).toBe("0");
    expect(execFileSync(process.execPath, [join(ROOT, "bin", "sovereign-ai.js"), "--version"], { encoding: "utf8" }).trim()).toMatch(
      /^\d+\.\d+\.\d+/,
    );
  });

  it("the YAML parser reads its debug switches from the environment once, not at every token (scripts/build.mjs)", () => {
    const chunks = readdirSync(join(ROOT, "dist", "chunks")).map((f) => readFileSync(join(ROOT, "dist", "chunks", f), "utf8"));
    const parser = chunks.filter((t) => t.includes("LineCounter"));
    expect(parser.length).toBeGreaterThan(0);
    for (const name of ["LOG_TOKENS", "LOG_STREAM"]) {
      // Read once into a variable at load (`x=p.env.LOG_TOKENS,` or `;`), never tested where it is read (`p.env.LOG_TOKENS&&…`).
      const reads = chunks.flatMap((t) => [...t.matchAll(new RegExp(`\\.env\\.${name}(.)`, "g"))].map((m) => m[1]));
      expect(reads.length, name).toBeGreaterThan(0);
      for (const next of reads) expect([",", ";"], name).toContain(next);
    }
  });

  it("the bundle carries the data snapshot", () => {
    const snap = JSON.parse(readFileSync(join(ROOT, "dist", "data-snapshot.json"), "utf8"));
    expect(snap.rubrics.length).toBeGreaterThan(0);
    expect(snap.consortia.length).toBeGreaterThan(0);
  });
});

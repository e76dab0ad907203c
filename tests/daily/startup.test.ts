import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../../src/load/snapshot.js";
import { ROOT, tempDir } from "../helpers/run.js";

/**
 * What a module runs when it is loaded: its static imports and requires, transitively, in the
 * source graph esbuild bundles (dynamic imports are left out: the bundle runs them only when reached).
 */
let inputs: Metafile["inputs"];
beforeAll(async () => {
  const r = await build({
    entryPoints: [join(ROOT, "src/entry.ts")],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    splitting: true,
    outdir: "unused",
    logLevel: "silent",
    alias: { "string-width": "./src/render/string-width-fast.cjs" },
  });
  inputs = r.metafile.inputs;
}, 60_000);

function loaded(from: string, seen = new Set<string>()): Set<string> {
  if (seen.has(from)) return seen;
  seen.add(from);
  for (const i of inputs[from]?.imports ?? []) if (i.kind !== "dynamic-import" && !i.external) loaded(i.path, seen);
  return seen;
}
const has = (files: Set<string>, part: string) => [...files].filter((f) => f.includes(part));

describe("start-up: what a run loads", () => {
  it("the program itself loads no parser, validator, table, file writer, Korean catalogue or tune screen", () => {
    const files = loaded("src/entry.ts");
    expect(files.size).toBeGreaterThan(5);
    for (const part of [
      "node_modules/yaml/",
      "node_modules/zod/",
      "node_modules/cli-table3/",
      "src/output/write.ts",
      "src/i18n/ko.ts",
      "src/tune/",
    ])
      expect(has(files, part), part).toEqual([]);
    // The Korean catalogue is there for Korean, one dynamic import away.
    expect(inputs["src/i18n/index.ts"]!.imports.filter((i) => i.path === "src/i18n/ko.ts").map((i) => i.kind)).toEqual(["dynamic-import"]);
  });

  it.each(["score", "explain"])("%s loads neither the YAML parser nor zod unless the snapshot misses", (name) => {
    const files = loaded(`src/commands/${name}.ts`);
    expect(has(files, "node_modules/yaml/")).toEqual([]);
    expect(has(files, "node_modules/zod/")).toEqual([]);
    expect(has(files, "node_modules/cli-table3/").length, "the walk reaches the table renderer").toBeGreaterThan(0);
    // ...but it can still load them: the full loader is one dynamic import away.
    expect(inputs[`src/commands/${name}.ts`]!.imports.some((i) => i.kind === "dynamic-import" && i.path === "src/load/contest.ts")).toBe(
      true,
    );
    const full = loaded("src/load/contest.ts");
    expect(has(full, "node_modules/yaml/").length).toBeGreaterThan(0);
    expect(has(full, "node_modules/zod/").length).toBeGreaterThan(0);
  });
});

const bundle = join(ROOT, "dist", "cli.js");
describe.runIf(existsSync(bundle))("start-up: the built program", () => {
  it("the YAML parser reads its debug switches from the environment once, not at every token (scripts/build.mjs)", () => {
    const text = readFileSync(bundle, "utf8");
    expect(text).toContain("LineCounter");
    for (const name of ["LOG_TOKENS", "LOG_STREAM"]) {
      // Read once into a variable at load (`x=p.env.LOG_TOKENS,` or `;`), never tested where it is read (`p.env.LOG_TOKENS&&…`).
      const reads = [...text.matchAll(new RegExp(`\\.env\\.${name}(.)`, "g"))].map((m) => m[1]);
      expect(reads.length, name).toBeGreaterThan(0);
      for (const next of reads) expect([",", ";"], name).toContain(next);
    }
  });

  it("the YAML composer makes no named closure for every flow scalar: keepNames's helper is not called there (scripts/build.mjs)", () => {
    const text = readFileSync(bundle, "utf8");
    // yaml names `_onError` in two places: resolveFlowScalar (hot: made for every scalar) and
    // CST.resolveAsScalar (not used here); the bundle keeps the second one's name only.
    expect(text.match(/"_onError"\)/g)).toHaveLength(1);
    expect(text).toMatch(/\{return\s*\(\w+,\w+,\w+\)=>\w+\(\w+\+\w+,\w+,\w+\)\}\w+\(\w+,"atOffset"\)/);
  });

  it("ECharts is bundled apart (dist/echarts.cjs), and report still draws its charts with it", () => {
    expect(readFileSync(bundle, "utf8")).not.toContain("registerPainter");
    expect(readFileSync(join(ROOT, "dist", "echarts.cjs"), "utf8")).toContain("registerPainter");
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "sovereign-ai.js"), "report"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", SOVEREIGN_AI_NO_CACHE: "1" },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.match(/<svg/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("the bundle is ASCII only, so V8 holds its source as one byte a character (src/sources/citation.ts)", () => {
    expect(readFileSync(bundle, "utf8").match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  });

  it("the bundle carries the data snapshot", () => {
    const snap = readSnapshot(join(ROOT, "dist", "data-snapshot.bin"));
    expect(snap?.rubrics.length).toBeGreaterThan(0);
    expect(snap?.consortia.length).toBeGreaterThan(0);
    // Every text is the bytes of its file, as the build read it.
    expect(Buffer.from(snap!.consortia[0]!.text).equals(readFileSync(join(ROOT, "consortia", snap!.consortia[0]!.name)))).toBe(true);
  });

  it("loading the program does not load node:child_process (commander's, deferred by scripts/build.mjs)", () => {
    const script = `const { loadBundle } = require(${JSON.stringify(join(ROOT, "bin", "code-cache.js"))}); loadBundle(${JSON.stringify(bundle)}, {}); process.stdout.write(String(process.moduleLoadList.filter((m) => /child_process/.test(m)).length))`;
    expect(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } })).toBe("0");
  });

  it("score written to a file loads neither node:tty, net, os nor the stream machinery (src/cli/descriptors.ts; chalk's stand-ins in scripts/build.mjs), and writes the bytes it writes to a pipe", () => {
    const dir = tempDir("sovereign-ai-out-");
    const probe = join(dir, "probe.cjs");
    writeFileSync(
      probe,
      `const { loadBundle } = require(${JSON.stringify(join(ROOT, "bin", "code-cache.js"))}); const p = loadBundle(${JSON.stringify(bundle)}, process.env, process.argv.slice(2)); process.on("exit", () => require("node:fs").writeSync(2, "loaded:" + process.moduleLoadList.filter((m) => /^NativeModule (tty|net|os|stream|internal\\/streams\\/(readable|writable))$/.test(m)).join(",") + "\\n")); void p.main(${JSON.stringify(ROOT)});`,
    );
    const env = { PATH: process.env.PATH ?? "", SOVEREIGN_AI_NO_CACHE: "1" };
    const file = join(dir, "out.txt");
    const fd = openSync(file, "w");
    const r = spawnSync(process.execPath, [probe, "score"], { cwd: ROOT, encoding: "utf8", env, stdio: ["ignore", fd, "pipe"] });
    closeSync(fd);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("loaded:\n");
    const piped = spawnSync(process.execPath, [probe, "score"], { cwd: ROOT, encoding: "utf8", env });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stderr, "a pipe is written through process.stdout").toMatch(/NativeModule net/);
    expect(readFileSync(file, "utf8")).toBe(piped.stdout);
    expect(piped.stdout).toContain("skt");
  });

  it("runs through V8's code cache: the first run writes it, the next ones use it, a corrupt one is refused and rewritten, the output is the same bytes", () => {
    const cache = tempDir("sovereign-ai-code-");
    const probe = `const { loadBundle } = require(${JSON.stringify(join(ROOT, "bin", "code-cache.js"))}); const p = loadBundle(${JSON.stringify(bundle)}, process.env, process.argv.slice(2)); process.stderr.write("cache:" + p.codeCache + "\\n"); void p.main(${JSON.stringify(ROOT)});`;
    const file = join(cache, "probe.cjs");
    writeFileSync(file, probe);
    const run = (env: Record<string, string>, more: string[] = []) => {
      const r = spawnSync(process.execPath, [file, "score", "-f", "csv", ...more], {
        cwd: ROOT,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", ...env },
      });
      expect(r.status, r.stderr).toBe(0);
      return { out: r.stdout, cache: /cache:(\w+)/.exec(r.stderr)?.[1] };
    };
    const none = run({ SOVEREIGN_AI_NO_CACHE: "1", XDG_CACHE_HOME: cache });
    expect(none.cache).toBe("off");
    expect(run({ XDG_CACHE_HOME: cache }, ["--no-cache"])).toEqual({ out: none.out, cache: "off" });
    expect(readdirSync(cache)).toEqual(["probe.cjs"]);
    const first = run({ XDG_CACHE_HOME: cache });
    expect(first.cache).toBe("none");
    const files = readdirSync(join(cache, "sovereign-ai")).filter((f) => f.startsWith("code-"));
    expect(files).toEqual([expect.stringMatching(/^code-.*\.bin$/)]);
    expect(run({ XDG_CACHE_HOME: cache })).toEqual({ out: none.out, cache: "used" });
    writeFileSync(join(cache, "sovereign-ai", files[0]!), "not a code cache");
    expect(run({ XDG_CACHE_HOME: cache })).toEqual({ out: none.out, cache: "rejected" });
    expect(run({ XDG_CACHE_HOME: cache })).toEqual({ out: none.out, cache: "used" });
    expect(first.out).toBe(none.out);
    expect(readdirSync(join(cache, "sovereign-ai")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("the code cache grows to cover the modules runs use: a cache made by score on the bundled data is rewritten by the first edited run, then kept; the output is the same bytes", () => {
    const { parseCache } = createRequire(import.meta.url)(join(ROOT, "bin", "code-cache.js")) as {
      parseCache: (b: Buffer) => { parts: string[]; data: Buffer } | undefined;
    };
    const cache = tempDir("sovereign-ai-code-");
    const rubric = join(cache, "rubric.yaml");
    const text = readFileSync(join(ROOT, "criteria", "default.yaml"), "utf8");
    expect(text).toMatch(/weight: 40\b/);
    const run = (args: string[], env: Record<string, string> = { XDG_CACHE_HOME: cache }) => {
      const r = spawnSync(process.execPath, [join(ROOT, "bin", "sovereign-ai.js"), ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", ...env },
      });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const codeFile = () => {
      const dir = join(cache, "sovereign-ai");
      const files = readdirSync(dir).filter((f) => f.startsWith("code-"));
      expect(files).toHaveLength(1);
      const buf = readFileSync(join(dir, files[0]!));
      return { parsed: parseCache(buf), bytes: buf, mtime: statSync(join(dir, files[0]!)).mtimeMs };
    };
    const plain = run(["score", "-f", "csv"], { SOVEREIGN_AI_NO_CACHE: "1" });
    expect(run(["score", "-f", "csv"])).toBe(plain);
    const first = codeFile();
    expect(first.parsed?.parts).toContain("src/commands/score.ts");
    expect(first.parsed?.parts, "the bundled data needs no full loader").not.toContain("src/load/contest.ts");
    expect(run(["score", "-f", "csv"])).toBe(plain);
    expect(codeFile().bytes.equals(first.bytes), "a run that used nothing new leaves the cache alone").toBe(true);
    const edited = (w: number) => {
      writeFileSync(rubric, text.replace(/weight: 40\b/, `weight: ${w}`));
      const args = ["score", "-f", "csv", "-r", rubric];
      const out = run([...args, "--no-cache"]);
      expect(run(args)).toBe(out);
      return out;
    };
    edited(41);
    const grown = codeFile();
    expect(grown.parsed?.parts).toContain("src/load/contest.ts");
    for (const p of first.parsed?.parts ?? []) expect(grown.parsed?.parts).toContain(p);
    expect(grown.parsed!.data.length).toBeGreaterThan(first.parsed!.data.length);
    expect(edited(42)).not.toBe(plain);
    expect(codeFile().bytes.equals(grown.bytes), "the next edited run finds what it needs").toBe(true);
    expect(run(["score", "-f", "csv"])).toBe(plain);
    expect(readdirSync(join(cache, "sovereign-ai")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a code cache file that is not one (a header out of bounds, not JSON, not names) is no cache", () => {
    const { parseCache } = createRequire(import.meta.url)(join(ROOT, "bin", "code-cache.js")) as {
      parseCache: (b: Buffer) => { parts: string[]; data: Buffer } | undefined;
    };
    const head = (json: string, n = Buffer.byteLength(json)) => {
      const len = Buffer.alloc(4);
      len.writeUInt32LE(n, 0);
      return Buffer.concat([len, Buffer.from(json), Buffer.from("v8")]);
    };
    expect(parseCache(head('["a","b"]'))).toEqual({ parts: ["a", "b"], data: Buffer.from("v8") });
    expect(parseCache(Buffer.from("not a code cache"))).toBeUndefined();
    expect(parseCache(Buffer.alloc(3))).toBeUndefined();
    expect(parseCache(head('["a"]', 100))).toBeUndefined();
    expect(parseCache(head("[1]"))).toBeUndefined();
    expect(parseCache(head('{"a":1}'))).toBeUndefined();
    expect(parseCache(head("[nope"))).toBeUndefined();
  });
});

// Bundle src/entry.ts into dist/ with esbuild: dist/cli.js, one CommonJS bundle that bin/ runs
// through V8's code cache, and the simulation's worker. Then the data snapshot (src/load/snapshot.ts):
// the bundled data validated once, so `score` on it starts without parsing YAML.
import { analyzeMetafile, build } from "esbuild";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = new URL("../dist/", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const SNAPSHOT = "dist/data-snapshot.bin";
// The cache of validated files (src/load/cache.ts) is kept per build: the version and a fingerprint of
// every source file and of the locked dependencies, so that a changed schema, rule or parser never
// reads an entry an older build wrote.
function cacheKey() {
  const h = createHash("sha256");
  const files = readdirSync(join(root, "src"), { recursive: true }).map(String).sort();
  for (const f of files) {
    if (!/\.(ts|cjs|mjs|js)$/.test(f)) continue;
    h.update(f)
      .update("\0")
      .update(readFileSync(join(root, "src", f)))
      .update("\0");
  }
  h.update(readFileSync(join(root, "package-lock.json")));
  return `${pkg.version}-${h.digest("hex").slice(0, 16)}`;
}
// Node's built-in modules through require(), not ESM imports: an ESM import of node:fs builds a
// facade of all its exports, which loads the stream machinery (a few ms at every start).
const builtinsByRequire = {
  name: "builtins-by-require",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === "import-statement" && args.namespace !== "builtin"
        ? { path: args.path, namespace: "builtin" }
        : { path: args.path, external: true },
    );
    b.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};
// commander requires node:child_process when it loads, for subcommands that are separate executables
// (this program has none); that module pulls in net, dgram and their bindings at every start. The
// bundle hands commander a stand-in that loads it on first use. The build fails if commander starts
// using more of it than `spawn`, so that the stand-in is looked at again.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.kind === "require-call" && args.namespace === "file" && /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: args.importer, namespace: "lazy-child-process" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, (args) => {
      const uses = new Set([...readFileSync(args.path, "utf8").matchAll(/childProcess\.(\w+)/g)].map((m) => m[1]));
      if ([...uses].some((u) => u !== "spawn"))
        throw new Error(`build: ${args.path} uses child_process.${[...uses].join(", ")}; scripts/build.mjs only defers spawn`);
      return { contents: 'let m; module.exports = { spawn: (...a) => (m ??= require("node:child_process")).spawn(...a) };', loader: "js" };
    });
  },
};
// chalk's supports-color imports node:tty, node:os and node:process when it loads. node:tty loads net
// and the stream machinery (a few ms at every start), only to ask whether standard output and error
// are terminals: the bundle gives it src/cli/descriptors.ts's isatty instead (the same answer, found
// with one fstat for files, pipes and /dev/null). The default imports of node:os and node:process
// made esbuild copy every property of each into a module object at load (about as much again): os
// is loaded on first use (chalk calls os.release() on Windows only) and process is the global. The
// build fails if chalk starts using more of node:tty or node:os than these.
const CHALK_BUILTINS = {
  "node:tty": { uses: ["isatty"], contents: 'import { isatty } from "./src/cli/descriptors.ts"; export default { isatty };' },
  "node:os": { uses: ["release"], contents: 'export default { release: () => require("node:os").release() };' },
  "node:process": { contents: "export default process;" },
};
const chalkBuiltins = {
  name: "chalk-builtins",
  setup(b) {
    b.onResolve({ filter: /^node:(tty|os|process)$/ }, (args) =>
      args.namespace === "file" && /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer)
        ? { path: `${args.importer}?${args.path}`, namespace: "chalk-builtins" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "chalk-builtins" }, (args) => {
      const [importer, name] = args.path.split("?");
      const { uses, contents } = CHALK_BUILTINS[name];
      if (uses) {
        const text = readFileSync(importer, "utf8");
        const local = new RegExp(`import (\\w+) from '${name}'`).exec(text)?.[1];
        const used = new Set([...text.matchAll(new RegExp(`\\b${local}\\.(\\w+)`, "g"))].map((m) => m[1]));
        if (!local || [...used].some((u) => !uses.includes(u)))
          throw new Error(
            `build: ${importer} uses ${name} (${[...used].join(", ")}); scripts/build.mjs only stands in for ${uses.join(", ")}`,
          );
      }
      return { contents, resolveDir: root, loader: "js" };
    });
  },
};
// yaml's parser reads process.env.LOG_TOKENS for every token and its composer LOG_STREAM for every
// document (debug switches of its own): a lookup in the environment each time, about a fifth of
// parsing 10,000 small files. The bundle reads them once, at load. The build fails if yaml changes
// these lines, so that the plugin is looked at again rather than silently doing nothing.
const YAML_ENV_LOOKUPS = [
  {
    file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/,
    from: "if (node_process.env.LOG_TOKENS)",
    to: "if (LOG_TOKENS)",
    head: "const LOG_TOKENS = node_process.env.LOG_TOKENS;",
  },
  {
    file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/,
    from: "if (node_process.env.LOG_STREAM)",
    to: "if (LOG_STREAM)",
    head: "const LOG_STREAM = node_process.env.LOG_STREAM;",
  },
];
const yamlEnvOnce = {
  name: "yaml-env-once",
  setup(b) {
    for (const { file, from, to, head } of YAML_ENV_LOOKUPS) {
      b.onLoad({ filter: file }, (args) => {
        const text = readFileSync(args.path, "utf8");
        const at = text.indexOf("var node_process = require('process');");
        if (!text.includes(from) || at < 0)
          throw new Error(
            `build: ${args.path} no longer reads the environment as scripts/build.mjs expects (${from}); update YAML_ENV_LOOKUPS`,
          );
        const end = text.indexOf("\n", at) + 1;
        return { contents: `${text.slice(0, end) + head}\n${text.slice(end).replaceAll(from, to)}`, loader: "js" };
      });
    }
  },
};
// keepNames (below) keeps a function's name by calling esbuild's __name helper (a defineProperty)
// wherever a named function is made, and yaml's composer makes one, `_onError`, for every flow
// scalar it resolves: 50,000 and more for 10,000 small files, about 0.2 s of a 4 s cold `score` on a
// field of 10,000 (with the functions V8 then keeps apart). The bundle makes that closure in a
// helper that returns it unnamed; the build fails if yaml changes the line.
const YAML_NAMED_CLOSURE = {
  file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]resolve-flow-scalar\.js$/,
  from: "const _onError = (rel, code, msg) => onError(offset + rel, code, msg);",
  to: "const _onError = atOffset(onError, offset);",
  tail: "function atOffset(onError, offset) {\n    return (rel, code, msg) => onError(offset + rel, code, msg);\n}\n",
};
const yamlUnnamedClosure = {
  name: "yaml-unnamed-closure",
  setup(b) {
    const { file, from, to, tail } = YAML_NAMED_CLOSURE;
    b.onLoad({ filter: file }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (text.split(from).length !== 2)
        throw new Error(`build: ${args.path} no longer makes the closure scripts/build.mjs expects (${from}); update YAML_NAMED_CLOSURE`);
      return { contents: `${text.replace(from, to)}\n${tail}`, loader: "js" };
    });
  },
};
const common = {
  plugins: [lazyChildProcess, builtinsByRequire, yamlEnvOnce, yamlUnnamedClosure],
  // cli-table3 measures every cell with string-width; this wrapper adds an ASCII fast path.
  alias: { "string-width": "./src/render/string-width-fast.cjs" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  legalComments: "none",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: "warning",
};
// Built into a fresh folder beside dist/ and swapped in at the end, so that a program or test
// running during a rebuild never finds dist/ half-written or missing.
const out = mkdtempSync(join(root, ".dist-build-"));
chmodSync(out, 0o755); // mkdtemp makes it private; dist/ must be readable by every user
process.on("exit", () => rmSync(out, { recursive: true, force: true })); // a failed build leaves nothing
const define = {
  __VERSION__: JSON.stringify(pkg.version),
  __DATA_SNAPSHOT__: JSON.stringify(SNAPSHOT),
  __CACHE_KEY__: JSON.stringify(cacheKey()),
};
// The program: one CommonJS bundle, dist/cli.js, which bin/ compiles through V8's code cache
// (bin/code-cache.js). Node 20 keeps no compiled code for ES modules, and loads each of them through
// its ES module loader (resolve, read, a package.json lookup per file); one script with a code cache
// starts in about two thirds of the CPU time of the split ES modules it replaces (docs/performance.md).
// Modules imported dynamically (a command, the full loader with YAML and zod, the report's charts,
// the Korean catalogue) still run only when reached: esbuild wraps each in a function called there.
// ECharts (src/report/echarts-lib.ts) is bundled apart, as dist/echarts.cjs beside the program,
// which requires it when `report` draws its first chart: 0.6 MB that no other command reads.
const echartsApart = {
  name: "echarts-apart",
  setup(b) {
    b.onResolve({ filter: /[\\/]echarts-lib\.js$/ }, () => ({ path: "./echarts.cjs", external: true }));
  },
};
// Every module of the program's own sources adds its name to a set when it is initialised (at load,
// or when a dynamic import first reaches it); the bundle exports the set as `parts`, and
// bin/code-cache.js rewrites the code cache when a run initialised a module the cache does not cover
// (a cache made by `score` on the bundled data holds no YAML parser). Appended at the end of the
// module, so that line numbers stay those of the source.
const PARTS = "__sovereignParts";
const partsMarked = {
  name: "parts-marked",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const rel = args.path.slice(root.length).replaceAll("\\", "/");
      return { contents: `${readFileSync(args.path, "utf8")}\n${PARTS}.add(${JSON.stringify(rel)});\n`, loader: "ts" };
    });
  },
};
const bundle = await build({
  ...common,
  plugins: [echartsApart, lazyChildProcess, chalkBuiltins, yamlEnvOnce, yamlUnnamedClosure, partsMarked],
  entryPoints: ["src/entry.ts"],
  outfile: join(out, "cli.js"),
  format: "cjs",
  // `node scripts/build.mjs --analyze`: what the bundle holds (esbuild's metafile; `npx esbuild --analyze` reads it too).
  metafile: process.argv.includes("--analyze"),
  // Less to read and compile; names kept for error messages and stack traces.
  minify: true,
  keepNames: true,
  // The file is one function expression taking CommonJS's arguments, which bin/code-cache.js compiles
  // as it is and calls: wrapping the 0.8 MB text at every start (a string concatenation that V8 then
  // copies flat) cost a garbage collection and about 1.5 ms of CPU. On its first line, so that line
  // numbers in stack traces are those of the file.
  banner: {
    js: `(function (exports, require, module, __filename, __dirname) { const __importMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } }; const ${PARTS} = new Set();`,
  },
  footer: { js: `module.exports.parts = ${PARTS};\n})` },
  // import.meta.url made when read (a file URL of dist/cli.js), not at every start.
  define: { ...define, "import.meta.url": "__importMeta.url" },
});
await build({
  ...common,
  entryPoints: ["src/report/echarts-lib.ts"],
  outfile: join(out, "echarts.cjs"),
  format: "cjs",
  minify: true,
  banner: {},
  plugins: [],
});
// The simulation's worker threads: an ES module of their own beside it.
await build({
  ...common,
  entryPoints: { "simulate-worker": "src/simulate/worker.ts" },
  outdir: out,
  minify: true,
  keepNames: true,
  define,
});

if (bundle.metafile) {
  writeFileSync(join(out, "meta.json"), JSON.stringify(bundle.metafile)); // dist/meta.json, only when asked
  if (process.argv.includes("--verbose")) console.log(await analyzeMetafile(bundle.metafile));
}

// The snapshot maker is bundled on its own, run once, and removed.
const maker = join(out, "snapshot-make.mjs");
await build({ ...common, entryPoints: ["src/load/snapshot-make.ts"], outfile: maker });
let snapshot = { rubrics: [], consortia: [], sources: [] };
const made = await import(pathToFileURL(maker).href);
try {
  snapshot = made.makeSnapshot(root);
} catch (err) {
  // Broken bundled data must not break the build: the program then reads the files the full way.
  console.warn(`build: no data snapshot (${err instanceof Error ? err.message : err}); start-up will parse the YAML`);
} finally {
  rmSync(maker, { force: true });
}
writeFileSync(join(out, SNAPSHOT.replace(/^dist\//, "")), made.encodeSnapshot(snapshot));
const target = fileURLToPath(dist);
const old = existsSync(target) ? `${out}-old` : undefined;
if (old) renameSync(target, old);
renameSync(out, target);
if (old) rmSync(old, { recursive: true, force: true });

// Bundle src/entry.ts into dist/ with esbuild: one ESM entry plus chunks loaded per command,
// so a command loads only what it needs. Then the data snapshot (src/load/snapshot.ts): the
// bundled data validated once, so `score` on it starts without parsing YAML.
import { build } from "esbuild";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = new URL("../dist/", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const SNAPSHOT = "dist/data-snapshot.json";
// Node's built-in modules through require(), not ESM imports: an ESM import of node:fs builds a
// facade of all its exports, which loads the stream machinery (a few ms at every start).
const builtinsByRequire = {
  name: "builtins-by-require",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === "import-statement" && args.namespace !== "builtin" ? { path: args.path, namespace: "builtin" } : { path: args.path, external: true },
    );
    b.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js" }));
  },
};
const common = {
  plugins: [builtinsByRequire],
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
rmSync(dist, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: "src/entry.ts", "simulate-worker": "src/simulate/worker.ts" },
  outdir: "dist",
  splitting: true,
  // Less to read and compile at every start; names kept for error messages and stack traces.
  minify: true,
  keepNames: true,
  chunkNames: "chunks/[name]-[hash]",
  define: { __VERSION__: JSON.stringify(pkg.version), __DATA_SNAPSHOT__: JSON.stringify(SNAPSHOT) },
});

// The snapshot maker is bundled on its own, run once, and removed.
const maker = new URL("snapshot-make.mjs", dist);
await build({ ...common, entryPoints: ["src/load/snapshot-make.ts"], outfile: fileURLToPath(maker) });
let snapshot = { rubrics: [], consortia: [] };
try {
  snapshot = (await import(pathToFileURL(fileURLToPath(maker)).href)).makeSnapshot(root);
} catch (err) {
  // Broken bundled data must not break the build: the program then reads the files the full way.
  console.warn(`build: no data snapshot (${err instanceof Error ? err.message : err}); start-up will parse the YAML`);
} finally {
  rmSync(maker, { force: true });
}
writeFileSync(new URL(SNAPSHOT, new URL("..", import.meta.url)), JSON.stringify(snapshot));

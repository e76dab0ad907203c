#!/usr/bin/env node
// The installed command. The program itself is dist/cli.js, one bundle (a function taking CommonJS's arguments) built by `npm ci`
// (prepare), compiled through V8's code cache (code-cache.js). This folder's package.json makes
// these files CommonJS: Node then starts them without its ES module loader.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { loadBundle } = require("./code-cache.js");

const root = join(__dirname, "..");
const bundle = join(root, "dist", "cli.js");
if (!existsSync(bundle)) {
  process.stderr.write(`sovereign-ai: the program is not built yet; run \`npm run build\` (or \`npm ci\`) in ${root}\n`);
  process.exit(70);
}
let program;
try {
  program = loadBundle(bundle, process.env, process.argv.slice(2));
} catch (err) {
  // A broken or half-written build: one line, exit 70, the stack only on request.
  const detail =
    process.env.SOVEREIGN_AI_DEBUG === "1" && err instanceof Error ? err.stack : String(err instanceof Error ? err.message : err);
  process.stderr.write(
    `sovereign-ai: internal error: cannot load ${bundle}: ${detail}\nRebuild with \`npm run build\`; if that does not help, please report it.\n`,
  );
  process.exit(70);
}
void program.main(root);

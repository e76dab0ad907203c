#!/usr/bin/env node
// The installed command. The program itself is the bundle in dist/, built by `npm ci` (prepare).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "cli.js");
if (!existsSync(bundle)) {
  process.stderr.write(`sovereign-ai: the program is not built yet; run \`npm run build\` (or \`npm ci\`) in ${root}\n`);
  process.exit(70);
}
let main;
try {
  ({ main } = await import(pathToFileURL(bundle).href));
} catch (err) {
  // A broken or half-written build: one line, exit 70, the stack only on request.
  const detail =
    process.env.SOVEREIGN_AI_DEBUG === "1" && err instanceof Error ? err.stack : String(err instanceof Error ? err.message : err);
  process.stderr.write(
    `sovereign-ai: internal error: cannot load ${bundle}: ${detail}\nRebuild with \`npm run build\`; if that does not help, please report it.\n`,
  );
  process.exit(70);
}
await main(root);

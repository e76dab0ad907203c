#!/usr/bin/env node
// The installed command. The program itself is the bundle in dist/, built by `npm ci` (prepare).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "cli.js");
if (!existsSync(bundle)) {
  process.stderr.write("sovereign-ai: the program is not built yet; run `npm run build` (or `npm ci`) in " + root + "\n");
  process.exit(70);
}
const { main } = await import(bundle);
await main(root);

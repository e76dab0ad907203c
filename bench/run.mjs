// `npm run bench`: runs every bench/*.bench.mjs in name order, each in its own process.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const f of readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n## ${f}\n`);
  execFileSync(process.execPath, [join(here, f)], { stdio: "inherit" });
}

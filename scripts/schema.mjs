// Regenerate schema/{consortium,rubric,source,review}.schema.json from the zod schemas,
// through the built program (`sovereign-ai schema KIND`), so the files hold exactly what it prints.
//   node scripts/schema.mjs          rewrite the files (npm run schema builds first)
//   node scripts/schema.mjs --check  exit 1 and name the stale files
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const stale = [];
for (const kind of ["consortium", "rubric", "source", "review"]) {
  const file = join(root, "schema", `${kind}.schema.json`);
  const text = execFileSync(process.execPath, [join(root, "bin/sovereign-ai.js"), "schema", kind], { encoding: "utf8" });
  const old = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (old === text) continue;
  stale.push(`schema/${kind}.schema.json`);
  if (!check) {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  }
}
if (check && stale.length) {
  console.error(`${stale.join(", ")} out of date (run: npm run schema)`);
  process.exit(1);
}
console.log(stale.length ? `${check ? "stale" : "updated"}: ${stale.join(", ")}` : "schema files are up to date");

// The package.json a tarball carries: this one without the `prepare` script.
//   node scripts/pack-manifest.mjs strip     (prepack)  keep a copy, write package.json without it
//   node scripts/pack-manifest.mjs restore   (postpack) put the copy back, byte for byte
// Why: `prepare` builds dist/ on `npm ci` in a checkout and on a git install, where it runs. A
// tarball already holds dist/, and npm never runs a tarball's `prepare`; but npm 11 still lists it
// as an install script "not yet covered by allowScripts" on every tarball install. Without it the
// tarball installs with no build step and no warning. If a pack fails before postpack, the next
// strip or restore puts the original back first, so package.json is never lost.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "package.json");
const kept = join(root, ".package.json.prepack");

function restore() {
  if (existsSync(kept)) renameSync(kept, file);
}

const verb = process.argv[2];
if (verb === "restore") restore();
else if (verb === "strip") {
  restore();
  const text = readFileSync(file, "utf8");
  const pkg = JSON.parse(text);
  if (pkg.scripts?.prepare !== undefined) {
    writeFileSync(kept, text);
    delete pkg.scripts.prepare;
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
} else {
  console.error("usage: node scripts/pack-manifest.mjs strip|restore");
  process.exit(2);
}

// Keep the README's examples true: every ```console block starts with `$ COMMAND` and holds the real
// output of COMMAND (run from the repository root, without colour, 80 columns wide, standard error
// merged). A block right after `<!-- in an empty folder -->` runs in a fresh, empty dist/example/.
//   node scripts/readme.mjs          rewrite the blocks in README.md
//   node scripts/readme.mjs --check  exit 1 and name the stale blocks (used by the test suite)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "README.md");
const BLOCK = /(<!-- in an empty folder -->\n)?```console\n\$ (.+)\n([\s\S]*?)```\n/g;

export function runExample(command, { emptyFolder = false } = {}) {
  const sh = command.replace(/(^|[|;&]\s*)sovereign-ai\b/g, `$1node ${JSON.stringify(join(root, "bin/sovereign-ai.js"))}`);
  let cwd = root;
  if (emptyFolder) {
    cwd = join(root, "dist", "example");
    rmSync(cwd, { recursive: true, force: true });
    mkdirSync(cwd, { recursive: true });
  }
  let out;
  try {
    out = execFileSync("sh", ["-c", `exec 2>&1\n${sh}`], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", COLUMNS: "80", SOVEREIGN_AI_DEBUG: "" },
    });
  } catch (err) {
    out = `${err.stdout ?? ""}`;
  } finally {
    if (emptyFolder) rmSync(cwd, { recursive: true, force: true });
  }
  return out.replace(/\r\n/g, "\n").replace(/\n*$/, "\n");
}

export function regenerate(text) {
  const stale = [];
  const next = text.replace(BLOCK, (whole, empty, command, body) => {
    const out = runExample(command, { emptyFolder: Boolean(empty) });
    if (out !== body) stale.push(command);
    return `${empty ?? ""}\`\`\`console\n$ ${command}\n${out}\`\`\`\n`;
  });
  return { next, stale };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(file, "utf8");
  const { next, stale } = regenerate(text);
  if (process.argv.includes("--check")) {
    if (stale.length) {
      console.error(`README.md: ${stale.length} example(s) out of date (run: npm run readme):\n` + stale.map((s) => `  ${s}`).join("\n"));
      process.exit(1);
    }
    console.log("README.md examples are up to date");
  } else {
    writeFileSync(file + ".tmp", next);
    renameSync(file + ".tmp", file);
    console.log(stale.length ? `updated ${stale.length} example(s)` : "README.md examples were up to date");
  }
}

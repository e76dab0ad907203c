// Keep the README's examples true: every ```console block starts with `$ COMMAND` and holds the real
// output of COMMAND (run from the repository root, without colour, 80 columns wide, standard error
// merged). A block right after `<!-- in an empty folder -->` runs in a fresh, empty dist/example/.
//   node scripts/readme.mjs          rewrite the blocks in README.md
//   node scripts/readme.mjs --check  exit 1 and name the stale blocks (used by the test suite)
// Each example's exit code is checked against scripts/readme-exits.json (command → code, only the
// ones that are not 0), which the rewrite keeps current: an example whose code changes is stale.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "README.md");
const exitsFile = join(root, "scripts", "readme-exits.json");
const BLOCK = /(<!-- in an empty folder -->\n)?```console\n\$ (.+)\n([\s\S]*?)```\n/g;

export function runExample(command, { emptyFolder = false } = {}) {
  // `sovereign-ai`, also after variable assignments (`LANG=ko_KR.UTF-8 sovereign-ai …`).
  const sh = command.replace(
    /(^|[|;&]\s*)((?:[A-Z_]+=\S*\s+)*)sovereign-ai\b/g,
    `$1$2node ${JSON.stringify(join(root, "bin/sovereign-ai.js"))}`,
  );
  let cwd = root;
  if (emptyFolder) {
    cwd = join(root, "dist", "example");
    rmSync(cwd, { recursive: true, force: true });
    mkdirSync(cwd, { recursive: true });
  }
  let out;
  let code = 0;
  try {
    out = execFileSync("sh", ["-c", `exec 2>&1\n${sh}`], {
      cwd,
      encoding: "utf8",
      // English unless an example asks for Korean (--lang ko, LANG=ko_KR.UTF-8): the reader's locale never leaks in.
      env: {
        ...process.env,
        NO_COLOR: "1",
        FORCE_COLOR: "",
        COLUMNS: "80",
        SOVEREIGN_AI_DEBUG: "",
        SOVEREIGN_AI_LANG: "",
        LC_ALL: "",
        LC_MESSAGES: "",
        LANG: "C.UTF-8",
      },
    });
  } catch (err) {
    out = `${err.stdout ?? ""}`;
    code = typeof err.status === "number" ? err.status : 70;
  } finally {
    if (emptyFolder) rmSync(cwd, { recursive: true, force: true });
  }
  return { out: out.replace(/\r\n/g, "\n").replace(/\n*$/, "\n"), code };
}

/** The expected exit codes (command → code; absent means 0). */
export function expectedExits() {
  return JSON.parse(readFileSync(exitsFile, "utf8"));
}

export function regenerate(text, expected = expectedExits()) {
  const stale = [];
  const exits = {};
  const next = text.replace(BLOCK, (_whole, empty, command, body) => {
    const { out, code } = runExample(command, { emptyFolder: Boolean(empty) });
    if (code !== 0) exits[command] = code;
    if (out !== body) stale.push(command);
    else if (code !== (expected[command] ?? 0)) stale.push(`${command} (exit ${code}, expected ${expected[command] ?? 0})`);
    return `${empty ?? ""}\`\`\`console\n$ ${command}\n${out}\`\`\`\n`;
  });
  return { next, stale, exits };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(file, "utf8");
  const { next, stale, exits } = regenerate(text);
  if (process.argv.includes("--check")) {
    if (stale.length) {
      console.error(`README.md: ${stale.length} example(s) out of date (run: npm run readme):\n${stale.map((s) => `  ${s}`).join("\n")}`);
      process.exit(1);
    }
    console.log("README.md examples are up to date");
  } else {
    writeFileSync(exitsFile, `${JSON.stringify(exits, null, 2)}\n`);
    writeFileSync(`${file}.tmp`, next);
    renameSync(`${file}.tmp`, file);
    console.log(stale.length ? `updated ${stale.length} example(s)` : "README.md examples were up to date");
  }
}

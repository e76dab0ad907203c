// Start-up: `sovereign-ai score` on the bundled data against `node -e 0`, as whole processes run
// side by side (alternating, so a busy machine slows both alike). Prints the medians and the ratio;
// the goal is at most 1.3. Other commands are shown for context. Measured in a clean environment
// (PATH only); when NODE_* variables are set (NODE_EXTRA_CA_CERTS makes every Node start read a
// certificate bundle), the ratio is measured with them too.
//   node bench/startup.bench.mjs [runs] [path/to/bin.js]
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.argv[2] ?? 41);
const BIN = process.argv[3] ?? join(ROOT, "bin/sovereign-ai.js");
const GOAL = 1.3;

const CLEAN = { PATH: process.env.PATH ?? "" };
let env = CLEAN;

function once(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env });
  if (r.status !== 0) throw new Error(`${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median wall times of `node -e 0` and of each command, run alternately. */
function measure(commands, runs) {
  const base = [];
  const times = commands.map(() => []);
  for (let i = 0; i < 3; i++) for (const c of [["-e", "0"], ...commands.map((c) => [BIN, ...c])]) once(c); // warm the file cache
  for (let i = 0; i < runs; i++) {
    base.push(once(["-e", "0"]));
    commands.forEach((c, k) => times[k].push(once([BIN, ...c])));
  }
  return { base: median(base), times: times.map(median) };
}

// Issue #15's edited-file cases: a copy of the default rubric with one weight changed, and the same
// with one consortium file changed as well (a copy of consortia/ and sources/ beside it).
const EDITED = mkdtempSync(join(tmpdir(), "sovereign-ai-bench-"));
const rubric = join(EDITED, "rubric.yaml");
writeFileSync(rubric, readFileSync(join(ROOT, "criteria/default.yaml"), "utf8").replace(/weight: 40\b/, "weight: 41"));
cpSync(join(ROOT, "consortia"), join(EDITED, "consortia"), { recursive: true });
cpSync(join(ROOT, "sources"), join(EDITED, "sources"), { recursive: true });
appendFileSync(join(EDITED, "consortia/skt.yaml"), "# edited\n");
const GOALS = { edited: 2.5, both: 3 };

const commands = [["score"], ["--version"], ["score", "-f", "json"], ["explain", "skt"], ["validate"], ["score", "-r", rubric], ["score", "-r", rubric, "-c", join(EDITED, "consortia")]];
const { base, times } = measure(commands, RUNS);
console.log(`node ${process.version}, ${RUNS} alternating runs each, median wall time of the whole process\n`);
console.log(`${"command".padEnd(48)} ${"ms".padStart(7)} ${"× node -e 0".padStart(12)}`);
console.log(`${"node -e 0".padEnd(48)} ${base.toFixed(1).padStart(7)} ${"1.00".padStart(12)}`);
const shown = (c) => `sovereign-ai ${c.join(" ")}`.replaceAll(EDITED, "<copy>");
commands.forEach((c, k) => console.log(`${shown(c).padEnd(48)} ${times[k].toFixed(1).padStart(7)} ${(times[k] / base).toFixed(2).padStart(12)}`));
const ratio = times[0] / base;
console.log(`\nstart-up ratio (score / node -e 0): ${ratio.toFixed(2)} (goal ≤ ${GOAL})${ratio <= GOAL ? "" : " — over the goal"}`);
const edited = times[5] / base;
const both = times[6] / base;
console.log(`one weight changed (score -r a copy): ${edited.toFixed(2)} (issue #15 goal ≤ ${GOALS.edited})${edited <= GOALS.edited ? "" : " — over the goal"}`);
console.log(`and one consortium file changed:      ${both.toFixed(2)} (issue #15 goal ≤ ${GOALS.both})${both <= GOALS.both ? "" : " — over the goal"}`);
const [l1, l5, l15] = readFileSync("/proc/loadavg", "utf8").split(" ");
console.log(`load average while measuring: ${l1} ${l5} ${l15} (1, 5, 15 min)`);
const nodeVars = Object.keys(process.env).filter((k) => k.startsWith("NODE_")).sort();
if (nodeVars.length) {
  env = process.env;
  const own = measure([["score"]], RUNS);
  console.log(`with this environment's ${nodeVars.join(", ")}: node -e 0 ${own.base.toFixed(1)} ms, score ${own.times[0].toFixed(1)} ms, ratio ${(own.times[0] / own.base).toFixed(2)}`);
}

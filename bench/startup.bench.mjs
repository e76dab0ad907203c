// Start-up: `sovereign-ai score` on the bundled data against `node -e 0`, as whole processes run
// side by side (alternating, so a busy machine slows both alike). Prints the medians and the ratios
// with their goals, and the load average. Other commands are shown for context. Measured in a clean
// environment (PATH, and XDG_CACHE_HOME pointing at a fresh temporary cache folder); when NODE_*
// variables are set (NODE_EXTRA_CA_CERTS makes every Node start read a certificate bundle), the
// ratio is measured with them too. Then the same runs' CPU time (user + system), where bash is there.
//   node bench/startup.bench.mjs [runs] [path/to/bin.js]
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.argv[2] ?? 41);
const BIN = process.argv[3] ?? join(ROOT, "bin/sovereign-ai.js");
const GOAL = 1.3;

// Issue #15's edited-file cases: a copy of the default rubric with one weight changed, and the same
// with one consortium file changed as well (a copy of consortia/ and sources/ beside it).
const EDITED = mkdtempSync(join(tmpdir(), "sovereign-ai-bench-"));
process.on("exit", () => rmSync(EDITED, { recursive: true, force: true }));
const CACHE = join(EDITED, "cache");
const CLEAN = { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: CACHE };
let env = CLEAN;

const DEFAULT = readFileSync(join(ROOT, "criteria/default.yaml"), "utf8");
const rubric = join(EDITED, "rubric.yaml");
writeFileSync(rubric, DEFAULT.replace(/weight: 40\b/, "weight: 41"));
cpSync(join(ROOT, "consortia"), join(EDITED, "consortia"), { recursive: true });
cpSync(join(ROOT, "sources"), join(EDITED, "sources"), { recursive: true });
appendFileSync(join(EDITED, "consortia/skt.yaml"), "# edited\n");
const SKT = readFileSync(join(EDITED, "consortia/skt.yaml"), "utf8");
// The fresh-edit cases rewrite their own copy (consortia-fresh/, with the same sources/ beside it).
cpSync(join(EDITED, "consortia"), join(EDITED, "consortia-fresh"), { recursive: true });
// The edit loop as people run it: a new weight (and a new consortium text) before every run, so the
// edited files are never in the cache; the others are.
const fresh = join(EDITED, "fresh.yaml");
let edits = 0;
const newWeight = () => writeFileSync(fresh, DEFAULT.replace(/weight: 40\b/, `weight: ${42 + (edits++ % 50)}`));
const newConsortium = () => {
  newWeight();
  writeFileSync(join(EDITED, "consortia-fresh/skt.yaml"), `${SKT}# edit ${edits}\n`);
};

// CPU time (user + system) of a run, through bash's `time` (milliseconds; GNU time gives only
// hundredths of a second): steadier than wall time when other jobs share the cores.
const BASH = ["/bin/bash", "/usr/bin/bash"].find((b) => existsSync(b));
let cpuMode = false;

function once({ args, before }) {
  before?.();
  const t = process.hrtime.bigint();
  const r = cpuMode
    ? spawnSync(BASH, ["-c", 'TIMEFORMAT="%3U %3S"; time "$0" "$@" > /dev/null 2> /dev/null', process.execPath, ...args], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "pipe"],
        env,
        encoding: "utf8",
      })
    : spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env });
  if (r.status !== 0) throw new Error(`${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  if (cpuMode) {
    const [user, sys] = String(r.stderr).trim().split(/\s+/).slice(-2).map(Number);
    return (user + sys) * 1000;
  }
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const NODE = { args: ["-e", "0"] };
/** Median wall times of `node -e 0` and of each command, run alternately. */
function measure(commands, runs) {
  const base = [];
  const times = commands.map(() => []);
  for (let i = 0; i < 3; i++) for (const c of [NODE, ...commands]) once(c); // warm the file cache (and the cache folder)
  for (let i = 0; i < runs; i++) {
    base.push(once(NODE));
    commands.forEach((c, k) => times[k].push(once(c)));
  }
  return { base: median(base), times: times.map(median) };
}

const cmd = (args, extra = {}) => ({
  args: [BIN, ...args],
  label: `sovereign-ai ${args.join(" ")}`.replaceAll(EDITED, "<copy>"),
  ...extra,
});
const commands = [
  cmd(["score"], { goal: 2.0, name: "score on the bundled data" }),
  cmd(["score", "-r", rubric], { goal: 2.5, name: "one weight changed (score -r a copy)" }),
  cmd(["score", "-r", rubric, "-c", join(EDITED, "consortia")], { goal: 3.0, name: "and one consortium file changed" }),
  cmd(["score", "-r", fresh], {
    before: newWeight,
    label: "… a new weight before every run",
    goal: 2.5,
    name: "a new weight at every run",
  }),
  cmd(["score", "-r", fresh, "-c", join(EDITED, "consortia-fresh")], {
    before: newConsortium,
    label: "… and a new consortium text too",
    goal: 3.0,
    name: "and a new consortium text at every run",
  }),
  cmd(["score", "-r", rubric, "--no-cache"]),
  cmd(["score", "-r", rubric, "-c", join(EDITED, "consortia"), "--no-cache"]),
  cmd(["--version"]),
  cmd(["score", "-f", "json"]),
  cmd(["explain", "skt"]),
  cmd(["validate"]),
];
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const loadBefore = load();
const { base, times } = measure(commands, RUNS);
console.log(
  `node ${process.version}, ${RUNS} alternating runs each, median wall time of the whole process; cache in a fresh temporary folder\n`,
);
console.log(`${"command".padEnd(64)} ${"ms".padStart(7)} ${"× node -e 0".padStart(12)}`);
console.log(`${"node -e 0".padEnd(64)} ${base.toFixed(1).padStart(7)} ${"1.00".padStart(12)}`);
commands.forEach((c, k) =>
  console.log(`${c.label.padEnd(64)} ${times[k].toFixed(1).padStart(7)} ${(times[k] / base).toFixed(2).padStart(12)}`),
);
console.log(
  `\nstart-up ratio (score / node -e 0): ${(times[0] / base).toFixed(2)} (goal ≤ ${GOAL})${times[0] / base <= GOAL ? "" : " — over the goal"}`,
);
console.log("issue #15 (ratio to node -e 0):");
commands.forEach((c, k) => {
  if (c.goal === undefined) return;
  const r = times[k] / base;
  console.log(`  ${`${c.name}:`.padEnd(42)} ${r.toFixed(2)} (goal ≤ ${c.goal.toFixed(1)})${r <= c.goal ? " — met" : " — over the goal"}`);
});
if (BASH) {
  cpuMode = true;
  const cpu = measure(commands, RUNS);
  cpuMode = false;
  console.log(`\nCPU time (user + system, median of ${RUNS}, through bash's time), ratio to node -e 0 (${cpu.base.toFixed(1)} ms):`);
  commands.forEach((c, k) => {
    const r = cpu.times[k] / cpu.base;
    console.log(
      `  ${c.label.padEnd(62)} ${cpu.times[k].toFixed(1).padStart(7)} ${r.toFixed(2).padStart(6)}${c.goal === undefined ? "" : ` (goal ≤ ${c.goal.toFixed(1)}${r <= c.goal ? ", met" : ", over"})`}`,
    );
  });
}
console.log(
  `load average (1, 5, 15 min): ${loadBefore} before, ${load()} after, on ${(await import("node:os")).availableParallelism()} CPUs`,
);
const nodeVars = Object.keys(process.env)
  .filter((k) => k.startsWith("NODE_"))
  .sort();
if (nodeVars.length) {
  env = { ...process.env, XDG_CACHE_HOME: CACHE };
  const own = measure([commands[0], commands[1]], RUNS);
  console.log(
    `with this environment's ${nodeVars.join(", ")}: node -e 0 ${own.base.toFixed(1)} ms, score ${own.times[0].toFixed(1)} ms (${(own.times[0] / own.base).toFixed(2)}), score -r <copy> ${own.times[1].toFixed(1)} ms (${(own.times[1] / own.base).toFixed(2)})`,
  );
}

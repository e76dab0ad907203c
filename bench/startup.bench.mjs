// Start-up: `sovereign-ai score` on the bundled data against `node -e 0`, as whole processes run
// side by side (alternating, so a busy machine slows both alike). Prints the medians and the ratio;
// the goal is at most 1.3. Other commands are shown for context. Measured in a clean environment
// (PATH only); when NODE_* variables are set (NODE_EXTRA_CA_CERTS makes every Node start read a
// certificate bundle), the ratio is measured with them too.
//   node bench/startup.bench.mjs [runs] [path/to/bin.js]
import { spawnSync } from "node:child_process";
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

const commands = [["score"], ["--version"], ["score", "-f", "json"], ["explain", "skt"], ["validate"]];
const { base, times } = measure(commands, RUNS);
console.log(`node ${process.version}, ${RUNS} alternating runs each, median wall time of the whole process\n`);
console.log(`${"command".padEnd(34)} ${"ms".padStart(7)} ${"× node -e 0".padStart(12)}`);
console.log(`${"node -e 0".padEnd(34)} ${base.toFixed(1).padStart(7)} ${"1.00".padStart(12)}`);
commands.forEach((c, k) => console.log(`${`sovereign-ai ${c.join(" ")}`.padEnd(34)} ${times[k].toFixed(1).padStart(7)} ${(times[k] / base).toFixed(2).padStart(12)}`));
const ratio = times[0] / base;
console.log(`\nstart-up ratio (score / node -e 0): ${ratio.toFixed(2)} (goal ≤ ${GOAL})${ratio <= GOAL ? "" : " — over the goal"}`);
const nodeVars = Object.keys(process.env).filter((k) => k.startsWith("NODE_")).sort();
if (nodeVars.length) {
  env = process.env;
  const own = measure([["score"]], RUNS);
  console.log(`with this environment's ${nodeVars.join(", ")}: node -e 0 ${own.base.toFixed(1)} ms, score ${own.times[0].toFixed(1)} ms, ratio ${(own.times[0] / own.base).toFixed(2)}`);
}

// A grants contest's size: 10,000 contestants × 5 criteria, generated at run time (bench/scale-field.mjs),
// each command run as a whole process; CPU time (user + system), wall time, peak memory and output size.
// Issue #13's bounds: validate ≤ 10 s, score ≤ 5 s, select ≤ 10 s, sensitivity ≤ 30 s,
// simulate --runs 10000 ≤ 60 s, each under 1 GiB, output linear in the field.
//   node bench/scale.bench.mjs [N]
import { spawnSync } from "node:child_process";
import { appendFileSync, closeSync, openSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeField } from "./scale-field.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin/sovereign-ai.js");
const n = Number(process.argv[2] ?? 10_000);
const dir = writeField(n);
// Every command without the cache of validated files (issue #15), then score three times with it: the
// first run fills the cache (in a folder of the field's own), the second answers from it, the third
// after one consortium file was edited (the other 9,999 from the record of the run before).
const commands = [
  ["validate"],
  ["score"],
  ["score", "-f", "csv"],
  ["select", "-f", "csv"],
  ["select", "-f", "json"],
  ["simulate", "--runs", "10000", "-f", "csv"],
  ["simulate", "--runs", "10000", "-f", "json"],
  ["sensitivity", "-f", "json"],
  ["score", "(cache filled)"],
  ["score", "(from the cache)"],
  ["score", "(one file edited)"],
];
console.log(`${n} contestants × 5 criteria (generated in ${dir})\n`);
console.log(
  `${"command".padEnd(34)} ${"exit".padStart(4)} ${"cpu s".padStart(7)} ${"wall s".padStart(7)} ${"MiB".padStart(6)} ${"output".padStart(10)}`,
);
for (const row of commands) {
  const cached = row[1]?.startsWith("(");
  const args = cached ? [row[0]] : row;
  const env = cached
    ? { ...process.env, XDG_CACHE_HOME: join(dir, ".cache"), SOVEREIGN_AI_NO_CACHE: "" }
    : { ...process.env, SOVEREIGN_AI_NO_CACHE: "1" };
  if (row[1] === "(one file edited)") appendFileSync(join(dir, "consortia", "t00000.yaml"), "# edited\n");
  const out = join(dir, "out.txt");
  const t = process.hrtime.bigint();
  // Standard output to a file (validate has no -o; every command writes its result there).
  const fd = openSync(out, "w");
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, BIN, ...args], {
    cwd: dir,
    env,
    encoding: "utf8",
    timeout: 600_000,
    stdio: ["ignore", fd, "pipe"],
  });
  closeSync(fd);
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const [u, s, kb] = (r.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  let size = 0;
  try {
    size = statSync(out).size;
    rmSync(out);
  } catch {}
  console.log(
    `${row.join(" ").padEnd(34)} ${String(r.status).padStart(4)} ${(u + s).toFixed(1).padStart(7)} ${wall.toFixed(1).padStart(7)} ${(kb / 1024).toFixed(0).padStart(6)} ${size.toLocaleString("en-US").padStart(10)}`,
  );
}
rmSync(dir, { recursive: true, force: true });

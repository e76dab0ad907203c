// `sovereign-ai simulate` against the numpy peer (bench/peer_numpy.py: the same simulation as a numpy user
// would write it, vectorised) on the same problem: 30 consortia × 10 criteria × 100,000 runs with a max
// quota (generated with a seed by bench/simulate-problem.mjs, written as JSON for the peer and YAML for us).
// Without python3 and numpy the peer is skipped with one line, and only sovereign-ai's figures are printed.
//
// Both programs are timed as WHOLE PROCESSES (start-up, reading the input, simulating, writing JSON),
// in the same clean environment (PATH only): that ratio is the headline. The peer also reports its own simulation-only seconds; the comparable
// figure for sovereign-ai is its whole time minus the whole time of a 1-run simulation of the same
// data (Node start-up, loading and validating the YAML): both ratios are printed. Then every
// p_selected is checked to agree within sampling error, and the growth of the time with runs,
// consortia and criteria (each ×10) is printed for both.
//   node bench/simulate.bench.mjs [--quick]     (--quick: skip the ×10 growth)
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { CLEAN_ENV, makeProblem, median, peerMissing, ROOT, runOurs, runPeer } from "./simulate-problem.mjs";

const quick = process.argv.includes("--quick");
const REPEAT = 5;
const s = (x) => `${x.toFixed(3)} s`;

/** Does every team's p_selected agree? |Δ| ≤ 4.5·√(2p(1−p)/runs) + 0.001 (two independent estimates). */
function agreement(ours, peer, runs) {
  const mine = new Map(ours.map((r) => [r.id, r.p_selected]));
  let worst = 0;
  const bad = [];
  for (const t of peer) {
    const a = mine.get(t.id);
    const p = (a + t.p_selected) / 2;
    const tol = 4.5 * Math.sqrt((2 * p * (1 - p)) / runs) + 1e-3;
    const d = Math.abs(a - t.p_selected);
    worst = Math.max(worst, d / tol);
    if (!(d <= tol)) bad.push(`${t.id}: sovereign-ai ${a} vs peer ${t.p_selected}`);
  }
  return { ok: bad.length === 0, worst, bad };
}

const missing = peerMissing();

/** sovereign-ai alone, when the peer cannot run. */
function oursOnly(label, spec, repeat) {
  const { dir } = makeProblem(spec);
  const whole = median(Array.from({ length: repeat }, () => runOurs(dir, spec.runs).wall));
  const start = median(Array.from({ length: repeat }, () => runOurs(dir, 1).wall));
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `${label}\n  whole process: sovereign-ai ${s(whole)}; simulation only ${s(Math.max(1e-3, whole - start))} (whole − ${s(start)} for 1 run)`,
  );
}

function compare(label, spec, repeat) {
  const { dir } = makeProblem(spec);
  const peer = [];
  const ours = [];
  const start = [];
  for (let i = 0; i < repeat; i++) {
    peer.push(runPeer(dir));
    ours.push(runOurs(dir, spec.runs));
    start.push(runOurs(dir, 1).wall);
  }
  const r = {
    ours: median(ours.map((x) => x.wall)),
    oursStart: median(start),
    peer: median(peer.map((x) => x.wall)),
    peerOwn: median(peer.map((x) => x.own)),
  };
  r.oursSim = Math.max(1e-3, r.ours - r.oursStart);
  rmSync(dir, { recursive: true, force: true });
  const a = agreement(ours[0].results, peer[0].teams, spec.runs);
  console.log(`${label}`);
  console.log(`  whole process:   sovereign-ai ${s(r.ours)}  peer ${s(r.peer)}  → ${(r.peer / r.ours).toFixed(2)}× faster`);
  console.log(
    `  simulation only: sovereign-ai ${s(r.oursSim)} (whole − ${s(r.oursStart)} for 1 run)  peer ${s(r.peerOwn)} (its own seconds)  → ${(r.peerOwn / r.oursSim).toFixed(2)}× faster`,
  );
  console.log(`  p_selected agree within sampling error: ${a.ok ? "yes" : "NO"} (worst |Δ| / tolerance ${a.worst.toFixed(2)})`);
  for (const b of a.bad) console.log(`    disagree: ${b}`);
  return r;
}

function defaultData() {
  const bin = join(ROOT, "bin", "sovereign-ai.js");
  const times = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, "simulate", "--runs", "10000", "-f", "json"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: CLEAN_ENV,
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const t = median(times);
  console.log(`default data, 10,000 runs, whole command: ${s(t)} (goal < 0.5 s: ${t < 0.5 ? "met" : "NOT met"})\n`);
}

console.log(
  `${cpus()[0]?.model ?? "?"}, ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()[0].toFixed(2)}; medians of ${REPEAT}.\n`,
);
defaultData();
if (missing) {
  console.log(`numpy peer skipped: ${missing} (install python3 and numpy to compare against it).`);
  oursOnly("30 consortia × 10 criteria × 100,000 runs, max quota", { teams: 30, criteria: 10, runs: 100_000 }, REPEAT);
  process.exit(0);
}
const base = compare("30 consortia × 10 criteria × 100,000 runs, max quota", { teams: 30, criteria: 10, runs: 100_000 }, REPEAT);
console.log(
  `goal ≥ 3× faster than the peer: whole process ${base.peer / base.ours >= 3 ? "met" : "NOT met"}, simulation only ${base.peerOwn / base.oursSim >= 3 ? "met" : "NOT met"}`,
);
if (!quick) {
  console.log("\nGrowth, each ×10 (one measurement each):");
  const rows = [
    ["runs ×10 (1,000,000)", { teams: 30, criteria: 10, runs: 1_000_000 }],
    ["consortia ×10 (300)", { teams: 300, criteria: 10, runs: 100_000 }],
    ["criteria ×10 (100)", { teams: 30, criteria: 100, runs: 100_000 }],
  ].map(([label, spec]) => [label, compare(label, spec, 1)]);
  console.log("\n  time relative to the 30 × 10 × 100,000 problem (simulation only):");
  for (const [label, r] of rows) {
    console.log(
      `  ${label.padEnd(22)} sovereign-ai ×${(r.oursSim / base.oursSim).toFixed(1)}   peer ×${(r.peerOwn / base.peerOwn).toFixed(1)}`,
    );
  }
}
console.log(`\nload average at the end ${loadavg()[0].toFixed(2)} (other processes on the machine slow both programs alike).`);

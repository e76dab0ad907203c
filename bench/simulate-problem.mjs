// Helpers for bench/simulate.bench.mjs: generate a problem (seeded, here in JavaScript), write it as
// problem.json for the numpy peer (bench/peer_numpy.py) and as rubric and consortium YAML files for
// sovereign-ai, and run both programs as whole processes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PEER = join(ROOT, "bench", "peer_numpy.py");
const BIN = join(ROOT, "bin", "sovereign-ai.js");

/** A small seeded generator (mulberry32): the same problem for a seed on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r3 = (x) => Math.round(x * 1000) / 1000;

/** A contest: scores [low, mode, high] on 0–10, weights around equal, three groups, a max quota on one. */
export function generate({ teams, criteria, runs, seed = 1 }) {
  const u = random(seed);
  const uniform = (a, b) => a + (b - a) * u();
  const raw = Array.from({ length: criteria }, () => uniform(0.5, 1.5));
  const sum = raw.reduce((a, b) => a + b, 0);
  const groups = ["incumbent", "challenger", "academia"];
  return {
    scale_max: 10,
    pick: 5,
    runs,
    seed,
    weight_concentration: 50,
    criteria: raw.map((w, c) => ({ id: `c${c + 1}`, weight: r3(w / sum) || 0.001 })),
    teams: Array.from({ length: teams }, (_, t) => ({
      id: `t${String(t + 1).padStart(2, "0")}`,
      group: groups[t % 3],
      scores: Object.fromEntries(
        Array.from({ length: criteria }, (_, c) => {
          const mode = uniform(2, 9);
          const spread = uniform(0, 1.5);
          return [`c${c + 1}`, [r3(Math.max(0, mode - spread)), r3(mode), r3(Math.min(10, mode + spread))]];
        }),
      ),
    })),
    quotas: [{ group: "incumbent", max: 3 }],
  };
}

/** Generate a problem and write it (problem.json and its YAML) to a temp dir. */
export function makeProblem(spec) {
  const dir = mkdtempSync(join(tmpdir(), "sovereign-ai-bench-"));
  const problem = generate(spec);
  writeFileSync(join(dir, "problem.json"), JSON.stringify(problem));
  writeYaml(problem, dir);
  return { dir, problem };
}

/** Why the numpy peer cannot run here (no python3, or no numpy), or undefined when it can. */
export function peerMissing() {
  const r = spawnSync("python3", ["-c", "import numpy"], { encoding: "utf8", env: CLEAN_ENV });
  if (r.error) return "python3 is not installed";
  if (r.status !== 0) return "python3 has no numpy";
  return undefined;
}

/** The problem as sovereign-ai data: criteria/bench.yaml and consortia/<id>.yaml. */
export function writeYaml(p, dir) {
  const crit = p.criteria
    .map((c) => `  - id: ${c.id}\n    label: Criterion ${c.id}\n    weight: ${c.weight}\n    scale: { min: 0, max: ${p.scale_max} }`)
    .join("\n");
  const quotas = p.quotas.map((q) => `    - { name: ${q.group}, kinds: [${q.group}], max: ${q.max} }`).join("\n");
  const sim = p.weight_concentration ? `simulation:\n  weight_concentration: ${p.weight_concentration}\n` : "";
  mkdirSync(join(dir, "criteria"), { recursive: true });
  mkdirSync(join(dir, "consortia"), { recursive: true });
  writeFileSync(
    join(dir, "criteria", "bench.yaml"),
    `name: Peer benchmark\ncriteria:\n${crit}\nselection:\n  teams: ${p.pick}\n${quotas ? `  quotas:\n${quotas}\n` : ""}${sim}`,
  );
  for (const t of p.teams) {
    const scores = p.criteria
      .map((c) => {
        const [lo, mode, hi] = t.scores[c.id];
        return hi > lo ? `  ${c.id}: { value: ${mode}, range: [${lo}, ${hi}] }` : `  ${c.id}: { value: ${lo} }`;
      })
      .join("\n");
    writeFileSync(
      join(dir, "consortia", `${t.id}.yaml`),
      `id: ${t.id}\nname: Team ${t.id}\nlead: { name: Lead ${t.id}, kind: ${t.group} }\nscores:\n${scores}\n`,
    );
  }
}

/**
 * Both programs run in the same clean environment (PATH only), as bench/startup.bench.mjs does:
 * e.g. NODE_EXTRA_CA_CERTS, set on some machines, adds ~40 ms to every Node start and nothing to Python's.
 */
export const CLEAN_ENV = { PATH: process.env.PATH ?? "" };

function timed(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, env: CLEAN_ENV, ...opts });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return { seconds, stdout: r.stdout, stderr: r.stderr };
}

/** The peer as a whole process; also its own seconds (simulation only). */
export function runPeer(dir) {
  const r = timed("python3", [PEER, join(dir, "problem.json")]);
  const out = JSON.parse(r.stdout);
  return { wall: r.seconds, own: out.seconds, teams: out.teams };
}

/** sovereign-ai simulate as a whole process (Node start-up, loading and validating the YAML, simulating, JSON). */
export function runOurs(dir, runs, extra = []) {
  const r = timed(
    process.execPath,
    [
      BIN,
      "simulate",
      "-r",
      join(dir, "criteria", "bench.yaml"),
      "-c",
      join(dir, "consortia"),
      "--runs",
      String(runs),
      "--seed",
      "1",
      "-f",
      "json",
      ...extra,
    ],
    { cwd: dir },
  );
  const out = JSON.parse(r.stdout);
  return { wall: r.seconds, results: out.results };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

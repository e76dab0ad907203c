// Helpers for bench/simulate.bench.mjs: generate a problem with the numpy peer, convert it to a
// rubric and consortium YAML files, and run both programs as whole processes.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PEER = join(ROOT, "..", "shared", "bench", "peer_numpy.py");
const BIN = join(ROOT, "bin", "sovereign-ai.js");

/** Generate a problem with the peer (`peer_numpy.py gen`) and write it, with its YAML, to a temp dir. */
export function makeProblem({ teams, criteria, runs, seed = 1 }) {
  const dir = mkdtempSync(join(tmpdir(), "sovereign-ai-bench-"));
  const json = execFileSync("python3", [PEER, "gen", "--teams", String(teams), "--criteria", String(criteria), "--runs", String(runs), "--seed", String(seed)], { encoding: "utf8", maxBuffer: 1 << 28 });
  const problem = JSON.parse(json);
  writeFileSync(join(dir, "problem.json"), json);
  writeYaml(problem, dir);
  return { dir, problem };
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
    writeFileSync(join(dir, "consortia", `${t.id}.yaml`), `id: ${t.id}\nname: Team ${t.id}\nlead: { name: Lead ${t.id}, kind: ${t.group} }\nscores:\n${scores}\n`);
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
  const r = timed("python3", [PEER, "run", join(dir, "problem.json")]);
  const out = JSON.parse(r.stdout);
  return { wall: r.seconds, own: out.seconds, teams: out.teams };
}

/** sovereign-ai simulate as a whole process (Node start-up, loading and validating the YAML, simulating, JSON). */
export function runOurs(dir, runs, extra = []) {
  const r = timed(process.execPath, [BIN, "simulate", "-r", join(dir, "criteria", "bench.yaml"), "-c", join(dir, "consortia"), "--runs", String(runs), "--seed", "1", "-f", "json", ...extra], { cwd: dir });
  const out = JSON.parse(r.stdout);
  return { wall: r.seconds, results: out.results };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

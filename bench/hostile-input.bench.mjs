// Hostile input is refused fast: every case of the bad-input corpus (tests/fixtures/bad) run as a
// whole process, timed against `validate` on a valid copy of the same files. The alias bomb, the
// 20 000-level nesting and the over-size file must cost no more than reading a good file does.
//   node bench/hostile-input.bench.mjs
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "tests/fixtures/bad");
const BIN = join(ROOT, "bin/sovereign-ai.js");
const REPEAT = 5;

function prepare(name) {
  const e = JSON.parse(readFileSync(join(CORPUS, name, "expect.json"), "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "sovereign-ai-bench-"));
  cpSync(join(CORPUS, name), dir, { recursive: true });
  const s = e.setup ?? {};
  for (const d of s.mkdir ?? []) mkdirSync(join(dir, d), { recursive: true });
  if (s.pad) {
    const head = readFileSync(join(dir, s.pad.file));
    const fill = Buffer.from(s.pad.with.repeat(Math.ceil(s.pad.bytes / s.pad.with.length))).subarray(0, s.pad.bytes - head.length);
    writeFileSync(join(dir, s.pad.file), Buffer.concat([head, fill]));
  }
  for (const [f, m] of Object.entries(s.chmod ?? {})) chmodSync(join(dir, f), parseInt(m, 8));
  return { dir, args: e.args, exit: e.exit, chmod: s.chmod !== undefined };
}

function time(dir, args) {
  const walls = [];
  let status;
  for (let i = 0; i < REPEAT; i++) {
    const t = process.hrtime.bigint();
    status = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, stdio: ["ignore", "ignore", "ignore"] }).status;
    walls.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  walls.sort((a, b) => a - b);
  return { ms: walls[Math.floor(REPEAT / 2)], status };
}

const baseline = time(prepare("bom-accepted").dir, ["validate"]);
console.log(`baseline: validate on a valid rubric + 1 consortium: ${baseline.ms.toFixed(0)} ms (median of ${REPEAT}, whole process)\n`);
console.log(`${"case".padEnd(28)} ${"exit".padStart(4)} ${"ms".padStart(6)} ${"vs baseline".padStart(12)}`);
let worst = { name: "", ms: 0 };
for (const name of readdirSync(CORPUS).sort()) {
  const c = prepare(name);
  if (c.chmod && process.getuid?.() === 0) {
    console.log(`${name.padEnd(28)}    (not timed: root reads chmod-000 files; tests/reliability covers it with an injected reader)`);
    continue;
  }
  const t = time(c.dir, c.args);
  if (t.status !== c.exit) console.log(`  !! ${name}: exit ${t.status}, expected ${c.exit}`);
  if (t.ms > worst.ms) worst = { name, ms: t.ms };
  console.log(
    `${name.padEnd(28)} ${String(t.status).padStart(4)} ${t.ms.toFixed(0).padStart(6)} ${`${t.ms - baseline.ms >= 0 ? "+" : ""}${(t.ms - baseline.ms).toFixed(0)} ms`.padStart(12)}`,
  );
}
console.log(`\nslowest: ${worst.name} at ${worst.ms.toFixed(0)} ms`);

// The cost of SMAA-2's confidence factors (src/simulate/smaa.ts): after the main simulation, one more
// simulation per team that ever ranks first (fixed at its central weights, on this thread; the k such
// teams share the main run count: min(10,000, runs ÷ k) each). Goal: the confidence factors add at
// most 1× the base simulation's time.
//
// Measured in one process on one thread (both parts run inline, so the ratio is not skewed by worker
// threads), on the core functions bundled from src/ by esbuild: base = plan + runs + summary;
// confidence = withConfidence. Medians of REPEAT alternating measurements, after one warm-up.
//   node bench/confidence.bench.mjs
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { makeProblem, median, ROOT } from "./simulate-problem.mjs";

const REPEAT = 5;
const GOAL = 1;

const out = join(mkdtempSync(join(tmpdir(), "sovereign-ai-confidence-")), "core.mjs");
await build({
  stdin: {
    contents: [
      'export { loadContest } from "./src/load/contest.ts";',
      'export { buildPlan } from "./src/simulate/plan.ts";',
      'export { runInline } from "./src/simulate/pool.ts";',
      'export { summarise } from "./src/simulate/summary.ts";',
      'export { withConfidence, confidenceRuns } from "./src/simulate/smaa.ts";',
    ].join("\n"),
    resolveDir: ROOT,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: out,
  logLevel: "error",
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
});
const core = await import(pathToFileURL(out).href);

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

function measure(label, contest, runs) {
  const o = {
    runs,
    seed: 2025,
    distribution: "triangular",
    weights: { kind: "dirichlet", concentration: contest.rubric.simulation?.weight_concentration ?? 30 },
  };
  const once = () => {
    let t0 = process.hrtime.bigint();
    const plan = core.buildPlan(contest, o);
    const report = core.summarise(contest, plan, core.runInline(plan, contest));
    const base = ms(t0);
    t0 = process.hrtime.bigint();
    const withConf = core.withConfidence(contest, o, report);
    const conf = ms(t0);
    return { base, conf, teams: withConf.results.filter((r) => r.confidence !== null).length };
  };
  once();
  const xs = Array.from({ length: REPEAT }, once);
  const base = median(xs.map((x) => x.base));
  const conf = median(xs.map((x) => x.conf));
  const ratio = conf / base;
  console.log(
    `${label}: base ${base.toFixed(0)} ms · confidence ${conf.toFixed(0)} ms for ${xs[0].teams} team(s) ×` +
      ` ${core.confidenceRuns(runs, xs[0].teams).toLocaleString("en")} runs → ${ratio.toFixed(2)}× the base (goal ≤ ${GOAL}×: ${ratio <= GOAL ? "met" : "NOT met"})`,
  );
  return ratio;
}

const place = { cwd: ROOT, packageRoot: ROOT };
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
const bundled = core.loadContest({}, place).contest;
for (const runs of [10_000, 100_000]) measure(`bundled data (11 consortia × 3 criteria), ${runs.toLocaleString("en")} runs`, bundled, runs);
const { dir } = makeProblem({ teams: 30, criteria: 10, runs: 100_000, seed: 1 });
const big = core.loadContest({ rubric: join(dir, "criteria", "bench.yaml"), consortia: [join(dir, "consortia")] }, place).contest;
for (const runs of [10_000, 100_000])
  measure(`30 consortia × 10 criteria (bench/simulate-problem.mjs), ${runs.toLocaleString("en")} runs`, big, runs);
rmSync(dir, { recursive: true, force: true });
rmSync(join(out, ".."), { recursive: true, force: true });

// The aggregation methods in `simulate` (issue #14: the other methods within 3× of the weighted sum's
// time per run). The same problem as simulate.bench.mjs (30 consortia × 10 criteria, a max quota),
// 100,000 runs on one thread, under each --method; the time per run is the whole process minus a
// 1-run process of the same data (start-up, loading), median of 3. The ratio to the weighted sum is
// printed with the goal (≤ 3×), and the load average, since the machine may be shared.
//   node bench/methods.bench.mjs
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { makeProblem, median, runOurs } from "./simulate-problem.mjs";

const RUNS = 100_000;
const REPEAT = 3;
const spec = { teams: 30, criteria: 10, runs: RUNS };
const { dir } = makeProblem(spec);
const perRun = {};
for (const method of ["weighted-sum", "weighted-product", "topsis"]) {
  const extra = ["--method", method, "--threads", "1"];
  const whole = median(Array.from({ length: REPEAT }, () => runOurs(dir, RUNS, extra).wall));
  const start = median(Array.from({ length: REPEAT }, () => runOurs(dir, 1, extra).wall));
  perRun[method] = Math.max(1e-9, (whole - start) / RUNS);
  console.log(
    `${method.padEnd(17)} ${(perRun[method] * 1e6).toFixed(2)} µs per run (whole ${whole.toFixed(3)} s − start-up ${start.toFixed(3)} s, ${RUNS.toLocaleString("en-US")} runs)`,
  );
}
rmSync(dir, { recursive: true, force: true });
for (const method of ["weighted-product", "topsis"]) {
  const ratio = perRun[method] / perRun["weighted-sum"];
  console.log(`${method} / weighted-sum: ${ratio.toFixed(2)}× per run (goal ≤ 3×: ${ratio <= 3 ? "met" : "NOT met"})`);
}
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} (2 cores shared: figures vary with it)`,
);

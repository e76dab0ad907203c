/**
 * The worker thread's entry (bundled as dist/simulate-worker.js): receives the plan, runs the
 * chunks it is sent into its own accumulator, and hands the accumulator back when told the work
 * is done.
 */
import { parentPort } from "node:worker_threads";
import { newAcc, type Acc } from "./accumulate.js";
import { chunkRunner, chunkRuns } from "./engine.js";
import type { Plan } from "./plan.js";
import type { WorkerReply, WorkerRequest } from "./pool.js";

const port = parentPort!;
let job: { plan: Plan; acc: Acc; run: (chunk: number) => void } | undefined;
port.on("message", (msg: WorkerRequest) => {
  if ("setup" in msg) {
    const { plan, contest } = msg.setup;
    const acc = newAcc(plan);
    job = { plan, acc, run: chunkRunner(plan, contest, acc) };
    return;
  }
  if (!job) throw new Error("simulation worker: work sent before the plan");
  if ("end" in msg) {
    const { acc } = job;
    const reply: WorkerReply = { acc };
    port.postMessage(
      reply,
      [acc.picked, acc.rankCount, acc.rankSum, acc.hist, acc.totalMin, acc.totalMax, acc.weightSum, acc.firstWeightSum].map(
        (a) => a.buffer as ArrayBuffer,
      ),
    );
    port.close();
    return;
  }
  job.run(msg.chunk);
  const reply: WorkerReply = { runs: chunkRuns(job.plan, msg.chunk) };
  port.postMessage(reply);
});

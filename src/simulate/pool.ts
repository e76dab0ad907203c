/**
 * Spread the chunks of a plan over threads: this thread and, for large simulations, worker
 * threads (one fewer than the threads wanted). Chunks are handed out one at a time to whichever
 * thread asks first; each thread keeps its own accumulator and they are merged at the end. Every
 * chunk has its own random stream and every accumulated number is an exact integer, so the result
 * is the same bits for any number of threads and any hand-out order. Small simulations run on
 * this thread alone (a worker costs ~40 ms to start). Workers can be started early, while the
 * data is still being read, so that their start-up overlaps it.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Contest } from "../model/contest.js";
import { mergeAcc, newAcc, type Acc } from "./accumulate.js";
import { chunkRunner, chunkRuns } from "./engine.js";
import type { Plan } from "./plan.js";

export type WorkerRequest = { setup: { plan: Plan; contest: Contest } } | { chunk: number } | { end: true };
export type WorkerReply = { runs: number } | { acc: Acc };

/** Rough cost of a run in nanoseconds on one core (to decide whether workers pay off). */
function runCost(plan: Plan): number {
  return 8 * plan.cellUnit.length + 3 * plan.n * plan.m + 40 * plan.n + (plan.fast ? 0 : 2000 * plan.n);
}

/** Below this much work (ms on one core), one thread is as fast as two. */
const WORKER_WORTH_MS = 120;

/** The worker's file: dist/simulate-worker.js beside the bundle (absent when running from source). */
function workerFile(): URL | undefined {
  for (const rel of ["./simulate-worker.js", "../simulate-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

const cores = () => availableParallelism();

/**
 * Never more threads than cores, whatever --threads asks: the work is CPU-bound, and each thread is
 * a whole V8 isolate (tens of MB).
 */
const maxThreads = () => cores();

/** How many threads to use: as asked (at most one per chunk), else the cores when the work is large enough. */
function threadsFor(plan: Plan, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, plan.chunks, maxThreads()));
  const ms = (plan.runs * runCost(plan)) / 1e6;
  return ms < WORKER_WORTH_MS ? 1 : Math.max(1, Math.min(cores(), plan.chunks));
}

/** Worker threads started before the plan is known; they do not keep the process alive until used. */
export class WorkerPool {
  private constructor(readonly workers: Worker[]) {}

  /** Start `threads − 1` workers (`threads` default: the cores), or none when there is no worker file. */
  static start(threads?: number): WorkerPool {
    const file = workerFile();
    const count = file ? Math.max(0, Math.min(threads ?? cores(), maxThreads()) - 1) : 0;
    const workers = Array.from({ length: count }, () => {
      const w = new Worker(file!);
      w.unref();
      w.on("error", () => {}); // reported when the worker is used
      return w;
    });
    return new WorkerPool(workers);
  }

  close(): void {
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }
}

/** Run every chunk on this thread. */
export function runInline(plan: Plan, contest: Contest, onProgress?: (done: number) => void): Acc {
  const acc = newAcc(plan);
  const runChunk = chunkRunner(plan, contest, acc);
  for (let k = 0; k < plan.chunks; k++) {
    runChunk(k);
    onProgress?.(acc.runs);
  }
  return acc;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface PoolOptions {
  /** Threads to use, this one included; default: the available cores. */
  threads?: number;
  /** Called after each chunk with the runs done so far. */
  onProgress?: (done: number) => void;
  /** Workers started early (see WorkerPool.start); closed by runPlan. */
  pool?: WorkerPool;
}

export async function runPlan(plan: Plan, contest: Contest, o: PoolOptions = {}): Promise<Acc> {
  const pool = o.pool ?? (threadsFor(plan, o.threads) > 1 ? WorkerPool.start(threadsFor(plan, o.threads)) : undefined);
  const workers = pool ? pool.workers.slice(0, threadsFor(plan, o.threads) - 1) : [];
  try {
    if (workers.length === 0) return runInline(plan, contest, o.onProgress);
    let next = 0;
    let done = 0;
    const progress = (runs: number) => {
      done += runs;
      o.onProgress?.(done);
    };
    // Each worker keeps two chunks queued, so it never waits while this thread is busy with one.
    const drive = (w: Worker): Promise<Acc> =>
      new Promise((resolve, reject) => {
        let pending = 0;
        const send = () => {
          if (next < plan.chunks) {
            w.postMessage({ chunk: next++ } satisfies WorkerRequest);
            pending++;
          }
          if (pending === 0) w.postMessage({ end: true } satisfies WorkerRequest);
        };
        w.on("message", (msg: WorkerReply) => {
          if ("acc" in msg) return resolve(msg.acc);
          pending--;
          progress(msg.runs);
          send();
        });
        w.on("error", reject);
        w.on("exit", (code) => reject(new Error(`simulation worker stopped (exit code ${code})`)));
        w.ref();
        w.postMessage({ setup: { plan, contest } } satisfies WorkerRequest);
        send();
        send();
      });
    const fromWorkers = workers.map(drive);
    // A worker that fails while this thread is busy is reported below, not as an unhandled rejection.
    for (const p of fromWorkers) p.catch(() => {});
    const mine = newAcc(plan);
    const runChunk = chunkRunner(plan, contest, mine);
    while (next < plan.chunks) {
      const k = next++;
      runChunk(k);
      progress(chunkRuns(plan, k));
      await tick();
    }
    for (const a of await Promise.all(fromWorkers)) mergeAcc(mine, a);
    return mine;
  } finally {
    pool?.close();
  }
}

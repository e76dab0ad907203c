/**
 * `--watch`: run the command, then again whenever an input changes, until Ctrl-C (exit 130). The
 * folders holding the inputs are watched (fs.watch), not the files, since editors that save by
 * rename replace the file; a burst of events is one run (debounced), and a run happens only when a
 * file's content really changed. A data error is shown and watching goes on.
 */
import { en, type Messages } from "../i18n/en.js";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, watch, type FSWatcher } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { IO } from "../cli/io.js";
import type { CommonOptions } from "../commands/options.js";
import type { CommandResult } from "../commands/context.js";
import { DataError, formatProblems, UsageError } from "../errors.js";
import { writeAtomic } from "../output/write.js";
import { changedFiles, debouncer, moved, type Standing } from "./core.js";

/** Exit code after Ctrl-C, as shells report a SIGINT. */
export const INTERRUPTED = 130;
/** Quiet time after the last file event before a run. */
const QUIET_MS = 150;

export interface WatchJob {
  /** One run of the command. */
  run(): Promise<CommandResult>;
  /** The ranking the run rests on, for "what moved" (undefined when the command has none). */
  standing(): Promise<Standing | undefined>;
  /** The folders and files to watch, found from the options (also when a run fails). */
  paths(): string[];
  /** How the user ran it, for the header. */
  label: string;
}

const DATA = /\.(ya?ml|csv)$/i;

/** Every data file under the watched paths (one level: folders' own files), with a content hash; `skip` is left out. */
function look(paths: readonly string[], skip?: string): Map<string, string> {
  const out = new Map<string, string>();
  const add = (file: string) => {
    if (skip !== undefined && resolve(file) === skip) return; // the file -o writes is an output, not an input
    try {
      out.set(file, createHash("sha1").update(readFileSync(file)).digest("hex"));
    } catch {
      // Gone between listing and reading: the next event looks again.
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) if (DATA.test(name)) add(join(p, name));
    } else add(p);
  }
  return out;
}

/** The folders to put watchers on: each path's own folder if it is one, else its parent. */
function folders(paths: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    const dir = existsSync(p) && statSync(p).isDirectory() ? p : dirname(p);
    if (existsSync(dir)) dirs.add(dir);
  }
  return [...dirs].sort();
}

const CLEAR = "\x1b[H\x1b[2J";

export async function watchLoop(io: IO, opts: CommonOptions, job: WatchJob, m: Messages = en): Promise<number> {
  const w = m.watch;
  const toFile = opts.output !== undefined && opts.output !== "-";
  if (!toFile && !io.stdoutIsTTY) throw new UsageError({ code: "watch-terminal" });
  if (opts.rubric === "-" || opts.consortia?.includes("-")) throw new UsageError({ code: "watch-stdin" });
  let previous: Standing | undefined;
  let count = 0;
  const once = async (why: string) => {
    count++;
    const head = w.head({ label: job.label, run: count, why });
    try {
      const result = await job.run();
      const now = await job.standing().catch(() => undefined);
      const change = previous && now ? moved(previous, now, m) : undefined;
      if (now) previous = now;
      if (toFile) {
        writeAtomic(resolve(io.cwd, opts.output!), result.text, result.inputs, opts.output, io.guardTemp);
        io.stderr.write(`${w.wrote({ head, output: opts.output!, change: change ?? null })}\n`);
      } else io.stdout.write(`${CLEAR}${result.text}\n${w.stops({ head })}\n${change ? `${change}\n` : ""}`);
    } catch (err) {
      if (!(err instanceof DataError || err instanceof UsageError)) throw err;
      const text =
        err instanceof DataError
          ? formatProblems(err.problems, m.problems)
          : `${m.problems.error}: ${err.said ? m.usage.say(err.said) : err.message}`;
      if (toFile) io.stderr.write(`${w.notWritten({ head })}\n${text}\n`);
      else io.stdout.write(`${CLEAR}${w.stops({ head })}\n${w.errors}\n\n${text}\n`);
    }
  };
  // Look and watch before the first run, so a save during (or right after) it is never missed.
  const written = toFile ? resolve(io.cwd, opts.output!) : undefined;
  let seen = look(job.paths(), written);
  return new Promise<number>((resolvePromise, reject) => {
    let running = true;
    let again = false;
    const watchers: FSWatcher[] = [];
    const check = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const now = look(job.paths(), written);
        const changed = changedFiles(seen, now);
        seen = now;
        if (changed.length > 0) {
          await once(
            w.after({ what: changed.length === 1 ? relative(io.cwd, changed[0]!) || changed[0]! : w.files({ n: changed.length }) }),
          );
          rewatch();
        }
      } catch (err) {
        stop();
        reject(err);
        return;
      } finally {
        running = false;
      }
      if (again) {
        again = false;
        void check();
      }
    };
    const d = debouncer(QUIET_MS, () => void check(), { set: setTimeout, clear: clearTimeout });
    let watched = "";
    const rewatch = () => {
      // A new folder (a rubric moved, --sources created) is watched from the next run on.
      const dirs = folders(job.paths());
      if (dirs.join("\n") === watched) return;
      for (const w of watchers.splice(0)) w.close();
      watched = dirs.join("\n");
      for (const dir of dirs) {
        try {
          watchers.push(watch(dir, () => d.poke()));
        } catch {
          // A folder that cannot be watched (gone, no permission) is looked at on the other folders' events.
        }
      }
    };
    const stop = () => {
      d.cancel();
      for (const w of watchers.splice(0)) w.close();
      offInterrupt?.();
    };
    rewatch();
    const offInterrupt = io.onInterrupt?.(() => {
      stop();
      resolvePromise(INTERRUPTED);
    });
    once("").then(
      () => {
        running = false;
        if (again) {
          again = false;
          void check();
        }
      },
      (err: unknown) => {
        stop();
        reject(err);
      },
    );
  });
}

/**
 * `sovereign-ai tune`: a full-screen editor for a rubric's weights. The state and the screen are pure
 * (tune/state.ts, tune/frame.ts, tune/view.ts); this is the loop that reads keys from the terminal
 * the IO offers, redraws, and saves into the rubric file (tune/save.ts) when asked.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { IO, Terminal } from "../cli/io.js";
import { dataOptions, type CommonOptions } from "./options.js";
import { UsageError } from "../errors.js";
import { loadContest, resolveRubricPath } from "../load/contest.js";
import type { Contest } from "../model/contest.js";
import { writeAtomic } from "../output/write.js";
import { frame } from "../tune/frame.js";
import { withWeights } from "../tune/save.js";
import { failed, initialState, isDirty, press, saved, type TuneState } from "../tune/state.js";
import { view } from "../tune/view.js";
import { place, type CommandResult, type RunContext } from "./context.js";

/** Exit code after Ctrl-C, as shells report a SIGINT. */
export const INTERRUPTED = 130;

// Alternate screen and hidden cursor while the editor runs; both restored at the end.
const ENTER = "\x1b[?1049h\x1b[?25l";
const LEAVE = "\x1b[?25h\x1b[?1049l";

export async function runTune(ctx: RunContext, opts: CommonOptions): Promise<CommandResult> {
  if (opts.rubric === "-") throw new UsageError({ code: "tune-stdin" });
  const terminal = ctx.io.terminal;
  if (!terminal || !ctx.io.stdoutIsTTY) throw new UsageError({ code: "tune-terminal" });
  const where = place(ctx);
  const { contest } = loadContest(dataOptions(opts), where);
  const path = resolveRubricPath(opts.rubric, where);
  const shown = relative(ctx.io.cwd, path) || path;
  const start = initialState(
    contest.criteria.map((c) => c.id),
    contest.criteria.map((c) => c.weight),
  );
  const end = await loop(ctx, terminal, contest, start, path, shown);
  const flags = end.state.weights.map((w, i) => `-w ${end.state.ids[i]}=${w}`).join(" ");
  const text = isDirty(end.state) ? `${ctx.m.tune.unsaved({ flags })}\n` : "";
  return { text, inputs: [], ...(end.code !== 0 ? { exitCode: end.code } : {}) };
}

function save(state: TuneState, path: string, shown: string, io: IO): TuneState {
  try {
    const r = withWeights(readFileSync(path, "utf8"), new Map(state.ids.map((id, i) => [id, state.weights[i]!])));
    if (!r.ok) return failed(state, r.failure);
    writeAtomic(path, r.text, [], shown, io.guardTemp);
    return saved(state, shown);
  } catch (err) {
    const said = err instanceof UsageError ? (err.said ?? null) : null;
    return failed(state, { code: "write", said, detail: err instanceof Error ? err.message : String(err) });
  }
}

function loop(
  ctx: RunContext,
  terminal: Terminal,
  contest: Contest,
  start: TuneState,
  path: string,
  shown: string,
): Promise<{ state: TuneState; code: number }> {
  const io = ctx.io;
  let state = start;
  const draw = () => {
    const size = terminal.size();
    const lines = view(state, frame(contest, state.base, state.weights, state.cursor), { ...size, file: shown }, ctx.m);
    io.stdout.write(`\x1b[H${lines.map((l) => `${l}\x1b[K`).join("\r\n")}\x1b[J`);
  };
  io.stdout.write(ENTER);
  draw();
  return new Promise((resolve) => {
    const finish = (code: number) => {
      stopKeys();
      stopResize();
      io.stdout.write(LEAVE);
      resolve({ state, code });
    };
    const stopResize = terminal.onResize(draw);
    const stopKeys = terminal.keys((key) => {
      const step = press(state, key);
      state = step.state;
      if (step.effect === "interrupt") return finish(INTERRUPTED);
      if (step.effect === "quit") return finish(0);
      if (step.effect === "save") state = save(state, path, shown, io);
      draw();
    });
  });
}

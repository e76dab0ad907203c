/**
 * `tune`'s state and what each key does to it: a pure reducer. The shell (commands/tune.ts) feeds it
 * key presses and carries out the effect it asks for (save, quit); nothing here reads or writes.
 */

import type { Key } from "../cli/io.js";
import type { SaveFailure } from "./save.js";

export type { Key };

export interface TuneState {
  /** Criterion ids, in rubric order. */
  readonly ids: readonly string[];
  /** The rubric file's own relative weights (after a save, the saved ones). */
  readonly base: readonly number[];
  /** The weights on screen (relative, as in the file). */
  readonly weights: readonly number[];
  /** The chosen criterion. */
  readonly cursor: number;
  /** A question waiting for y/n. */
  readonly prompt?: "save" | "quit";
  /** What the status bar says (worded by the catalogue's `tune.notes`). */
  readonly note?: TuneNote;
}

/** The status bar's line, as data: the catalogues word it in each language. */
export type TuneNote =
  | { readonly code: "saved"; readonly file: string }
  | { readonly code: "not-saved"; readonly failure: SaveFailure }
  | { readonly code: "declined" }
  | { readonly code: "stayed" }
  | { readonly code: "reset" }
  | { readonly code: "min-weight" };

/** What the shell must do after a key: write the weights to the file, or end the screen. */
export type Effect = "save" | "quit" | "interrupt";

export interface Step {
  readonly state: TuneState;
  readonly effect?: Effect;
}

export function initialState(ids: readonly string[], weights: readonly number[]): TuneState {
  return { ids, base: [...weights], weights: [...weights], cursor: 0 };
}

export function isDirty(s: TuneState): boolean {
  return s.weights.some((w, i) => w !== s.base[i]);
}

/** After a successful save: the file now holds the weights on screen. */
export function saved(s: TuneState, file: string): TuneState {
  return { ids: s.ids, base: [...s.weights], weights: s.weights, cursor: s.cursor, note: { code: "saved", file } };
}

/** After a failed save: the weights stay unsaved, and the reason is shown. */
export function failed(s: TuneState, failure: SaveFailure): TuneState {
  return { ...without(s), note: { code: "not-saved", failure } };
}

/** The state without a prompt or note (both last one key). */
function without(s: TuneState): TuneState {
  return { ids: s.ids, base: s.base, weights: s.weights, cursor: s.cursor };
}

// Relative weights are edited in whole steps; rounding keeps 0.1 + 1 from drifting to 1.1000000000000001.
const round = (x: number) => Math.round(x * 1e9) / 1e9;

function setWeight(s: TuneState, value: number): TuneState {
  const next = s.weights.map((w, i) => (i === s.cursor ? Math.max(0, round(value)) : w));
  if (next.every((w) => w === 0)) return { ...s, note: { code: "min-weight" } };
  return { ...s, weights: next };
}

/** One key press: the next state, and what the shell must do, if anything. */
export function press(state: TuneState, key: Key): Step {
  if (key.ctrl && key.name === "c") return { state, effect: "interrupt" };
  const s = without(state);
  const ch = key.sequence ?? "";
  if (state.prompt) {
    const yes = key.name === "y" || ch === "y" || ch === "Y";
    if (!yes) return { state: { ...s, note: { code: state.prompt === "save" ? "declined" : "stayed" } } };
    return { state: s, effect: state.prompt };
  }
  const n = s.ids.length;
  const current = s.weights[s.cursor]!;
  switch (key.name) {
    case "up":
    case "k":
      return { state: { ...s, cursor: (s.cursor + n - 1) % n } };
    case "down":
    case "j":
      return { state: { ...s, cursor: (s.cursor + 1) % n } };
    case "left":
      return { state: setWeight(s, current - (key.shift ? 5 : 1)) };
    case "right":
      return { state: setWeight(s, current + (key.shift ? 5 : 1)) };
    case "r":
      return { state: { ...s, weights: [...s.base], note: { code: "reset" } } };
    case "s":
      return { state: { ...s, prompt: "save" } };
    case "q":
    case "escape":
      return isDirty(s) ? { state: { ...s, prompt: "quit" } } : { state: s, effect: "quit" };
  }
  // Keys readline does not name: 0, and < > for terminals whose Shift+arrow does not reach us.
  if (ch === "0") return { state: setWeight(s, 0) };
  if (ch === "<") return { state: setWeight(s, current - 5) };
  if (ch === ">") return { state: setWeight(s, current + 5) };
  return { state: s };
}

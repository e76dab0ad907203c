/**
 * The words of `tune`'s screen (src/tune/view.ts) and of what it says when it ends: labels, the key
 * line, the questions and the status bar's notes; ko-tune.ts has the same, in Korean.
 */
import type { SaveFailure } from "../tune/save.js";
import type { TuneNote } from "../tune/state.js";
import type { UsageSaid } from "../usage.js";
import type { TextsFor } from "./en.js";

/** What each form is told: the writer's usage errors are worded by the caller's catalogue. */
export interface TuneWords {
  readonly say: (s: UsageSaid) => string;
}

const failure: TextsFor<SaveFailure, TuneWords> = {
  "no-parse": (p) => `the file no longer parses (${p.detail})`,
  "no-criteria": () => "the file has no criteria list",
  "no-weight": (p) => `criterion ${p.id} has no weight to replace`,
  "missing-criteria": (p) => `the file no longer has the criteria ${p.ids.join(", ")}`,
  write: (p) => (p.said ? p.say(p.said) : p.detail),
};

const notes: TextsFor<TuneNote, TuneWords> = {
  saved: (p) => `saved to ${p.file}`,
  "not-saved": (p) => `not saved: ${(failure[p.failure.code] as (x: SaveFailure & TuneWords) => string)({ ...p.failure, say: p.say })}`,
  declined: () => "not saved",
  stayed: () => "still here",
  reset: () => "reset to the file's weights",
  "min-weight": () => "at least one weight must stay above 0",
};

export const tune = {
  /** The screen's first line. */
  title: (p: { file: string; dirty: boolean }) => `sovereign-ai tune: ${p.file}${p.dirty ? " (unsaved changes)" : ""}`,
  /** The key line at the bottom (80 columns at most). */
  keys: "↑↓ criterion  ←→ ±1  Shift+←→ or < > ±5  0 zero  r reset  s save  q quit",
  /** The sliders' head: the criterion, its relative weight as in the file, its share of the total. */
  head: { criterion: "criterion", weight: "weight", share: "share", team: "team", total: "total", moved: "moved" },
  /** What a ranking row's marks mean (under the ranking). */
  legend: "✔ picked · 5= tied · ↑↓ places moved",
  /** A row that is picked now and was not with the file's weights, or the other way. */
  entered: "new",
  left: "out",
  more: (p: { n: number }) => `… ${p.n} more`,
  changes: (p: { id: string }) => `${p.id}: the picked set changes`,
  noChangeDown: "no change down to 0",
  noChangeUp: "no change up to 100 %",
  /** A tipping point: the relative weight, its share, who enters (+) and leaves (-). */
  tickDown: (p: { weight: string; pct: string; who: string }) => `↓ at ${p.weight} (${p.pct} %): ${p.who}`,
  tickUp: (p: { weight: string; pct: string; who: string }) => `↑ at ${p.weight} (${p.pct} %): ${p.who}`,
  savePrompt: (p: { file: string }) => `save to ${p.file}? (y/n)`,
  quitPrompt: "quit without saving? (y/n)",
  note: (n: TuneNote, say: (s: UsageSaid) => string): string => (notes[n.code] as (x: TuneNote & TuneWords) => string)({ ...n, say }),
  /** Printed after the screen closes with weights left unsaved. */
  unsaved: (p: { flags: string }) => `not saved; these weights as options: ${p.flags}`,
};

/**
 * `--watch`'s pure core: which files changed between two looks at the inputs, a debouncer for bursts
 * of file events (timers passed in), and what moved in the ranking since the last run.
 */
import { en, type Messages } from "../i18n/en.js";

/** Paths whose content fingerprint differs between two looks (added, removed or changed), sorted. */
export function changedFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const [path, print] of after) if (before.get(path) !== print) out.add(path);
  for (const path of before.keys()) if (!after.has(path)) out.add(path);
  return [...out].sort();
}

export interface Timers<H> {
  set(fn: () => void, ms: number): H;
  clear(handle: H): void;
}

/** Calls `fire` once `quietMs` have passed without another `poke`: a burst of saves is one run. */
export function debouncer<H>(quietMs: number, fire: () => void, timers: Timers<H>): { poke(): void; cancel(): void } {
  let handle: H | undefined;
  const cancel = () => {
    if (handle !== undefined) timers.clear(handle);
    handle = undefined;
  };
  return {
    poke() {
      cancel();
      handle = timers.set(() => {
        handle = undefined;
        fire();
      }, quietMs);
    },
    cancel,
  };
}

/** A run's standing: team ids in rank order, and the picked ones. */
export interface Standing {
  readonly order: readonly string[];
  readonly picked: readonly string[];
}

/** What moved between two runs, in one line: places (↑2, ↓1), newly picked, dropped, teams added or gone. */
export function moved(before: Standing, after: Standing, m: Messages = en): string {
  const w = m.watch;
  const was = new Map(before.order.map((id, i) => [id, i]));
  const is = new Set(after.order);
  const places = after.order.flatMap((id, i) => {
    const j = was.get(id);
    if (j === undefined || j === i) return [];
    return [`${id} ${j > i ? "↑" : "↓"}${Math.abs(j - i)}`];
  });
  const pickedBefore = new Set(before.picked);
  const pickedNow = new Set(after.picked);
  const parts = [
    places.length ? places.join(", ") : "",
    listed(
      w.newlyPicked,
      after.picked.filter((id) => !pickedBefore.has(id)),
    ),
    listed(
      w.dropped,
      before.picked.filter((id) => !pickedNow.has(id)),
    ),
    listed(
      w.added,
      after.order.filter((id) => !was.has(id)),
    ),
    listed(
      w.gone,
      before.order.filter((id) => !is.has(id)),
    ),
  ].filter((p) => p !== "");
  return w.moved({ parts });
}

const listed = (label: string, ids: readonly string[]) => (ids.length ? `${label}: ${ids.join(", ")}` : "");

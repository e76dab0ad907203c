import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedFiles, debouncer, moved, type Timers } from "../../src/watch/core.js";

/** Timers on a hand-moved clock: nothing here waits for real time. */
function manualClock() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers<number> = {
    set: (fn, ms) => {
      pending.set(++next, { at: now + ms, fn });
      return next;
    },
    clear: (h) => void pending.delete(h),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [h, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        pending.delete(h);
        t.fn();
      }
    }
  };
  return { timers, advance };
}

describe("--watch: change detection", () => {
  it("names added, removed and changed files, and nothing when only the order of looking differs", () => {
    const a = new Map([
      ["x.yaml", "1"],
      ["y.yaml", "2"],
      ["z.yaml", "3"],
    ]);
    const b = new Map([
      ["z.yaml", "3"],
      ["y.yaml", "9"],
      ["w.yaml", "4"],
    ]);
    expect(changedFiles(a, b)).toEqual(["w.yaml", "x.yaml", "y.yaml"]);
    expect(changedFiles(a, new Map([...a].reverse()))).toEqual([]);
  });

  it("is empty exactly when the two looks are equal", () => {
    const look = fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.constantFrom("1", "2"));
    fc.assert(
      fc.property(look, look, (x, y) => {
        const a = new Map(Object.entries(x));
        const b = new Map(Object.entries(y));
        const same = a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
        expect(changedFiles(a, b).length === 0).toBe(same);
      }),
      { seed: 15 },
    );
  });
});

describe("--watch: debouncing", () => {
  it("a burst of events is one run, after the quiet time", () => {
    const { timers, advance } = manualClock();
    let fired = 0;
    const d = debouncer(100, () => fired++, timers);
    d.poke();
    advance(60);
    d.poke();
    advance(60);
    d.poke();
    advance(99);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
    advance(1000);
    expect(fired).toBe(1);
    d.poke();
    advance(100);
    expect(fired).toBe(2);
  });

  it("cancel drops a pending run", () => {
    const { timers, advance } = manualClock();
    let fired = 0;
    const d = debouncer(50, () => fired++, timers);
    d.poke();
    d.cancel();
    advance(500);
    expect(fired).toBe(0);
  });
});

describe("--watch: what moved since the last run", () => {
  const before = { order: ["a", "b", "c", "d"], picked: ["a", "b"] };
  it("places up and down, newly picked, dropped", () => {
    expect(moved(before, { order: ["c", "a", "b", "d"], picked: ["c", "a"] })).toBe(
      "since the last run: c ↑2, a ↓1, b ↓1; newly picked: c; dropped: b",
    );
  });
  it("teams added and gone", () => {
    expect(moved(before, { order: ["a", "b", "e", "c"], picked: ["a", "b"] })).toBe("since the last run: c ↓1; new: e; gone: d"); // c was 3rd, is 4th;
  });
  it("nothing moved", () => {
    expect(moved(before, before)).toBe("since the last run: nothing moved");
  });
});

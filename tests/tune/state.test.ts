import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialState, isDirty, press, saved, type Key, type TuneState } from "../../src/tune/state.js";

const k = (name: string, extra: Partial<Key> = {}): Key => ({ name, sequence: name.length === 1 ? name : "", ...extra });
const ch = (sequence: string): Key => ({ sequence });
const run = (s: TuneState, keys: Key[]) => keys.reduce((st, key) => press(st, key).state, s);
const start = () => initialState(["a", "b", "c"], [40, 35, 25]);

describe("tune: what each key does", () => {
  it("↑/↓ choose a criterion, wrapping round", () => {
    expect(run(start(), [k("down")]).cursor).toBe(1);
    expect(run(start(), [k("up")]).cursor).toBe(2);
    expect(run(start(), [k("down"), k("down"), k("down")]).cursor).toBe(0);
  });

  it("←/→ change the chosen weight by 1, with Shift (or < >) by 5; 0 sets it to 0", () => {
    expect(run(start(), [k("right")]).weights).toEqual([41, 35, 25]);
    expect(run(start(), [k("down"), k("left", { shift: true })]).weights).toEqual([40, 30, 25]);
    expect(run(start(), [k("down"), k("down"), ch(">"), ch(">"), ch("<")]).weights).toEqual([40, 35, 30]);
    expect(run(start(), [ch("0")]).weights).toEqual([0, 35, 25]);
  });

  it("a weight stops at 0, and the last weight above 0 cannot go", () => {
    const s = run(initialState(["a", "b"], [2, 0]), [k("left", { shift: true })]);
    expect(s.weights).toEqual([2, 0]);
    expect(s.note).toEqual({ code: "min-weight" });
    expect(run(initialState(["a", "b"], [3, 1]), [k("down"), k("left", { shift: true })]).weights).toEqual([3, 0]);
  });

  it("r resets to the file's weights", () => {
    const s = run(start(), [k("right"), k("down"), ch("0"), k("r")]);
    expect(s.weights).toEqual([40, 35, 25]);
    expect(isDirty(s)).toBe(false);
  });

  it("s asks, y saves, anything else does not", () => {
    const asked = run(start(), [k("right"), k("s")]);
    expect(asked.prompt).toBe("save");
    expect(press(asked, k("y")).effect).toBe("save");
    const no = press(asked, k("n"));
    expect(no.effect).toBeUndefined();
    expect(no.state.prompt).toBeUndefined();
    expect(no.state.weights).toEqual([41, 35, 25]);
  });

  it("q quits at once when nothing is unsaved (also right after a save), else asks", () => {
    expect(press(start(), k("q")).effect).toBe("quit");
    const dirty = run(start(), [k("right")]);
    const asked = press(dirty, k("q"));
    expect(asked.effect).toBeUndefined();
    expect(asked.state.prompt).toBe("quit");
    expect(press(asked.state, k("y")).effect).toBe("quit");
    expect(press(saved(dirty, "r.yaml"), k("q")).effect).toBe("quit");
  });

  it("Ctrl-C interrupts, even at a prompt", () => {
    expect(press(start(), k("c", { ctrl: true })).effect).toBe("interrupt");
    expect(press(run(start(), [k("s")]), k("c", { ctrl: true })).effect).toBe("interrupt");
  });

  it("any keys: weights stay ≥ 0, never all 0, the cursor in range; → then ← is no change above 1", () => {
    const keys = fc.constantFrom(
      k("up"),
      k("down"),
      k("left"),
      k("right"),
      k("left", { shift: true }),
      k("right", { shift: true }),
      ch("0"),
      k("r"),
      ch("<"),
      ch(">"),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 6 }).filter((w) => w.some((x) => x > 0)),
        fc.array(keys, { maxLength: 60 }),
        (w, ks) => {
          const s = run(
            initialState(
              w.map((_, i) => `c${i}`),
              w,
            ),
            ks,
          );
          expect(s.weights.every((x) => x >= 0)).toBe(true);
          expect(s.weights.some((x) => x > 0)).toBe(true);
          expect(s.cursor).toBeGreaterThanOrEqual(0);
          expect(s.cursor).toBeLessThan(w.length);
          if (s.weights[s.cursor]! >= 1) expect(run(s, [k("right"), k("left")]).weights).toEqual(s.weights);
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { frame } from "../../src/tune/frame.js";
import { initialState, press } from "../../src/tune/state.js";
import { slider, view } from "../../src/tune/view.js";
import { make } from "../analyse/make.js";

const contest = make({
  weights: [1, 1],
  teams: [
    { id: "x", s: [10, 0] },
    { id: "y", s: [0, 10] },
    { id: "z", s: [6, 6] },
  ],
  selection: { teams: 1 },
});

describe("tune: the screen as text", () => {
  it("a slider puts ● at the share and | at the tipping points", () => {
    // 12 wide: 10 cells inside the brackets, cell k for share k / 9.
    expect(slider(0, 12)).toBe("[●─────────]");
    expect(slider(1, 12)).toBe("[─────────●]");
    expect(slider(5 / 9, 12, [2 / 9, 7 / 9])).toBe("[──|──●─|──]");
  });

  it("fits 80×24 exactly, with the chosen criterion, the pick and the tipping points", () => {
    const s = initialState(["a", "b"], [1, 1]);
    const lines = view(s, frame(contest, s.base, s.weights, s.cursor), { columns: 80, rows: 24, file: "r.yaml" });
    expect(lines).toHaveLength(24);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
    const text = lines.join("\n");
    expect(text).toMatch(/▸ a\s+1\s+50\.0 %/);
    expect(text).toMatch(/ 1 ✔ z\s+60\.00/);
    expect(text).toMatch(/2= {3}x/);
    expect(text).toMatch(/↓ at 0\.67 \(40\.0 %\): \+y -z/);
    expect(text).toMatch(/↑ at 1\.5 \(60\.0 %\): \+x -z/);
    // The chosen slider has its two ticks, the other none.
    expect(lines.filter((l) => l.includes("|")).length).toBe(1);
    expect(lines.at(-2)).toMatch(/s save {2}q quit/);
  });

  it("shows unsaved changes, movement, and the save question", () => {
    let s = initialState(["a", "b"], [1, 1]);
    for (const key of [
      { name: "right", shift: true },
      { name: "s", sequence: "s" },
    ])
      s = press(s, key).state;
    const lines = view(s, frame(contest, s.base, s.weights, s.cursor), { columns: 80, rows: 24, file: "r.yaml" });
    expect(lines[0]).toContain("(unsaved changes)");
    expect(lines.join("\n")).toMatch(/ 1 ✔ x\s+85\.71\s+↑1 new/); // a = 6, b = 1: x = 600/7
    expect(lines.at(-1)).toBe("save to r.yaml? (y/n)");
  });

  it("a small window still gets every line cut to its width and height", () => {
    const s = initialState(["a", "b"], [1, 1]);
    const lines = view(s, frame(contest, s.base, s.weights, s.cursor), {
      columns: 40,
      rows: 12,
      file: "a-very-long-path/to/the/rubric-file.yaml",
    });
    expect(lines).toHaveLength(12);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(40);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/index.js";
import { ko } from "../../src/i18n/ko.js";
import { displayWidth } from "../../src/render/width.js";
import { frame } from "../../src/tune/frame.js";
import { failed, initialState, press } from "../../src/tune/state.js";
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

describe("tune: the screen in Korean", () => {
  const at = (s: ReturnType<typeof initialState>, screen = { columns: 80, rows: 24, file: "r.yaml" }) =>
    view(s, frame(contest, s.base, s.weights, s.cursor), screen, ko);

  it("every label from the catalogue, 80×24 with Hangul counted as two columns", () => {
    const lines = at(initialState(["a", "b"], [1, 1]));
    expect(lines).toHaveLength(24);
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
    const text = lines.join("\n");
    // The sliders' head, the ranking's head and its legend, the tipping points (as in the English test, by hand).
    expect(text).toMatch(/평가 항목\s+가중치\s+비중/);
    expect(text).toMatch(/팀\s+총점 {2}변동/);
    expect(text).toContain("✔ 선정 · 5= 동점 · ↑↓ 순위 변동");
    expect(text).toContain("a: 선정 조합이 바뀌는 곳");
    expect(text).toContain("↓ 0.67 (40.0 %) 미만: +y -z");
    expect(text).toContain("↑ 1.5 (60.0 %) 초과: +x -z");
    // The key line whole, not cut.
    expect(lines.at(-2)).toBe(ko.tune.keys);
    // No English word is left but the program's name, the file, the ids and the keys' names.
    const allowed = new Set(["sovereign", "ai", "tune", "r", "yaml", "a", "b", "x", "y", "z", "Shift", "s", "q"]);
    expect(text.match(/[A-Za-z]+/g)!.filter((w) => !allowed.has(w))).toEqual([]);
  });

  it("the unsaved mark, a row newly picked, the save question and the notes in Korean", () => {
    let s = initialState(["a", "b"], [1, 1]);
    for (const key of [
      { name: "right", shift: true },
      { name: "s", sequence: "s" },
    ])
      s = press(s, key).state;
    const lines = at(s);
    expect(lines[0]).toBe("sovereign-ai tune: r.yaml (저장하지 않은 변경 있음)");
    expect(lines.join("\n")).toMatch(/ 1 ✔ x\s+85\.71\s+↑1 들어옴/);
    expect(lines.at(-1)).toBe("r.yaml에 저장할까요? (y/n)");
    expect(at(press(s, { name: "n", sequence: "n" }).state).at(-1)).toBe("저장하지 않음");
    expect(at(failed(s, { code: "missing-criteria", ids: ["b"] })).at(-1)).toBe("저장하지 못함: 파일에 다음 평가 항목이 더 이상 없음: b");
    expect(at(failed(s, { code: "write", said: { code: "output-denied", shown: "r.yaml" }, detail: "x" })).at(-1)).toMatch(
      /^저장하지 못함: .*r\.yaml/,
    );
    expect(view(s, frame(contest, s.base, s.weights, s.cursor), { columns: 80, rows: 24, file: "r.yaml" }).at(-1)).toBe(
      "save to r.yaml? (y/n)",
    );
  });

  it("any size, ids and file name: exactly `rows` lines, none wider than `columns` (property, both languages)", () => {
    const word = fc.oneof(
      fc.constantFrom("from_scratch", "오픈소스_공개_범위", "service", "x"),
      fc.string({ minLength: 1, maxLength: 30 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 140 }),
        fc.integer({ min: 8, max: 40 }),
        fc.array(word, { minLength: 2, maxLength: 2 }),
        word,
        fc.constantFrom(en, ko),
        fc.integer({ min: 0, max: 1 }),
        (columns, rows, ids, file, m, cursor) => {
          const s = { ...initialState(ids, [1, 2]), cursor };
          const lines = view(s, frame(contest, s.base, s.weights, s.cursor), { columns, rows, file }, m);
          expect(lines).toHaveLength(rows);
          for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
        },
      ),
      { seed: 19, numRuns: 200 },
    );
  });
});

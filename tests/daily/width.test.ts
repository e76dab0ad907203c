import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth as measured, joinLines, labelled, wrapLines } from "../../src/render/width.js";
import { displayWidth } from "./display-width.js";

const word = fc.oneof(
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.constantFrom("컨소시엄", "한국어", "SK텔레콤", "(가점)", "¶3", "A.X", "from-scratch", "연구실"),
);

describe("text width", () => {
  it("counts Hangul as two columns and ASCII as one", () => {
    expect(measured("SKT 컨소시엄")).toBe(4 + 8);
    expect(measured("abc")).toBe(3);
    expect(measured("\u001b[1mbold\u001b[22m")).toBe(4);
  });

  it("wraps to the width, keeping every word in order, Korean counted double", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 60 }), (words, width) => {
        const lines = wrapLines(words.join(" "), width);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join(" ").split(" ")).toEqual(words);
        // Greedy: the next line's first word would not have fitted on the line before.
        for (let i = 1; i < lines.length; i++)
          expect(displayWidth(lines[i - 1]!) + 1 + displayWidth(lines[i]!.split(" ")[0]!)).toBeGreaterThan(width);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it("cuts a word longer than the line", () => {
    expect(wrapLines("abcdefghijklmnop", 10)).toEqual(["abcdefghij", "klmnop"]);
    expect(wrapLines("가나다라마바사", 10)).toEqual(["가나다라마", "바사"]);
  });

  it("lines up labelled values, continuation lines under the value", () => {
    const out = labelled(
      [
        ["lead", "SK Telecom"],
        ["members", "Krafton (startup) Liner (startup)"],
        ["lab", "abcdefghijklmnop 연구실"],
      ],
      31,
    );
    // 9 columns of label and gap leave 22: "abcdefghijklmnop 연구실" takes 23 (연구실 is 6 wide).
    expect(out.split("\n")).toEqual([
      "lead     SK Telecom",
      "members  Krafton (startup)",
      "         Liner (startup)",
      "lab      abcdefghijklmnop",
      "         연구실",
    ]);
  });

  it("joins items into lines that fit", () => {
    expect(joinLines(["aaaa", "bbbb", "cccc"], " · ", 12)).toBe("aaaa · bbbb ·\ncccc");
  });
});

/** Tables that give way to the terminal's width, least useful column first, and say what they hid. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitLines, fitTable, hiddenNote, type FitColumn } from "../../src/render/fit.js";
import { displayWidth } from "../daily/display-width.js";

const cell = fc.string({ unit: fc.constantFrom("a", "Z", "7", " ", "한", "글"), minLength: 1, maxLength: 14 }).map((x) => x.trim() || "x");
const opts = (columns: number, wide = false) => ({ columns, wide, table: { style: { head: [], border: [], compact: true } } });

/** Random columns: the first always shown, the others with distinct drop ranks; every name distinct. */
const columnsArb = fc.integer({ min: 1, max: 6 }).chain((rows) =>
  fc.array(fc.tuple(fc.array(cell, { minLength: rows, maxLength: rows }), fc.boolean()), { minLength: 2, maxLength: 7 }).chain((cols) =>
    fc
      .shuffledSubarray(
        cols.map((_, i) => i),
        { minLength: cols.length, maxLength: cols.length },
      )
      .map((ranks) =>
        cols.map(([cells, keep], i): FitColumn => ({ head: `c${i}`, cells, ...(i === 0 || keep ? {} : { drop: ranks[i]! }) })),
      ),
  ),
);

const lines = (t: string) => t.split("\n");

describe("fitTable", () => {
  it("fits whenever the columns that never go fit, hides exactly the columns it left out, in rank order", () => {
    fc.assert(
      fc.property(columnsArb, fc.integer({ min: 10, max: 160 }), (cols, columns) => {
        const { text, hidden } = fitTable(cols, opts(columns));
        const head = lines(text)[1]!;
        const shown = cols.filter((c) => new RegExp(`│ ${c.head} +│`).test(head)).map((c) => c.head);
        // Every column is either shown or named as hidden, never both.
        expect([...shown, ...hidden].sort()).toEqual(cols.map((c) => c.head).sort());
        for (const h of hidden) expect(cols.find((c) => c.head === h)!.drop, h).toBeDefined();
        // Columns go lowest rank first: every hidden column ranks below every droppable one shown.
        const ranks = (names: string[]) =>
          names.map((n) => cols.find((c) => c.head === n)!.drop).filter((d): d is number => d !== undefined);
        if (hidden.length) expect(Math.max(...ranks(hidden))).toBeLessThan(Math.min(Infinity, ...ranks(shown)));
        const kept = fitTable(
          cols.filter((c) => c.drop === undefined),
          opts(10_000),
        ).text;
        const keptFits = displayWidth(lines(kept)[0]!) <= columns;
        const width = Math.max(...lines(text).map(displayWidth));
        if (keptFits) expect(width).toBeLessThanOrEqual(columns);
        // Nothing is hidden that would have fitted: with the last column hidden put back, it is too wide.
        if (hidden.length && keptFits) {
          const last = cols.filter((c) => hidden.includes(c.head)).sort((a, b) => b.drop! - a.drop!)[0]!;
          const back = fitTable(
            cols.filter((c) => shown.includes(c.head) || c === last).map(({ drop: _drop, ...c }) => c as FitColumn),
            opts(10_000),
          ).text;
          expect(displayWidth(lines(back)[0]!)).toBeGreaterThan(columns);
        }
      }),
      { seed: 12, numRuns: 150 },
    );
  });

  it("--wide shows every column, however wide", () => {
    fc.assert(
      fc.property(columnsArb, fc.integer({ min: 10, max: 40 }), (cols, columns) => {
        const { text, hidden } = fitTable(cols, opts(columns, true));
        expect(hidden).toEqual([]);
        for (const c of cols) expect(lines(text)[1]).toContain(c.head);
      }),
      { seed: 12, numRuns: 50 },
    );
  });

  it("wraps a text column to the room left, then narrows a column (a shorter bar), then drops it", () => {
    const bar = (n: number) => ({ head: "", cells: ["█".repeat(n)] });
    const cols: FitColumn[] = [
      { head: "id", cells: ["skt"] },
      { ...bar(20), name: "bar", drop: 1, narrower: [bar(8)] },
      { head: "why", cells: ["picked in rank order (pick 1 of 5)"], wrapMin: 10 },
    ];
    const longest = (t: string) => Math.max(...lines(t).map(displayWidth));
    // Borders and padding: id 1 + 3 + 3, the bar 20 + 3, why 34 + 3 → 67 wide in full, one line a row.
    const full = fitTable(cols, opts(67)).text;
    expect(longest(full)).toBe(67);
    // At 60, "why" wraps to 60 − 33 = 27 and the bar keeps its 20.
    const wrapped = fitTable(cols, opts(60));
    expect([wrapped.hidden, longest(wrapped.text)]).toEqual([[], 60]);
    expect(wrapped.text).toContain("█".repeat(20));
    expect(lines(wrapped.text).length).toBeGreaterThan(lines(full).length);
    // At 40, "why" would get 7 < 10: the bar goes to 8 and "why" gets 40 − 21 = 19.
    const narrow = fitTable(cols, opts(40));
    expect([narrow.hidden, longest(narrow.text)]).toEqual([[], 40]);
    expect(narrow.text).toContain(`${"█".repeat(8)} `);
    expect(narrow.text).not.toContain("█".repeat(9));
    // At 30 even the short bar leaves "why" 9: the bar goes, and is named.
    const dropped = fitTable(cols, opts(30));
    expect(dropped.hidden).toEqual(["bar"]);
    expect(longest(dropped.text)).toBeLessThanOrEqual(30);
  });

  it("says what it hid and how to see it", () => {
    expect(hiddenNote([], 80)).toEqual([]);
    expect(hiddenNote(["kind", "bonus"], 80)).toEqual(["hidden to fit 80 columns: kind, bonus (--wide shows every column)"]);
  });
});

describe("fitLines", () => {
  it("wraps each line to the width, keeping its indent and every word in order", () => {
    const word = fc.oneof(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom("컨소시엄", "¶3", "(가점)"));
    fc.assert(
      fc.property(
        fc.nat({ max: 4 }),
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 24, max: 90 }),
        (indent, words, columns) => {
          const line = " ".repeat(indent) + words.join(" ");
          const out = fitLines([line], columns, false);
          for (const l of out) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
          expect(out[0]!.startsWith(" ".repeat(indent))).toBe(true);
          expect(out.join(" ").split(/ +/).filter(Boolean)).toEqual(words);
          expect(fitLines([line], columns, true)).toEqual([line]);
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });
});

/** Long tables are drawn in slices with the widths of the whole (issue #13: 10,000 rows took 40 s). */
import Table from "cli-table3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawTable, SLICE } from "../../src/render/table.js";

const options = {
  head: ["#", "name", "total"],
  style: { head: [], border: [], compact: true },
  chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  colAligns: ["right", "left", "right"],
};

function whole(rows: string[][]): string {
  const t = new Table(options as ConstructorParameters<typeof Table>[0]);
  for (const r of rows) t.push(r);
  return t.toString();
}

describe("drawTable", () => {
  it("draws exactly what one cli-table3 table draws, for any number of rows across slices", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", "한", "글", " ", "7", "é"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: SLICE - 2, maxLength: SLICE * 3 + 5 }), (rows) => {
        const r = rows.map((x) => [...x]);
        expect(drawTable(options, r)).toBe(whole(r));
      }),
      { seed: 13, numRuns: 8 },
    );
  });

  it("with a header cell wider than every row, and colour codes in cells", () => {
    const rows = Array.from({ length: SLICE * 2 + 1 }, (_, i) => [String(i), `\u001b[1mteam ${i}\u001b[22m`, "1.0"]);
    const o = { ...options, head: ["#", "a very long header", "total"] };
    const t = new Table(o as ConstructorParameters<typeof Table>[0]);
    for (const r of rows) t.push(r);
    expect(drawTable(o, rows)).toBe(t.toString());
  });

  it("draws rows past the first slice itself exactly as cli-table3 would: any alignment, padding, edges, colour codes (even unbalanced), wide letters", () => {
    const unit = fc.constantFrom("a", "Z", "한", "😀", " ", "7", "é", "\u001b[1m", "\u001b[22m", "\u001b[31m", "\u001b[39m", "\u001b[4m");
    const cell = fc.string({ unit, maxLength: 10 });
    const opts = fc.record({
      aligns: fc.array(fc.constantFrom("left", "right", "center"), { minLength: 3, maxLength: 3 }),
      pl: fc.integer({ min: 0, max: 2 }),
      pr: fc.integer({ min: 0, max: 2 }),
      edges: fc.constantFrom({}, { left: "|", middle: "¦", right: "|" }, { left: "", middle: " ", right: "" }),
    });
    fc.assert(
      fc.property(opts, fc.array(fc.tuple(cell, cell, cell), { minLength: SLICE + 1, maxLength: SLICE + 40 }), (o, rows) => {
        const r = rows.map((x) => [...x]);
        const given = {
          head: ["#", "name", "total"],
          style: { head: [], border: [], compact: true, "padding-left": o.pl, "padding-right": o.pr },
          chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "", ...o.edges },
          colAligns: o.aligns,
        };
        const t = new Table(given as ConstructorParameters<typeof Table>[0]);
        for (const x of r) t.push(x);
        expect(drawTable(given, r)).toBe(t.toString());
      }),
      { seed: 1313, numRuns: 25 },
    );
  });

  it("draws small plain tables exactly as cli-table3 would too (the score table of the bundled data has 11 rows): heads of two lines, any alignment, padding, edges, colour codes", () => {
    const unit = fc.constantFrom("a", "Z", "한", "😀", " ", "7", "é", "\u001b[1m", "\u001b[22m", "\u001b[36m", "\u001b[39m");
    const cell = fc.string({ unit, maxLength: 10 });
    const head = fc.tuple(
      cell,
      fc.oneof(
        cell,
        fc.tuple(cell, cell).map(([a, b]) => `${a}\n${b}`),
      ),
      cell,
    );
    const opts = fc.record({
      aligns: fc.array(fc.constantFrom("left", "right", "center"), { minLength: 3, maxLength: 3 }),
      pl: fc.integer({ min: 0, max: 2 }),
      pr: fc.integer({ min: 0, max: 2 }),
      edges: fc.constantFrom({}, { left: "|", middle: "¦", right: "|" }, { left: "", middle: " ", right: "" }),
    });
    fc.assert(
      fc.property(opts, head, fc.array(fc.tuple(cell, cell, cell), { minLength: 0, maxLength: 15 }), (o, h, rows) => {
        const r = rows.map((x) => [...x]);
        const given = {
          head: [...h],
          style: { head: [], border: [], compact: true, "padding-left": o.pl, "padding-right": o.pr },
          chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "", ...o.edges },
          colAligns: o.aligns,
        };
        const t = new Table(given as ConstructorParameters<typeof Table>[0]);
        for (const x of r) t.push(x);
        expect(drawTable(given, r)).toBe(t.toString());
      }),
      { seed: 1315, numRuns: 200 },
    );
  });
});

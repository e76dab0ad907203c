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
});

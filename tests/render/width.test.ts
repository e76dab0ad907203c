/**
 * Cutting text to a width (issue #13: `score --wide` with a 40,000-character Korean name took 27 s,
 * cli-table3 measuring the rest of the name again for every character it dropped).
 */
import fc from "fast-check";
import stringWidth from "string-width";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { drawTable, MAX_CELL_WIDTH } from "../../src/render/table.js";
import { truncateToWidth } from "../../src/render/width.js";

// Every measure taken through string-width, counted in characters measured.
const measured = vi.hoisted(() => ({ chars: 0 }));
vi.mock("string-width", async (original) => {
  const real = ((await original()) as { default: (s: string) => number }).default;
  return {
    default: (s: string) => {
      measured.chars += s.length;
      return real(s);
    },
  };
});

const unit = fc.constantFrom("a", "Z", " ", "한", "글", "é", "😀", "\u001b[1m", "\u001b[22m");

describe("truncateToWidth", () => {
  it("fits the width, keeps text that fits, and otherwise keeps a prefix ending in …", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.integer({ min: 2, max: 30 }), (units, width) => {
        const text = units.join("");
        const out = truncateToWidth(text, width);
        expect(stringWidth(out)).toBeLessThanOrEqual(width);
        if (stringWidth(text) <= width) expect(out).toBe(text);
        else {
          const plain = stripVTControlCharacters(out);
          expect(plain.endsWith("…")).toBe(true);
          expect(stripVTControlCharacters(text).startsWith(plain.slice(0, -1))).toBe(true);
          // Nothing more would have fitted: the next character would pass the width.
          const next = [...stripVTControlCharacters(text).slice(plain.length - 1)][0]!;
          expect(stringWidth(plain) + stringWidth(next)).toBeGreaterThan(width);
          // Colour codes are all kept, so a style opened is still closed.
          expect(out.match(/\u001b\[\d+m/g) ?? []).toEqual(text.match(/\u001b\[\d+m/g) ?? []);
        }
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it("measures each character of a long name about once: the work grows with the length, not its square", async () => {
    // The setup file has loaded string-width already (through the error module): load width.ts afresh, on the counting mock.
    vi.resetModules();
    const fresh = (await import("../../src/render/width.js")).truncateToWidth;
    const work = (n: number) => {
      measured.chars = 0;
      fresh("가나다라마".repeat(n / 5), 40);
      return measured.chars;
    };
    const small = work(4_000);
    const large = work(40_000);
    // Ten times the length: about ten times the characters measured (quadratic would be a hundred).
    expect(large / small).toBeLessThan(10 * 1.5);
    expect(large).toBeLessThan(3 * 40_000);
  });
});

describe("table cells from data", () => {
  it(`are cut to ${MAX_CELL_WIDTH} columns with …, so a 40,000-character name leaves the table narrow`, () => {
    const name = "가나다라마".repeat(8_000);
    const table = drawTable({ head: ["id", "이름"], style: { head: [], border: [] } }, [
      ["x", name],
      ["y", "짧은"],
    ]);
    const widths = table.split("\n").map((l) => stringWidth(l));
    // Borders and padding: "│ x  │ " + cell + " │".
    for (const w of widths) expect(w).toBeLessThanOrEqual(MAX_CELL_WIDTH + 10);
    expect(table).toContain("가나다라마가나다라마");
    expect(table).toContain("…");
    expect(table).toContain("짧은");
  });
});

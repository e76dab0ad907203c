import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const fast = require("../../src/render/string-width-fast.cjs") as ((s: string) => number) & { ONE_COLUMN: RegExp };
const real = require("string-width") as (s: string) => number;

describe("string-width fast path", () => {
  it("agrees with string-width on every character of the fast set", () => {
    let checked = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (!fast.ONE_COLUMN.test(c)) continue;
      checked++;
      expect(fast(c), `U+${cp.toString(16)}`).toBe(real(c));
    }
    expect(checked).toBeGreaterThan(800);
  });

  it("agrees with string-width on any text, Hangul, emoji and colour codes included", () => {
    const alphabet = fc.constantFrom("a", " ", "█", "✔", "·", "한", "국", "😀", "\u001b[32m", "\u001b[39m", "é", "\u0301", "—");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(fast(text)).toBe(real(text));
      }),
    );
  });
});

/** Counts as people type them: `--runs 1e5`, `100_000`, `10,000` (issue #12, point 7). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeNumber } from "../../src/cli/options.js";
import { cli } from "../helpers/run.js";

describe("wholeNumber", () => {
  it.each([
    ["100000", 100000],
    ["100_000", 100000],
    ["10,000", 10000],
    ["1,000,000", 1000000],
    ["1e5", 100000],
    ["2.5e3", 2500],
    ["1E4", 10000],
    [" 42 ", 42],
  ])("reads %j as %d", (text, n) => expect(wholeNumber(text)).toBe(n));

  it.each(["", "1.5", "1e-3", "2.55e1", "10,00", "1,0000", "_100", "100_", "1__0", "-5", "0x10", "1e400", "ten"])("refuses %j", (text) => {
    expect(wholeNumber(text)).toBeUndefined();
  });

  it("reads every safe whole number in each of its spellings (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const plain = String(n);
        expect(wholeNumber(plain)).toBe(n);
        expect(wholeNumber(plain.replace(/\B(?=(\d{3})+(?!\d))/g, ","))).toBe(n);
        expect(wholeNumber(plain.replace(/\B(?=(\d{3})+(?!\d))/g, "_"))).toBe(n);
        expect(wholeNumber(n.toExponential())).toBe(n);
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe("--runs on the command line", () => {
  it("takes 1e3, 1_000 and 1,000 alike, with the same output", async () => {
    const outs = await Promise.all(["1000", "1e3", "1_000", "1,000"].map((r) => cli(["simulate", "--runs", r, "-f", "json"])));
    for (const o of outs) expect(o.code).toBe(0);
    expect(new Set(outs.map((o) => o.stdout)).size).toBe(1);
    expect(JSON.parse(outs[0]!.stdout).runs).toBe(1000);
  });

  it("refuses a count that is not whole, with the forms it takes", async () => {
    const r = await cli(["simulate", "--runs", "1.5e0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--runs 1.5e0: expected a whole number of 1 or more (e.g. 10000, 10,000, 10_000 or 1e4)");
  });
});

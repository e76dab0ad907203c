/** Same inputs (and seed) → byte-identical output: every command × every format, run twice. */
import { describe, expect, it } from "vitest";
import { cli, invocations, label } from "./commands.js";

const all = invocations();

describe("determinism", () => {
  it("covers every command and every format the grammar offers", () => {
    const names = new Set(all.map((i) => i.command));
    for (const c of ["score", "validate"]) expect(names).toContain(c);
    expect(all.filter((i) => i.command === "score").map((i) => i.format)).toEqual(["table", "csv", "json", "markdown"]);
  });

  for (const inv of all) {
    it(`${label(inv)}: two runs give the same bytes`, async () => {
      if (inv.missing) throw new Error(inv.missing);
      const first = await cli(inv.args);
      const second = await cli(inv.args);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
    });
  }
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { withWeights } from "../../src/tune/save.js";
import { ROOT } from "../helpers/run.js";

const text = readFileSync(join(ROOT, "criteria", "default.yaml"), "utf8");
const withoutWeightLines = (t: string) => t.split("\n").filter((l) => !/^\s*weight:/.test(l));

describe("tune: saving weights into the rubric file", () => {
  it("changes only the weights: every other line, comments included, is byte for byte the same", () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.nat(99)), ([a, b, c]) => {
        const r = withWeights(
          text,
          new Map([
            ["from_scratch", a],
            ["service", b],
            ["openness", c],
          ]),
        );
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(parse(r.text).criteria.map((x: { weight: number }) => x.weight)).toEqual([a, b, c]);
        expect(withoutWeightLines(r.text)).toEqual(withoutWeightLines(text));
        expect(r.text.split("\n").length).toBe(text.split("\n").length);
      }),
      { seed: 15, numRuns: 50 },
    );
  });

  it("the same weights give the same bytes", () => {
    const r = withWeights(
      text,
      new Map([
        ["from_scratch", 40],
        ["service", 35],
        ["openness", 25],
      ]),
    );
    expect(r).toEqual({ ok: true, text });
  });

  it("flow maps and trailing comments keep their form", () => {
    const src = "criteria:\n  - { id: a, weight: 4.0e1, scale: { min: 0, max: 1 } }  # flow\n  - id: b\n    weight: 2 # two\n";
    const r = withWeights(
      src,
      new Map([
        ["a", 7],
        ["b", 12.5],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      text: "criteria:\n  - { id: a, weight: 7, scale: { min: 0, max: 1 } }  # flow\n  - id: b\n    weight: 12.5 # two\n",
    });
  });

  it("refuses when the file lost a criterion or no longer parses", () => {
    expect(
      withWeights(
        "criteria:\n  - id: a\n    weight: 1\n",
        new Map([
          ["a", 2],
          ["b", 3],
        ]),
      ),
    ).toEqual({ ok: false, failure: { code: "missing-criteria", ids: ["b"] } });
    expect(withWeights("criteria: [\n", new Map([["a", 2]]))).toMatchObject({
      ok: false,
      failure: { code: "no-parse", detail: expect.stringMatching(/\S/) },
    });
    expect(withWeights("name: x\n", new Map([["a", 2]]))).toEqual({ ok: false, failure: { code: "no-criteria" } });
  });
});

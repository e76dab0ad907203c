/** `--weight ID=VALUE`: parsing, zero weights, usage errors (issue #20). */
import { describe, expect, it } from "vitest";
import { applyWeightOverrides, parseWeightOverride } from "../../src/score/weights.js";
import type { Criterion } from "../../src/schema/rubric.js";
import { cli } from "../helpers/run.js";

const crit = (id: string, weight: number): Criterion => ({ id, label: id, weight, scale: { min: 0, max: 10 } });

describe("weight overrides", () => {
  it("a zero weight is allowed, for one criterion or in the rubric itself", () => {
    expect(applyWeightOverrides([crit("a", 2), crit("b", 3)], [{ id: "a", value: 0 }])).toEqual([0, 3]);
    expect(applyWeightOverrides([crit("a", 0), crit("b", 3)], [])).toEqual([0, 3]);
    expect(
      applyWeightOverrides(
        [crit("a", 2), crit("b", 3)],
        [
          { id: "a", value: 0 },
          { id: "a", value: 5 },
        ],
      ),
    ).toEqual([5, 3]);
  });

  it("every weight 0 is a usage error", () => {
    expect(() => applyWeightOverrides([crit("a", 2), crit("b", 0)], [{ id: "a", value: 0 }])).toThrow("every weight is 0 after --weight");
  });

  it("parses ID=VALUE and rejects the rest", () => {
    expect(parseWeightOverride(" openness = 40 ")).toEqual({ id: "openness", value: 40 });
    expect(parseWeightOverride("openness=0")).toEqual({ id: "openness", value: 0 });
    expect(() => parseWeightOverride("openness")).toThrow('--weight "openness": expected ID=VALUE');
    expect(() => parseWeightOverride("openness=")).toThrow("expected a finite number");
    expect(() => parseWeightOverride("openness=-1")).toThrow("cannot be negative");
  });

  it("-w openness=0 runs (exit 0); --weight openness (no =) is a usage error (exit 2), not a crash", async () => {
    const zero = await cli(["score", "-w", "openness=0", "--format", "json"]);
    expect(zero.code).toBe(0);
    expect(zero.stderr).toBe("");
    const bad = await cli(["score", "--weight", "openness"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--weight "openness": expected ID=VALUE');
  });
});

describe("weight overrides: the id", () => {
  it("an unknown criterion is a usage error naming it, the nearest id and the rubric's criteria", () => {
    expect(() => applyWeightOverrides([crit("openness", 2), crit("team", 3)], [{ id: "opennes", value: 1 }])).toThrow(
      '--weight opennes=…: unknown criterion "opennes" (did you mean "openness"?); the rubric\'s criteria are: openness, team',
    );
  });

  it("an id with a space in it is not read as its last word", () => {
    expect(() => parseWeightOverride("open ness=5")).toThrow('--weight "open ness=5": expected ID=VALUE');
  });
});

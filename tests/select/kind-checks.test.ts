/**
 * The cross-file checks of the built-in rule kinds, called through the registry with a recording
 * RubricChecks (issue #20: a mutation run found them reached only by one catalogue test). Every
 * expectation is read off the rule: a gate needs a bound and min ≤ max; a quota needs a unique name,
 * teams to count (kinds or ids) and a bound, with min ≤ max.
 */
import { describe, expect, it } from "vitest";
import { ruleKinds, type RubricChecks } from "../../src/select/kinds.js";

function run(key: string, value: unknown) {
  const problems: { path: (string | number)[]; said: unknown }[] = [];
  const refs: { path: (string | number)[]; id: string }[] = [];
  const levels: (string | number)[][] = [];
  const at: RubricChecks = {
    problem: (path, said) => problems.push({ path, said }),
    criterion: (path, id) => {
      refs.push({ path, id });
      return id === "nope" ? undefined : { id };
    },
    // Levels as numbers: "high" is 8, a number is itself.
    level: (path, _c, v) => {
      levels.push(path);
      return v === undefined ? undefined : v === "high" ? 8 : Number(v);
    },
  };
  ruleKinds().find((k) => k.key === key)!.check!(value, at);
  return { problems, refs, levels };
}

describe("gate checks", () => {
  it("a gate with both bounds in order, or one bound, passes; each criterion is looked up at its path", () => {
    const r = run("gates", [
      { criterion: "a", min: 2, max: 8 },
      { criterion: "b", max: 3 },
      { criterion: "c", min: "high" },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.refs).toEqual([
      { path: ["selection", "gates", 0, "criterion"], id: "a" },
      { path: ["selection", "gates", 1, "criterion"], id: "b" },
      { path: ["selection", "gates", 2, "criterion"], id: "c" },
    ]);
    // Each bound resolved at its own path (a missing one too: the resolver says undefined).
    expect(r.levels).toEqual(
      [0, 1, 2].flatMap((i) => [
        ["selection", "gates", i, "min"],
        ["selection", "gates", i, "max"],
      ]),
    );
  });

  it("a gate with no bound is incomplete; one with min above max (a level resolved) can pass no team", () => {
    const r = run("gates", [{ criterion: "a" }, { criterion: "b", min: "high", max: 7.5 }, { criterion: "c", min: 4, max: 4 }]);
    expect(r.problems).toEqual([
      { path: ["selection", "gates", 0], said: { code: "incomplete-rule", form: "gate-bounds" } },
      { path: ["selection", "gates", 1], said: { code: "min-above-max", form: "gate", min: "8", max: "7.5" } },
    ]);
  });

  it("bounds are printed to 12 significant digits", () => {
    const r = run("gates", [{ criterion: "a", min: 0.1 + 0.2, max: 0.3 - 1e-13 }]);
    expect(r.problems).toEqual([
      { path: ["selection", "gates", 0], said: { code: "min-above-max", form: "gate", min: "0.3", max: "0.3" } },
    ]);
  });
});

describe("quota checks", () => {
  it("well-formed quotas pass", () => {
    expect(
      run("quotas", [
        { name: "tel", kinds: ["telecom"], min: 1, max: 2 },
        { name: "two", ids: ["p"], max: 1 },
        { name: "eq", kinds: ["x"], min: 1, max: 1 },
      ]).problems,
    ).toEqual([]);
  });

  it("a repeated name, a quota counting nobody, one without bounds, one with min above max", () => {
    const r = run("quotas", [
      { name: "tel", kinds: ["telecom"], min: 1 },
      { name: "tel", ids: ["p"], max: 1 },
      { name: "none", kinds: [], ids: [], max: 1 },
      { name: "free", kinds: ["x"] },
      { name: "flip", ids: ["q"], min: 3, max: 2 },
    ]);
    expect(r.problems).toEqual([
      { path: ["selection", "quotas", 1, "name"], said: { code: "duplicate-id", what: "quota", id: "tel", other: null } },
      { path: ["selection", "quotas", 2], said: { code: "incomplete-rule", form: "quota-which" } },
      { path: ["selection", "quotas", 3], said: { code: "incomplete-rule", form: "quota-bounds" } },
      { path: ["selection", "quotas", 4], said: { code: "min-above-max", form: "quota", min: "3", max: "2" } },
    ]);
  });

  it("a quota with neither kinds nor ids at all counts nobody", () => {
    expect(run("quotas", [{ name: "x", max: 1 }]).problems).toEqual([
      { path: ["selection", "quotas", 0], said: { code: "incomplete-rule", form: "quota-which" } },
    ]);
  });
});

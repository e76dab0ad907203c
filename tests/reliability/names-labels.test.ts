/** Look-alike organisation names, unique compare labels, bounded hints (issue #13). */
import { describe, expect, it } from "vitest";
import { scenarioLabels } from "../../src/commands/compare.js";
import { didYouMean, HINT_MAX_LENGTH } from "../../src/errors.js";
import { organisationKey } from "../../src/model/contest.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

describe("organisation names", () => {
  it("zero-width spaces, fullwidth letters, soft hyphens, NFD Hangul, case and spacing make no difference", () => {
    const same = ["KAIST", "KA\u200bIST", "ＫＡＩＳＴ", "KA\u00adIST", " kaist ", "\ufeffKaist"];
    expect(new Set(same.map(organisationKey)).size).toBe(1);
    const hangul = "서울대학교";
    expect(organisationKey(hangul.normalize("NFD"))).toBe(organisationKey(hangul));
    expect(organisationKey("Seoul  National\tUniversity")).toBe(organisationKey("seoul national university"));
    // Different names stay different.
    expect(organisationKey("KAIST")).not.toBe(organisationKey("KAIST2"));
  });

  it("the conflict rule sees through a fullwidth look-alike member", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({
        criteria: [{ id: "a", weight: 1 }],
        selection: "  teams: 2\n  conflicts: { max_per_organisation: 1 }",
      }),
      "consortia/p.yaml": consortiumYaml({ id: "p", scores: { a: 9 }, members: [{ name: "KAIST", kind: "academia" }] }),
      "consortia/q.yaml": consortiumYaml({ id: "q", scores: { a: 8 }, members: [{ name: "ＫＡ\u200bＩＳＴ", kind: "academia" }] }),
      "consortia/r.yaml": consortiumYaml({ id: "r", scores: { a: 7 } }),
    });
    const r = await cli(["select", "-f", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).selected).toEqual(["p", "r"]);
  });
});

describe("compare labels", () => {
  it("are unique: a shared name is labelled by its path, a repeated path gets #2", () => {
    expect(scenarioLabels(["default", "service-first"])).toEqual(["default", "service-first"]);
    expect(scenarioLabels(["a/x.yaml", "b/x.yaml"])).toEqual(["a/x.yaml", "b/x.yaml"]);
    expect(scenarioLabels(["x", "x", "x#2"])).toEqual(["x", "x#2", "x#2#2"]);
    const labels = scenarioLabels(["x", "x.yaml", "d/x.yml", "x"]);
    expect(new Set(labels).size).toBe(4);
  });
});

describe("did you mean", () => {
  it("still hints for short words, and gives none past the length cap without comparing", () => {
    expect(didYouMean("knd", ["kind", "name"])).toBe("kind");
    expect(didYouMean("a".repeat(HINT_MAX_LENGTH + 1), ["a".repeat(HINT_MAX_LENGTH + 1)])).toBeUndefined();
  });

  it("skips candidates whose length alone rules them out (the hint is unchanged)", () => {
    expect(didYouMean("from_scratch", ["from_scrath", "x".repeat(5000)])).toBe("from_scrath");
  });
});

/**
 * compare with ties (tests/fixtures/ties/compare, derived by hand in its README): τ-b on the totals
 * counts equal totals as ties; a pick that rests on an id-decided tie is "some (tie)".
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kendallTau } from "../../src/analyse/kendall.js";
import { cli, ROOT } from "../helpers/run.js";

const cwd = join(ROOT, "tests/fixtures/ties/compare");

describe("compare on tied totals", () => {
  it("τ-b is 0.4 by hand (τ-a on the id-broken ranks would be 0.333)", async () => {
    const j = JSON.parse((await cli(["compare", "a-only", "b-only", "-f", "json"], { cwd })).stdout);
    expect(j.kendall).toEqual([{ a: "a-only", b: "b-only", tau: 0.4, tied_a: 1, tied_b: 1 }]);
    // The old computation, on ranks after the tie-break, gives another number.
    expect(kendallTau([1, 2, 3, 4], [3, 1, 2, 4])).toBeCloseTo(1 / 3, 12);
  });

  it("teams whose pick rests on an id-decided tie are 'picked in some (tie)'", async () => {
    const j = JSON.parse((await cli(["compare", "a-only", "b-only", "-f", "json"], { cwd })).stdout);
    expect(j.picked).toEqual({ every: [], some: [], tie: ["p", "q", "r"], none: ["s"] });
    const p = j.teams.find((t: { id: string }) => t.id === "p");
    expect(p.results["a-only"]).toMatchObject({ rank: 1, place: "1=", selected: true, tie: true });
    expect(p.results["b-only"]).toMatchObject({ rank: 3, place: "3", selected: false, tie: false });
    const out = (await cli(["compare", "a-only", "b-only"], { cwd, columns: 200 })).stdout;
    expect(out).toContain("picked in some (tie): p, q, r");
    expect(out).toContain("Kendall τ-b between the totals (ties present and counted — equal totals: a-only 1 pair, b-only 1 pair):");
    expect(out).toContain("a-only ~ b-only: 0.400");
    // At 200 columns the team's name (Team p) has room beside its id.
    expect(out).toMatch(/│ p +│ Team p +│ +1= +50\.0 ✔ │/);
  });
});

describe("compare with a lottery at the end of the tie-break chain", () => {
  // tests/fixtures/ties/equal: kilo, lima and mike tie for the last place; `default` lets the id
  // decide (kilo), `lottery` a draw seeded by --seed.
  const equal = join(ROOT, "tests/fixtures/ties/equal");

  it("a pick decided by the id in one rubric and by lot in the other is 'some (tie)', said as such; --seed reaches the draw", async () => {
    const j = JSON.parse((await cli(["compare", "default", "lottery", "-f", "json"], { cwd: equal })).stdout);
    expect(j.picked).toEqual({ every: ["top"], some: [], tie: ["kilo", "lima", "mike"], none: ["zulu"] });
    const out = (await cli(["compare", "default", "lottery"], { cwd: equal, columns: 200 })).stdout;
    expect(out).toContain("picked in some (tie): kilo, lima, mike — in a tie at the line that only the id or a lottery decided");
    for (const seed of ["1", "2", "3"]) {
      const cmp = JSON.parse((await cli(["compare", "default", "lottery", "--seed", seed, "-f", "json"], { cwd: equal })).stdout);
      const score = JSON.parse((await cli(["score", "-r", "lottery", "--seed", seed, "-f", "json"], { cwd: equal })).stdout);
      const drawn = score.results.find((r: { selected: boolean; id: string }) => r.selected && r.id !== "top").id;
      const picked = cmp.teams
        .filter((t: { results: Record<string, { selected: boolean }> }) => t.results.lottery!.selected)
        .map((t: { id: string }) => t.id);
      expect(picked.sort()).toEqual(["top", drawn].sort());
    }
  });
});

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
    expect(out).toMatch(/│ p +│ +1= +50\.0 ✔ │/);
  });
});

/**
 * `explain A --vs B` on tests/fixtures/ties/criterion (top 9/9, south 8/4, north 4/8, west 5/5;
 * weights ½ ½, tie_break [a, b]); every number derived by hand in the comments.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "../helpers/run.js";

const cwd = join(ROOT, "tests/fixtures/ties/criterion");
const json = async (...args: string[]) => JSON.parse((await cli(["explain", ...args, "-f", "json"], { cwd })).stdout);

describe("explain --vs", () => {
  it("west vs north: points, gap, the deciding criterion and the weight that swaps them", async () => {
    const v = await json("west", "--vs", "north");
    expect([v.a.id, v.b.id, v.ahead]).toEqual(["west", "north", "north"]);
    // west 25 + 25 = 50; north 20 + 40 = 60; b gives north 15 of its 10-point lead.
    expect(
      v.criteria.map((c: { id: string; a: { points: number }; b: { points: number }; difference: number }) => [
        c.id,
        c.a.points,
        c.b.points,
        c.difference,
      ]),
    ).toEqual([
      ["a", 25, 20, 5],
      ["b", 25, 40, -15],
    ]);
    expect(v.gap).toBe(-10);
    expect(v.decided_by).toBe("b");
    // Sweeping a: west stays 50, north is 80 − 40t: equal at t = ¾. Sweeping b: north 40 + 40t, equal at ¼.
    expect(v.criteria.map((c: { equal_at: number }) => c.equal_at)).toEqual([0.75, 0.25]);
    expect(v.swap).toEqual({ criterion: "a", from: 0.5, to: 0.75, direction: "up" });
  });

  it("the swap is real: just past it, score ranks them the other way", async () => {
    const rank = async (w: string[]) => {
      const j = JSON.parse((await cli(["score", "-f", "json", ...w], { cwd })).stdout);
      const r = (id: string) => j.results.find((x: { id: string }) => x.id === id).rank;
      return r("west") < r("north");
    };
    expect(await rank(["-w", "a=74", "-w", "b=26"])).toBe(false);
    expect(await rank(["-w", "a=76", "-w", "b=24"])).toBe(true);
  });

  it("south vs north tie: decided by the tie-break, and any move of a's weight downward swaps them", async () => {
    const v = await json("south", "--vs", "north");
    expect(v.gap).toBe(0);
    expect(v.decided_by).toBe("a");
    expect(v.swap).toEqual({ criterion: "a", from: 0.5, to: 0.5, direction: "down" });
    const out = (await cli(["explain", "south", "--vs", "north"], { cwd, columns: 200 })).stdout;
    expect(out).toContain("south and north tie at 60.00; south ranks ahead by the tie-break criterion a.");
    expect(out).toContain("They swap places as soon as a's weight goes below its 50.00 %");
  });

  it("top vs west: no single weight swaps them (top is better on both)", async () => {
    const v = await json("top", "--vs", "west");
    expect(v.swap).toBeNull();
    expect((await cli(["explain", "top", "--vs", "west"], { cwd })).stdout).toContain("No change of a single weight swaps them.");
  });

  it("CSV and Markdown carry the same numbers; an unknown id is a usage error", async () => {
    const csv = (await cli(["explain", "west", "--vs", "north", "-f", "csv"], { cwd })).stdout.trimEnd().split(/\r?\n/);
    expect(csv[0]).toBe("part,criterion,weight,a_id,a_score,a_points,b_id,b_score,b_points,difference,equal_at");
    expect(csv[1]).toBe("criterion,a,0.5,west,5,25,north,4,20,5,0.75");
    expect(csv[4]).toBe("total,,,west,,50,north,,60,-10,");
    const md = (await cli(["explain", "west", "--vs", "north", "-f", "markdown"], { cwd })).stdout;
    expect(md).toContain("| b | 50.0 % | 5.0 | 25.00 | 8.0 | 40.00 | −15.00 | 25.00 % |");
    const bad = await cli(["explain", "west", "--vs", "nobody"], { cwd });
    expect(bad.code).toBe(2);
  });
});

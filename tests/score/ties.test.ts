/**
 * Ties at the line, on fixtures of our own (tests/fixtures/ties/, described in its README): every
 * output says how a tie was decided. Expected values are derived by hand from the fixture files.
 */
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rankTeams } from "../../src/score/score.js";
import { andList, ordinal } from "../../src/i18n/en.js";
import { tieInfo } from "../../src/score/ties.js";
import { cli, ROOT } from "../helpers/run.js";
import { contestData, contestOf } from "../helpers/random-contest.js";

const EQUAL = join(ROOT, "tests/fixtures/ties/equal");
const CRITERION = join(ROOT, "tests/fixtures/ties/criterion");

type Row = { id: string; rank: number; tie_group?: string[]; decided_by: string; dominated_by: string[]; selected: boolean };
const json = async (cwd: string, ...args: string[]) => JSON.parse((await cli([...args, "-f", "json"], { cwd })).stdout);
// biome-ignore lint/suspicious/noExplicitAny: rows looked up by id in parsed JSON; a missing id fails the expectation reading it
const byId = (rows: Row[]): Record<string, any> => Object.fromEntries(rows.map((r) => [r.id, r]));

describe("ties equal on every criterion (only the id decides)", () => {
  it("score JSON: tie_group in rank order, decided_by id inside the group and total at its end", async () => {
    const j = byId((await json(EQUAL, "score")).results);
    // kilo, lima, mike: a 6, b 6 → 60 each; top 90, zulu 20; ids decide kilo < lima < mike.
    expect(j.kilo.tie_group).toEqual(["kilo", "lima", "mike"]);
    expect(j.mike.tie_group).toEqual(["kilo", "lima", "mike"]);
    expect(j.top.tie_group).toBeUndefined();
    expect(["top", "kilo", "lima", "mike", "zulu"].map((id) => j[id].decided_by)).toEqual(["total", "id", "id", "total", "total"]);
    expect([j.kilo.rank, j.lima.rank, j.mike.rank]).toEqual([2, 3, 4]);
    expect(j.kilo.selected && !j.lima.selected).toBe(true);
  });

  it("score CSV has the contract header and decided_by", async () => {
    const lines = (await cli(["score", "-f", "csv"], { cwd: EQUAL })).stdout.trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe("rank,id,name,name_ko,kind,a,b,bonus,total,selected,decided_by");
    expect(lines[2]).toBe("2,kilo,Team kilo,,startup,6,6,0,60,true,id");
    expect(lines[4]).toBe("4,mike,Team mike,,startup,6,6,0,60,false,total");
  });

  it("score table shows a shared place and one line on how the tie was decided", async () => {
    const out = (await cli(["score"], { cwd: EQUAL, columns: 200 })).stdout;
    expect(out.match(/│ 2= │/g)).toHaveLength(3);
    expect(out).toContain(
      "2nd place: kilo, lima and mike tie at 60.00 and are equal on every criterion; decided by id (alphabetical order), not by any criterion.",
    );
  });

  it("select says so above the audit log and in the audit rows", async () => {
    const out = (await cli(["select"], { cwd: EQUAL, columns: 200 })).stdout;
    const note = out.indexOf("2nd place: kilo, lima and mike tie at 60.00");
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(out.indexOf("Audit log:"));
    const j = await json(EQUAL, "select");
    const lima = j.decisions.find((d: Row) => d.id === "lima");
    expect(lima.reasons.join("; ")).toContain(
      "tie at 60.00 with kilo and mike for 2nd place: decided by id (alphabetical order), not by any criterion",
    );
    expect(lima.tie_group).toEqual(["kilo", "lima", "mike"]);
    expect(j.ties).toHaveLength(1);
    // top and zulu are not in the tie: no note.
    expect(j.decisions.find((d: Row) => d.id === "top").reasons.join()).not.toContain("tie");
  });

  it("explain carries tie_group, decided_by and the sentence", async () => {
    const card = await json(EQUAL, "explain", "lima");
    expect(card.tie_group).toEqual(["kilo", "lima", "mike"]);
    expect(card.decided_by).toBe("id");
    expect(card.tie).toMatch(/^2nd place: kilo, lima and mike tie at 60\.00/);
    const top = await json(EQUAL, "explain", "top");
    expect(top.tie).toBeNull();
    expect("tie_group" in top).toBe(false);
    expect((await cli(["explain", "mike"], { cwd: EQUAL, columns: 200 })).stdout).toContain("decided by id (alphabetical order)");
  });
});

describe("ties a tie-break criterion decides", () => {
  it("decided_by names the criterion and the sentence gives both scores", async () => {
    const j = byId((await json(CRITERION, "score")).results);
    // north (4, 8) and south (8, 4) both 60; tie_break [a, b]: south's a 8 beats north's 4.
    expect(j.south.decided_by).toBe("a");
    expect(j.south.tie_group).toEqual(["south", "north"]);
    expect(j.south.selected && !j.north.selected).toBe(true);
    const out = (await cli(["score"], { cwd: CRITERION, columns: 200 })).stdout;
    expect(out).toContain("2nd place: south and north tie at 60.00; decided by the tie-break criterion a (south 8, north 4).");
  });

  it("dominated_by lists every dominator, even when fewer than `teams` (defect d)", async () => {
    const j = byId((await json(CRITERION, "score")).results);
    // top (9, 9) beats every other team on both criteria; nobody else dominates anyone.
    expect(j.west.dominated_by).toEqual(["top"]);
    expect(j.north.dominated_by).toEqual(["top"]);
    expect(j.top.dominated_by).toEqual([]);
    // Dominated by 1 < 2 teams: west can still be picked, so it is not in the "never" line.
    expect((await cli(["score"], { cwd: CRITERION, columns: 200 })).stdout).not.toContain("dominated)");
  });
});

describe("decided_by agrees with the ranking (property)", () => {
  it("total iff the totals differ; else the first tie-break criterion that differs; else id", () => {
    fc.assert(
      fc.property(contestData({ maxTeams: 8 }), (d) => {
        const contest = contestOf(d);
        const ranked = rankTeams(contest);
        const info = tieInfo(contest, ranked);
        for (let k = 0; k < ranked.length; k++) {
          const a = ranked[k]!;
          const b = ranked[k + 1];
          const got = info.get(a.index)!.decidedBy;
          if (!b || Math.round(a.total * 1e9) !== Math.round(b.total * 1e9)) {
            expect(got).toBe("total");
            continue;
          }
          const first = contest.rules.tieBreak.find((c) => a.team.scores[c] !== b.team.scores[c]);
          if (first === undefined) {
            expect(got).toBe("id");
            expect(a.team.id < b.team.id).toBe(true);
          } else {
            expect(got).toBe(contest.criteria[first]!.id);
            expect(a.team.scores[first]!).toBeGreaterThan(b.team.scores[first]!);
          }
          expect(info.get(a.index)!.group).toContain(b.team.id);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("ordinals and lists in the tie sentences", () => {
  it("1st 2nd 3rd 4th, 11th–13th, 21st 22nd 23rd, 101st, 111th–113th, 112th", () => {
    const got = [1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 100, 101, 102, 103, 111, 112, 113, 121].map(ordinal);
    expect(got).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "10th",
      "11th",
      "12th",
      "13th",
      "14th",
      "21st",
      "22nd",
      "23rd",
      "100th",
      "101st",
      "102nd",
      "103rd",
      "111th",
      "112th",
      "113th",
      "121st",
    ]);
  });

  it("a, a and b, a, b and c", () => {
    expect([[], ["a"], ["a", "b"], ["a", "b", "c"]].map(andList)).toEqual(["", "a", "a and b", "a, b and c"]);
  });
});

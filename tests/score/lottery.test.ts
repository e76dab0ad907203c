/**
 * `tie_break: [..., lottery]`: teams still tied after the criteria are ordered by a seeded draw, and
 * every output says so. Fixture: tests/fixtures/ties/equal with criteria/lottery.yaml (kilo, lima and
 * mike tie at 60.00 for place 2 of 2 and are equal on every criterion; top 90, zulu 20).
 */
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContest } from "../../src/model/contest.js";
import { drawTickets, splitChain } from "../../src/model/lottery.js";
import { compareTeams, rankTeams } from "../../src/score/score.js";
import { tieInfo } from "../../src/score/ties.js";
import { cli, ROOT } from "../helpers/run.js";
import { contestData } from "../helpers/random-contest.js";

const EQUAL = join(ROOT, "tests/fixtures/ties/equal");
const TIED = ["kilo", "lima", "mike"];
type Row = { id: string; rank: number; selected: boolean; decided_by: string; ticket?: number; tie_group?: string[] };
const scoreJson = async (...args: string[]) => {
  const r = await cli(["score", "-r", "lottery", "-f", "json", ...args], { cwd: EQUAL });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { lottery?: { seed: number }; results: Row[] };
};

describe("the draw", () => {
  it("gives n teams the tickets 1..n, the same for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n, seed) => {
        const t = drawTickets(n, seed);
        expect([...t].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        expect(drawTickets(n, seed)).toEqual(t);
      }),
    );
  });

  it("is fair: over 6,000 seeds each of 3 teams draws ticket 1 in about a third of them", () => {
    const first = [0, 0, 0];
    for (let seed = 0; seed < 6000; seed++) first[drawTickets(3, seed).indexOf(1)]!++;
    // Binomial(6000, 1/3): sd ≈ 36.5; 5 sd either side of 2000.
    for (const k of first) expect(Math.abs(k - 2000)).toBeLessThan(183);
  });

  it("lottery ends the chain; a chain without it is unchanged", () => {
    expect(splitChain(["a", "lottery"])).toEqual({ criteria: ["a"], lottery: true });
    expect(splitChain(["lottery"])).toEqual({ criteria: [], lottery: true });
    expect(splitChain(["a", "b"])).toEqual({ criteria: ["a", "b"], lottery: false });
  });
});

describe("the ranking with a lottery", () => {
  it("orders teams equal on total and tie-break criteria by ticket, never by id; decided_by says lottery", () => {
    fc.assert(
      fc.property(contestData({ maxTeams: 8, maxCriteria: 2 }), fc.nat({ max: 1e9 }), (d, seed) => {
        const rubric = { ...d.rubric, selection: { ...d.rubric.selection, tie_break: ["c0", "lottery"] } };
        const contest = buildContest(rubric, d.consortia, undefined, seed);
        const ranked = rankTeams(contest);
        const ties = tieInfo(contest, ranked);
        const tickets = contest.rules.lottery!.tickets;
        for (let k = 0; k + 1 < ranked.length; k++) {
          const a = ranked[k]!;
          const b = ranked[k + 1]!;
          const sameTotal = Math.round(a.total * 1e9) === Math.round(b.total * 1e9);
          const sameC0 = a.team.scores[0] === b.team.scores[0];
          if (sameTotal && sameC0) {
            expect(tickets[a.index]).toBeLessThan(tickets[b.index]!);
            expect(ties.get(a.index)!.decidedBy).toBe("lottery");
          }
          expect(compareTeams(contest, a, b)).toBeLessThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("score, select and explain with a lottery (fixture: three teams tied for the last place)", () => {
  it("the tied group is ordered by ticket, the lowest ticket is picked, and the rest of the table is as without the lottery", async () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const j = await scoreJson("--seed", String(seed));
      expect(j.lottery).toEqual({ seed });
      const rows = j.results;
      // top 90 is 1st and zulu 20 last whatever the draw.
      expect(rows[0]!.id).toBe("top");
      expect(rows[4]!.id).toBe("zulu");
      const group = rows.slice(1, 4);
      expect(group.map((r) => r.id).sort()).toEqual(TIED);
      const tickets = group.map((r) => r.ticket!);
      expect(tickets).toEqual([...tickets].sort((a, b) => a - b));
      expect(group.map((r) => r.decided_by)).toEqual(["lottery", "lottery", "total"]);
      expect(group.map((r) => r.selected)).toEqual([true, false, false]);
      expect(group[0]!.tie_group).toEqual(group.map((r) => r.id));
    }
  });

  it("two seeds can pick different teams, and the same seed gives the same bytes", async () => {
    const picked = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) picked.add((await scoreJson("--seed", String(seed))).results[1]!.id);
    expect(picked.size).toBeGreaterThan(1);
    const a = await cli(["score", "-r", "lottery", "--seed", "7"], { cwd: EQUAL });
    const b = await cli(["score", "-r", "lottery", "--seed", "7"], { cwd: EQUAL });
    expect(a.stdout).toBe(b.stdout);
  });

  it("the default seed is 2025", async () => {
    const plain = await cli(["score", "-r", "lottery", "-f", "json"], { cwd: EQUAL });
    const seeded = await cli(["score", "-r", "lottery", "-f", "json", "--seed", "2025"], { cwd: EQUAL });
    expect(plain.stdout).toBe(seeded.stdout);
    expect(JSON.parse(plain.stdout).lottery).toEqual({ seed: 2025 });
  });

  it("the table shows a shared place and says the order was drawn by lot with the seed, and that another seed may differ", async () => {
    const out = (await cli(["score", "-r", "lottery", "--seed", "3", "--no-color"], { cwd: EQUAL, env: { COLUMNS: "200" } })).stdout;
    expect(out.match(/^│ 2= │/gm)?.length).toBe(3);
    const line = out.replace(/\n(?!\n)/g, " ");
    expect(line).toMatch(
      /2nd place: .* tie at 60\.00 and are equal on every criterion; the order was drawn by lot with seed 3 \(tickets: /,
    );
    expect(line).toContain("another seed may give another order.");
    expect(line).not.toContain("decided by id");
  });

  it("select says it above the audit log and in the tied teams' rows; CSV of score has decided_by lottery", async () => {
    const sel = JSON.parse((await cli(["select", "-r", "lottery", "--seed", "3", "-f", "json"], { cwd: EQUAL })).stdout);
    expect(sel.lottery).toEqual({ seed: 3 });
    expect(sel.ties).toHaveLength(1);
    expect(sel.ties[0]).toContain("drawn by lot with seed 3");
    const tied = sel.decisions.filter((d: { id: string }) => TIED.includes(d.id));
    for (const d of tied) expect(d.reasons.join(" ")).toMatch(/drawn by lot \(seed 3, ticket \d+\)/);
    const csv = (await cli(["score", "-r", "lottery", "--seed", "3", "-f", "csv"], { cwd: EQUAL })).stdout.trimEnd().split(/\r?\n/);
    expect(csv[2]!.endsWith(",true,lottery")).toBe(true);
  });

  it("explain gives the team's ticket and the sentence", async () => {
    const j = JSON.parse((await cli(["explain", "lima", "-r", "lottery", "--seed", "3", "-f", "json"], { cwd: EQUAL })).stdout);
    const s = await scoreJson("--seed", "3");
    expect(j.lottery).toEqual({ seed: 3, ticket: s.results.find((r) => r.id === "lima")!.ticket });
    expect(j.tie).toContain("drawn by lot with seed 3");
  });

  it("without lottery in the chain, --seed changes nothing", async () => {
    for (const cmd of ["score", "select", "explain kilo"]) {
      const a = await cli([...cmd.split(" "), "--seed", "1", "-f", "json"], { cwd: EQUAL });
      const b = await cli([...cmd.split(" "), "--seed", "99", "-f", "json"], { cwd: EQUAL });
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      expect(a.stdout).not.toContain("lottery");
    }
  });
});

describe("a lottery in the wrong place", () => {
  it("is invalid data (exit 1) when it is not last, or when a criterion is also called lottery", async () => {
    const notLast = await cli(["validate", "-r", "-"], {
      cwd: EQUAL,
      readStdin: async () =>
        new TextEncoder().encode(
          "name: x\ncriteria:\n  - { id: a, label: A, weight: 1, scale: { min: 0, max: 10 } }\n  - { id: b, label: B, weight: 1, scale: { min: 0, max: 10 } }\nselection:\n  teams: 2\n  tie_break: [lottery, a]\n",
        ),
    });
    expect(notLast.code).toBe(1);
    expect(notLast.stderr).toMatch(/tie_break\[0\].*"lottery" must end the tie-break chain/s);
    const named = await cli(["validate", "-r", "-"], {
      cwd: EQUAL,
      readStdin: async () =>
        new TextEncoder().encode(
          "name: x\ncriteria:\n  - { id: a, label: A, weight: 1, scale: { min: 0, max: 10 } }\n  - { id: b, label: B, weight: 1, scale: { min: 0, max: 10 } }\n  - { id: lottery, label: L, weight: 1, scale: { min: 0, max: 10 } }\nselection:\n  teams: 2\n  tie_break: [a, lottery]\n",
        ),
    });
    expect(named.code).toBe(1);
    expect(named.stderr).toContain("rename that criterion");
  });
});

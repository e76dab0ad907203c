/**
 * best-set's search, case by case (issue #20, the survivors of a mutation run on best-set.ts): the
 * candidate order among tied totals, the tie rule between two best sets found in either order, the
 * pick order of the answer, infeasible subsets, negative totals, the step budget, and how few steps
 * the bound leaves. Totals are single-criterion scores × 10 (criterion b carries weight 0); every
 * expectation is worked out by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import type { Selection } from "../../src/schema/rubric.js";
import { bestSet } from "../../src/select/best-set.js";
import { evaluate } from "../../src/select/evaluate.js";
import { ruleContext } from "../../src/select/rules.js";
import { selectTeams } from "../../src/select/select.js";
import { contest, picked, why, type T } from "../helpers/small-contest.js";

const conflict = (teams: number, extra: Partial<Selection> = {}): Selection => ({
  teams,
  strategy: "best-set",
  conflicts: { max_per_organisation: 1 },
  ...extra,
});

describe("tied totals: the candidate order is total, then id, whatever the ranking or the file order", () => {
  // h (X, Y) ranks first and blocks a (X), p and q (Y): rank order takes h, then only z: 90 + 1 = 91.
  // The best sets are {a, p} and {a, q}, 80 + 55 = 135; p and q tie and share Y, so they are one
  // class and the search branches on the first only: that must be p, the smaller id, for the sorted
  // ids {a, p} to win.
  const teams = (pb: number, qb: number): T[] => [
    { id: "h", a: 9, members: ["X", "Y"] },
    { id: "a", a: 8, members: ["X"] },
    { id: "q", a: 5.5, b: qb, members: ["Y"] },
    { id: "p", a: 5.5, b: pb, members: ["Y"] },
    { id: "z", a: 0.1 },
  ];

  it("the tie-break ranks q above p: the answer is still {a, p} (mutant: candidates in rank order)", () => {
    const ev = contest(conflict(2, { tie_break: ["b"] }), teams(0, 1));
    expect(ev.ranked.map((r) => r.team.id)).toEqual(["h", "a", "q", "p", "z"]);
    expect(picked(ev)).toEqual(["a", "p"]);
    expect(why(ev, "q")).toBe("shares organisation Y with picked team p");
  });

  it("no tie-break, ids rank p above q: the answer is {a, p} (mutants: the id comparison broken)", () => {
    const ev = contest(conflict(2), teams(0, 0));
    expect(ev.ranked.map((r) => r.team.id)).toEqual(["h", "a", "p", "q", "z"]);
    expect(picked(ev)).toEqual(["a", "p"]);
  });

  it("the tie-break ranks p above q: {a, p} again", () => {
    expect(picked(contest(conflict(2, { tie_break: ["b"] }), teams(1, 0)))).toEqual(["a", "p"]);
  });

  it("teams listed worst first, ids in the order of rising totals (mutants: candidates in file or id order)", () => {
    // Listed a, b, c, d by rising total (1, 70, 80, 90), so file order and id order are both worst
    // first. d (X, Y) blocks b (X) and c (Y): rank order takes d, then a: 90 + 1 = 91. Best: {c, b} =
    // 80 + 70 = 150. A bound summed over the candidates worst first would cut the search at the root
    // (1 + 70 < 91) and leave rank order's answer.
    expect(picked(contest({ ...conflict(2), strategy: "rank-order" }, worstFirst))).toEqual(["d", "a"]);
    const ev = contest(conflict(2), worstFirst);
    expect(picked(ev)).toEqual(["c", "b"]);
    expect(why(ev, "d")).toBe("shares organisation X with picked team b");
  });
});

const worstFirst: T[] = [
  { id: "a", a: 0.1 },
  { id: "b", a: 7, members: ["X"] },
  { id: "c", a: 8, members: ["Y"] },
  { id: "d", a: 9, members: ["X", "Y"] },
];

describe("two best sets with equal sums, neither the rank-order answer", () => {
  it("the first found has the smaller sorted ids: it stays (mutants: the later one always wins; ids compared unsorted)", () => {
    // p (X, Y, Z) blocks everyone but z: rank order is {p, z} = 91. d (X, Y) and a (Z) make 85 + 75 = 160,
    // b (X) and c (Y) 80 + 80 = 160. The search meets {d, a} first (d is the best candidate after p);
    // sorted, "a d" comes before "b c", so {a, d} is the answer, picked in rank order: d, then a.
    // Unsorted, the ids of {d, a} in search order read "d a", after "b c".
    const ev = contest(conflict(2), [
      { id: "p", a: 9, members: ["X", "Y", "Z"] },
      { id: "d", a: 8.5, members: ["X", "Y"] },
      { id: "b", a: 8, members: ["X"] },
      { id: "c", a: 8, members: ["Y"] },
      { id: "a", a: 7.5, members: ["Z"] },
      { id: "z", a: 0.1 },
    ]);
    expect(picked(ev)).toEqual(["d", "a"]);
    expect(why(ev, "d")).toBe("picked: part of the highest-scoring set that meets every rule (sum of totals 160)");
    expect(why(ev, "b")).toBe("shares organisation X with picked team d");
  });

  it("ids compared whole, not glued together (mutant: ids joined with no separator)", () => {
    // As above with ids ab (X, Y) 85, c (Z) 75, a (X) 80 and bc (Y) 80. Found first: {ab, c}, sorted
    // "ab c"; then {a, bc}, sorted "a bc": "a" is a prefix of "ab", so {a, bc} comes first and wins.
    // Glued, both read "abc" and the first found would stay.
    const ev = contest(conflict(2), [
      { id: "p", a: 9, members: ["X", "Y", "Z"] },
      { id: "ab", a: 8.5, members: ["X", "Y"] },
      { id: "a", a: 8, members: ["X"] },
      { id: "bc", a: 8, members: ["Y"] },
      { id: "c", a: 7.5, members: ["Z"] },
      { id: "z", a: 0.1 },
    ]);
    expect(picked(ev)).toEqual(["a", "bc"]);
  });
});

describe("the lottery's tickets order equal sets and tied candidates as numbers, not as strings", () => {
  it('ticket 9 comes before ticket 10 (mutant: tickets not zero-padded, so "10" sorts before "9")', () => {
    // Ten teams, so tickets have one or two digits. The contest is built as usual (tie-break: the
    // lottery alone) and its tickets are then set by hand, by team index (teams in id order: a, h, p,
    // q, z0…z5): a 3, h 1, p 10, q 9, z0…z5 2, 4…8. h (X, Y) blocks a (X), p and q (Y); rank order
    // takes h, then the best of the z's, z5: 90 + 6 = 96. The best sets are {a, p} and {a, q}, 80 + 55
    // = 135, neither rank order's; p and q tie at 55 and share Y, so they are one class and only the
    // first in candidate order is tried. Tickets as numbers: q (9) comes before p (10), and the
    // sorted tickets of {a, q} (3, 9) come before those of {a, p} (3, 10): the answer is {a, q}, in
    // rank order a, q. As unpadded strings "10" < "9" (and "10" < "3"): p would be tried first and
    // {a, p} kept. p is also the smaller id, so tickets replaced by ids would pick it too.
    const zs: T[] = Array.from({ length: 6 }, (_, i) => ({ id: `z${i}`, a: (i + 1) / 10 }));
    const built = contest(conflict(2, { tie_break: ["lottery"] }), [
      { id: "h", a: 9, members: ["X", "Y"] },
      { id: "a", a: 8, members: ["X"] },
      { id: "p", a: 5.5, members: ["Y"] },
      { id: "q", a: 5.5, members: ["Y"] },
      ...zs,
    ]).contest;
    expect(built.teams.map((t) => t.id)).toEqual(["a", "h", "p", "q", "z0", "z1", "z2", "z3", "z4", "z5"]);
    const tickets = [3, 1, 10, 9, 2, 4, 5, 6, 7, 8];
    const withTickets = (strategy: "rank-order" | "best-set") =>
      evaluate({ ...built, rules: { ...built.rules, strategy, lottery: { seed: 0, tickets } } });
    expect(picked(withTickets("rank-order"))).toEqual(["h", "z5"]);
    const ev = withTickets("best-set");
    // The ranking reads the same tickets: q (9) above p (10).
    expect(ev.ranked.map((r) => r.team.id)).toEqual(["h", "a", "q", "p", "z5", "z4", "z3", "z2", "z1", "z0"]);
    expect(picked(ev)).toEqual(["a", "q"]);
    expect(why(ev, "p")).toBe("shares organisation Y with picked team q");
  });
});

describe("the incumbent is compared with the rank-order answer as a set", () => {
  // h has no organisation; c1 (X, Y, Z, W) blocks b (X), c (Y), d (Z) and e (W). Among b, c, d, e only
  // {b, c} and {d, e} share nothing (b–d share P, b–e Q, c–d R, c–e S). Three places.
  const base: T[] = [
    { id: "h", a: 9 },
    { id: "c1", a: 8, members: ["X", "Y", "Z", "W"] },
    { id: "d", a: 6.5, members: ["Z", "P", "R"] },
    { id: "b", a: 6, members: ["X", "P", "Q"] },
    { id: "c", a: 6, members: ["Y", "R", "S"] },
    { id: "e", a: 5.5, members: ["W", "Q", "S"] },
  ];

  it("an incumbent sharing a team with the rank-order answer is not it (mutant: `some` for `every`)", () => {
    // Rank order: h, c1, then b–e blocked, z: 90 + 80 + 1 = 171. Best: {h, d, e} = 90 + 65 + 55 = 210,
    // found first (d ranks above b), and {h, b, c} = 90 + 60 + 60 = 210, sorted "b c h" before "d e h".
    const ev = contest(conflict(3), [...base, { id: "z", a: 0.1 }]);
    expect(picked(ev)).toEqual(["h", "b", "c"]);
    expect(why(ev, "h")).toBe("picked: part of the highest-scoring set that meets every rule (sum of totals 210)");
  });

  it("a rank-order answer of another size is not the incumbent (mutant: sets of different sizes taken as equal)", () => {
    // Without z, rank order stops at {h, c1} (170, two teams); the best sets are the same as above.
    const ev = contest(conflict(3), base);
    expect(picked(contest({ ...conflict(3), strategy: "rank-order" }, base))).toEqual(["h", "c1"]);
    expect(picked(ev)).toEqual(["h", "b", "c"]);
  });
});

function totalsOf(ev: ReturnType<typeof contest>): Float64Array {
  const t = new Float64Array(ev.contest.teams.length);
  for (const r of ev.ranked) t[r.index] = r.total;
  return t;
}

describe("the answer's pick order", () => {
  it("is rank order, not the order the search found the teams in (mutant: left unsorted)", () => {
    // h (X, Y) blocks q (X) and p (Y); rank order {h, z} = 91. Best {p, q} = 55 + 55 = 110. q ranks
    // above p on the tie-break b; the search adds p first (ids among equal totals).
    const ev = contest(conflict(2, { tie_break: ["b"] }), [
      { id: "h", a: 9, members: ["X", "Y"] },
      { id: "q", a: 5.5, b: 1, members: ["X"] },
      { id: "p", a: 5.5, b: 0, members: ["Y"] },
      { id: "z", a: 0.1 },
    ]);
    expect(picked(ev)).toEqual(["q", "p"]);
  });
});

describe("minimum quotas and best-set", () => {
  it("a subset short of a minimum quota is never the answer, even when its sum ties (mutant: infeasible sets considered)", () => {
    // Three places, one telecom at least; t (telecom) totals 0. h (X, Y) blocks a (X) and b (Y):
    // rank order {h, t} = 90. Best: {a, b, t} = 60 + 60 + 0 = 120; {a, b} sums the same and its
    // sorted ids come first, but it has no telecom.
    const ev = contest(conflict(3, { quotas: [{ name: "tel", kinds: ["telecom"], min: 1 }] }), [
      { id: "h", a: 9, members: ["X", "Y"] },
      { id: "a", a: 6, members: ["X"] },
      { id: "b", a: 6, members: ["Y"] },
      { id: "t", a: 0, kind: "telecom" },
    ]);
    expect(picked(ev)).toEqual(["a", "b", "t"]);
    expect(ev.selection.unmet).toEqual([]);
  });
});

describe("bestSet on totals the scoring cannot give (negative ones)", () => {
  it("a negative total does not cut the bound short (mutant: the bound sums totals below 0)", () => {
    // x and y total 10, n −20; three places, no rules. Rank order takes all three: 0. The best set is
    // {x, y} = 20. A bound that adds n's −20 would say below {x} nothing beats 10 + 10 − 20 = 0 < 10.
    const ev = contest({ teams: 3, strategy: "best-set" }, [
      { id: "x", a: 1 },
      { id: "y", a: 1 },
      { id: "n", a: 1 },
    ]);
    const ctx = ruleContext(ev.contest);
    const [x, y, n] = ["x", "y", "n"].map((id) => ev.contest.teams.findIndex((t) => t.id === id)) as [number, number, number];
    const totals: number[] = [];
    [totals[x], totals[y], totals[n]] = [10, 10, -20];
    expect(bestSet(ctx, [x, y, n], totals, [], [x, y, n])).toEqual([x, y]);
  });
});

describe("the step budget", () => {
  it("out of steps at the root, best-set keeps the rank-order answer and says the search stopped (mutant: budget ignored)", () => {
    // The worst-first example, where best-set beats rank order ({c, b} 150 against {d, a} 91), with 1
    // step: the root takes it, so no set is ever added and the incumbent, rank order's {d, a}, stays.
    const ev = contest(conflict(2), worstFirst);
    const sel = selectTeams(
      ev.contest,
      { order: ev.ranked.map((r) => r.index), totals: totalsOf(ev), scores: (t) => ev.contest.teams[t]!.scores },
      1,
    );
    expect(sel.selected.map((t) => ev.contest.teams[t]!.id)).toEqual(["d", "a"]);
    expect(sel.unmet).toEqual([{ code: "search-undecided", limit: 1 }]);
  });

  it("20 distinct totals, 5 places, no rules: the bound leaves 91 steps (1 + 20 + 19 + 18 + 17 + 16) (mutants: bound looser)", () => {
    // Rank order (the top 5) is best. The bound lets through only the prefixes {}, {t0}, … {t0..t3},
    // each of whose children is one step: any other set of k < 5 teams has a bound strictly below.
    // Sets of 5 stop before the bound. So 1 (root) + 20 + 19 + 18 + 17 + 16 = 91 steps.
    const teams: T[] = Array.from({ length: 20 }, (_, i) => ({ id: `t${String(i).padStart(2, "0")}`, a: 10 - i * 0.4 }));
    const ev = contest({ teams: 5, strategy: "best-set" }, teams);
    const ctx = ruleContext(ev.contest);
    const order = ev.ranked.map((r) => r.index);
    const answer = bestSet(ctx, order, totalsOf(ev), [], order.slice(0, 5));
    expect(answer).toEqual(order.slice(0, 5));
    expect(ctx.budget.steps).toBe(91);
  });
});

describe("minimum quotas in the search: a branch that cannot meet them is not walked", () => {
  it("20 startups, then two academia teams that must both be picked for 2 places: 25 steps (mutants: the completion check skipped or loosened)", () => {
    // The only set meeting "2 academia" in 2 places is {a1, a2}, rank order's own answer. The root is
    // one step; each startup costs the one step that finds it leaves 1 place for 2 academia teams
    // (20); a1 costs a step to find a2 completes it, then a step to walk {a1} and one to walk {a1, a2};
    // a2 costs a step to find nothing after it: 1 + 20 + 1 + 1 + 1 + 1 = 25. Walking a startup anyway,
    // or checking with a place too many or with teams ranked above it, takes more.
    const teams: T[] = [
      ...Array.from({ length: 20 }, (_, i): T => ({ id: `s${String(i).padStart(2, "0")}`, a: 10 - i * 0.4 })),
      { id: "a1", a: 1, kind: "academia" },
      { id: "a2", a: 0.5, kind: "academia" },
    ];
    const ev = contest({ teams: 2, strategy: "best-set", quotas: [{ name: "acad", kinds: ["academia"], min: 2 }] }, teams);
    const ctx = ruleContext(ev.contest);
    const order = ev.ranked.map((r) => r.index);
    const acad = ["a1", "a2"].map((id) => ev.contest.teams.findIndex((t) => t.id === id));
    expect(bestSet(ctx, order, totalsOf(ev), [0], acad)).toEqual(acad);
    expect(ctx.budget.steps).toBe(25);
  });
});

describe("interchangeable teams: alike in total, quotas and binding organisations, nothing less", () => {
  // h blocks u (through P for the organisations, a max-1 quota for the quotas) and x and y; u blocks x.
  // Rank order: h, then only z: 91. Best: {u, y} = 80 + 50 = 130. x and y tie at 50; when u is in the
  // set, x is blocked and y must still be tried: they are not one class.
  it("organisations {a, b} and {ab} differ (mutant: organisation keys joined with no separator)", () => {
    const ev = contest(conflict(2), [
      { id: "h", a: 9, members: ["B", "AB", "C"] },
      { id: "u", a: 8, members: ["A", "C"] },
      { id: "x", a: 5, members: ["A", "B"] },
      { id: "y", a: 5, members: ["AB"] },
      { id: "z", a: 0.1 },
    ]);
    expect(picked(ev)).toEqual(["u", "y"]);
  });

  it("quotas {1, 2} and {12} differ (mutant: quota numbers joined with no separator)", () => {
    // 13 quotas, all max-only; u and x are in quota 1 (max 1), x also in 2, y in 12; h and u in 0 (max 1).
    // x and y share P with h (conflict rule) and with each other.
    const quotas = Array.from({ length: 13 }, (_, k) => ({
      name: `q${k}`,
      ids: ({ 0: ["h", "u"], 1: ["u", "x"], 2: ["x"], 12: ["y"] } as Record<number, string[]>)[k] ?? [],
      max: k <= 1 ? 1 : 5,
    }));
    const ev = contest(conflict(2, { quotas }), [
      { id: "h", a: 9, members: ["P"] },
      { id: "u", a: 8 },
      { id: "x", a: 5, members: ["P"] },
      { id: "y", a: 5, members: ["P"] },
      { id: "z", a: 0.1 },
    ]);
    expect(picked(ev)).toEqual(["u", "y"]);
  });
});

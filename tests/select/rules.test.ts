/**
 * The rule predicates the analyses and the simulation call directly (issue #20, mutation run on
 * src/select/rules.ts): `isEligible` at the edges of a gate's minimum and of the cutoff, and the
 * search budget's reset. Worked out by hand; totals are single-criterion scores × 10.
 */
import { describe, expect, it } from "vitest";
import { canComplete, isEligible, ruleContext, SearchBudget, Tally } from "../../src/select/rules.js";
import { selectTeams } from "../../src/select/select.js";
import { contest, picked } from "../helpers/small-contest.js";

describe("isEligible", () => {
  it("a gate's minimum: at it passes, below it fails", () => {
    const ctx = ruleContext(contest({ teams: 1, gates: [{ criterion: "b", min: 5 }] }, [{ id: "p", a: 9, b: 5 }]).contest);
    expect(isEligible(ctx, [9, 5], 90)).toBe(true);
    expect(isEligible(ctx, [9, 4.999], 90)).toBe(false);
    expect(isEligible(ctx, [9, 10], 90)).toBe(true);
  });

  it("the cutoff: at min_total passes, with the 1e-9 slack; clearly under it fails", () => {
    const ctx = ruleContext(contest({ teams: 1, min_total: 60 }, [{ id: "p", a: 6 }]).contest);
    expect(isEligible(ctx, [6, 0], 60)).toBe(true);
    expect(isEligible(ctx, [6, 0], 60 - 5e-10)).toBe(true);
    expect(isEligible(ctx, [6, 0], 60 - 1e-9)).toBe(true);
    expect(isEligible(ctx, [6, 0], 59.99)).toBe(false);
    expect(isEligible(ctx, [10, 0], 100)).toBe(true);
  });

  it("no gate and no cutoff: every team passes", () => {
    const ctx = ruleContext(contest({ teams: 1 }, [{ id: "p", a: 0 }]).contest);
    expect(isEligible(ctx, [0, 0], 0)).toBe(true);
  });
});

describe("SearchBudget", () => {
  it("counts steps up to its limit, then says no and records it; reset starts again", () => {
    const b = new SearchBudget(2);
    expect([b.take(), b.take(), b.take()]).toEqual([true, true, false]);
    expect([b.steps, b.exhausted]).toEqual([2, true]);
    b.reset();
    expect([b.steps, b.exhausted]).toEqual([0, false]);
    expect(b.take()).toBe(true);
  });
});

describe("ruleContext's memberships", () => {
  // Built inside each test, not while the file is collected (code run at collection makes its
  // mutants "static" for Stryker, which then runs the whole suite for each: docs/mutation.md).
  const build = () =>
    contest({ teams: 2, quotas: [{ name: "acad", kinds: ["academia"], max: 1 }], conflicts: { max_per_organisation: 1 } }, [
      { id: "p", kind: "academia", a: 9, members: ["KAIST"] },
      { id: "q", a: 8, members: ["KAIST"] },
      { id: "r", kind: "academia", a: 7 },
    ]).contest;

  it("lists each team's quotas and binding organisations", () => {
    const c = build();
    const ctx = ruleContext(c);
    expect(ctx.quotasOf).toEqual([[0], [], [0]]);
    expect(ctx.bindingOrgsOf).toEqual([["kaist"], ["kaist"], []]);
  });

  it("are built once for a copy with other scores (the analyses' copies), again for other organisations", () => {
    const c = build();
    const first = ruleContext(c);
    const rescored = { ...c, teams: c.teams.map((t) => ({ ...t, scores: t.scores.map((s) => s / 2) })) };
    const again = ruleContext(rescored);
    expect(again.quotasOf).toBe(first.quotasOf);
    expect(again.contest).toBe(rescored);
    expect(again.budget).not.toBe(first.budget); // each selection has its own search budget
    const moved = {
      ...c,
      teams: c.teams.map((t, i) => (i === 1 ? { ...t, organisations: [{ key: "snu", name: "SNU", kind: "academia" }] } : t)),
    };
    expect(ruleContext(moved).bindingOrgsOf).toEqual([[], [], []]);
    expect(ruleContext(moved).orgsOf[1]).toEqual(["snu"]);
  });
});

describe("ruleContext's quota lists", () => {
  it("minimum quotas are those with a min above 0; maximum quotas those with a max", () => {
    // Quotas in order: 0 min 1; 1 min 0 (no minimum in effect); 2 max 1; 3 min 1 and max 2.
    const c = contest(
      {
        teams: 2,
        quotas: [
          { name: "q0", kinds: ["academia"], min: 1 },
          { name: "q1", kinds: ["academia"], min: 0 },
          { name: "q2", ids: ["p"], max: 1 },
          { name: "q3", ids: ["q"], min: 1, max: 2 },
        ],
      },
      [
        { id: "p", kind: "academia", a: 9 },
        { id: "q", a: 8 },
      ],
    ).contest;
    const ctx = ruleContext(c);
    expect(ctx.minQuotas).toEqual([0, 3]);
    expect(ctx.maxQuotas).toEqual([2, 3]);
  });
});

describe("canComplete past its step budget", () => {
  it("answers yes: with one step the selection keeps rank order and says the search stopped", () => {
    // Two places, a minimum of one academia; x 90, y 80 (startups), z 70 (academia). With the full
    // budget x and then z are picked (y would leave no place for the quota). With one step: keeping
    // the quota takes it (z completes it), then the check for x finds the quota short and no step
    // left, so it answers "yes" (x picked), and so again for y: x and y, the quota unmet, and the
    // answer says the search stopped.
    const ev = contest({ teams: 2, quotas: [{ name: "ac", kinds: ["academia"], min: 1 }] }, [
      { id: "x", a: 9 },
      { id: "y", a: 8 },
      { id: "z", kind: "academia", a: 7 },
    ]);
    const c = ev.contest;
    const totals = new Float64Array(c.teams.map((_, i) => ev.ranked.find((r) => r.index === i)!.total));
    const input = { order: ev.ranked.map((r) => r.index), totals, scores: (i: number) => c.teams[i]!.scores };
    const ids = (sel: { selected: readonly number[] }) => sel.selected.map((i) => c.teams[i]!.id).sort();
    expect(ids(selectTeams(c, input))).toEqual(["x", "z"]);
    const short = selectTeams(c, input, 1);
    expect(ids(short)).toEqual(["x", "y"]);
    expect(short.unmet.map((u) => u.code)).toEqual(["quota-no-room", "search-undecided"]);
  });
});

describe("canComplete never counts a team twice", () => {
  it("a team already in the set is not added again for a second quota", () => {
    // Three places. Quota A: z, at least 1; quota B: academia, at least 2 — but z is the only
    // academia team, so B cannot be met and is dropped: x and y fill the other places. Were z counted
    // again for B, B would look met, be kept, and y would be refused the last place.
    const ev = contest(
      {
        teams: 3,
        quotas: [
          { name: "A", ids: ["z"], min: 1 },
          { name: "B", kinds: ["academia"], min: 2 },
        ],
      },
      [
        { id: "z", kind: "academia", a: 9 },
        { id: "x", a: 8 },
        { id: "y", a: 7 },
      ],
    );
    expect(picked(ev).sort()).toEqual(["x", "y", "z"]);
    expect(ev.selection.unmet.map((u) => u.code)).toEqual(["quota-too-few-eligible"]);
  });
});

describe("canComplete's likeness of teams (the search skips a team alike to one tried)", () => {
  // Two teams are alike when they count in the same quotas and the same binding organisations; the
  // search tries one of them only. The signature must keep the lists apart: quotas [0, 1, 2] and
  // [0, 12] both read "012" without a separator, organisations "p", "q" and "pq" both read "pq".
  it("quotas 0, 1, 2 and quotas 0, 12 are not alike", () => {
    // Teams in id order: a 0, b 1, c 2, d 3. Two places. Quotas by index:
    // 0 {a, b} min 1; 1 {a, c} max 1; 2 {a} max 5; 3–11 {d} max 5 (fillers, so that b's second
    // quota is number 12); 12 {b} max 5; 13 {c} min 1. So a is in 0, 1, 2; b in 0, 12; c in 1, 13.
    // Meeting 0 and 13: try a for quota 0, then c for 13 is blocked (quota 1 would hold a and c,
    // max 1): no. Then b (not alike to a): b, then c (quota 1 holds c only): yes.
    // Were b taken as alike to a, it would be skipped: no.
    const fillers = Array.from({ length: 9 }, (_, i) => ({ name: `f${i + 3}`, ids: ["d"], max: 5 }));
    const c = contest(
      {
        teams: 2,
        quotas: [
          { name: "q0", ids: ["a", "b"], min: 1 },
          { name: "q1", ids: ["a", "c"], max: 1 },
          { name: "q2", ids: ["a"], max: 5 },
          ...fillers,
          { name: "q12", ids: ["b"], max: 5 },
          { name: "q13", ids: ["c"], min: 1 },
        ],
      },
      [
        { id: "a", a: 9 },
        { id: "b", a: 8 },
        { id: "c", a: 7 },
        { id: "d", a: 6 },
      ],
    ).contest;
    const ctx = ruleContext(c);
    expect(ctx.quotasOf).toEqual([
      [0, 1, 2],
      [0, 12],
      [1, 13],
      [3, 4, 5, 6, 7, 8, 9, 10, 11],
    ]);
    expect(canComplete(new Tally(ctx), [0, 1, 2, 3], 2, [0, 13])).toBe(true);
    // Without b in quota 0 the only way is a, which fails: the answer is no (the case can fail).
    expect(canComplete(new Tally(ctx), [0, 2, 3], 2, [0, 13])).toBe(false);
  });

  it("organisations p, q and organisation pq are not alike", () => {
    // At most one team per organisation; two places. a has members P and Q, b has PQ, c has P and
    // is the only team of quota 1; e (PQ) and f (Q) make pq and q held by two teams each, so every
    // one of these counts (a lead's own name is held by one team: never binding). Quota 0 {a, b}
    // min 1, quota 1 {c} min 1. Try a for quota 0: then c shares P with a: no. Then b (organisation
    // pq, not alike to a's p and q): b, then c: yes. Were b taken as alike to a, it would be skipped.
    const c = contest(
      {
        teams: 2,
        quotas: [
          { name: "q0", ids: ["a", "b"], min: 1 },
          { name: "q1", ids: ["c"], min: 1 },
        ],
        conflicts: { max_per_organisation: 1 },
      },
      [
        { id: "a", a: 9, members: ["P", "Q"] },
        { id: "b", a: 8, members: ["PQ"] },
        { id: "c", a: 7, members: ["P"] },
        { id: "e", a: 6, members: ["PQ"] },
        { id: "f", a: 5, members: ["Q"] },
      ],
    ).contest;
    const ctx = ruleContext(c);
    expect(ctx.bindingOrgsOf.slice(0, 3)).toEqual([["p", "q"], ["pq"], ["p"]]);
    expect(canComplete(new Tally(ctx), [0, 1, 2, 3, 4], 2, [0, 1])).toBe(true);
    expect(canComplete(new Tally(ctx), [0, 2, 3, 4], 2, [0, 1])).toBe(false);
  });
});

describe("canComplete's search steps (each call counts one step on the context's budget)", () => {
  // a, b and c count for quota 0 (at least 2), each also for a quota of its own (2, 3, 4: at most 5,
  // never binding, so no two of them are alike); d alone for quota 1 (at least 1). The pool leaves d
  // out, so quota 1 can never be met: every search ends "no", and only its steps differ.
  const build = () =>
    ruleContext(
      contest(
        {
          teams: 3,
          quotas: [
            { name: "q0", ids: ["a", "b", "c"], min: 2 },
            { name: "q1", ids: ["d"], min: 1 },
            { name: "q2", ids: ["a"], max: 5 },
            { name: "q3", ids: ["b"], max: 5 },
            { name: "q4", ids: ["c"], max: 5 },
          ],
        },
        [
          { id: "a", a: 9 },
          { id: "b", a: 8 },
          { id: "c", a: 7 },
          { id: "d", a: 6 },
        ],
      ).contest,
    );

  it("stops at once when the largest shortfall exceeds the places left", () => {
    // One place; quota 0 is 2 short, quota 1 is 1 short: 2 > 1, no on the first step. (Judged by the
    // smallest shortfall, 1, it would try a, b and c, one step each: 4.)
    const ctx = build();
    expect(canComplete(new Tally(ctx), [0, 1, 2], 1, [0, 1])).toBe(false);
    expect(ctx.budget.steps).toBe(1);
  });

  it("tries each set once, not each of its orderings", () => {
    // Two places. Steps: the start; a; a then b; a then c; b; b then c; c (within quota 0 the teams are
    // tried in pool order after the last one added, so {b, a} is not tried again): 7. Starting each
    // level from the first team would add b then a, c then a and c then b: 10.
    const ctx = build();
    expect(canComplete(new Tally(ctx), [0, 1, 2], 2, [0, 1])).toBe(false);
    expect(ctx.budget.steps).toBe(7);
  });
});

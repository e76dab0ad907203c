/**
 * Ties at the line in each wording (issue #20, mutation run on src/select): what decided a tie group
 * split between picked and left out, and the dominance note's capped list. Worked out by hand;
 * totals are single-criterion scores × 10 and criterion b carries weight 0.
 */
import { en, lineTieText, reasonText } from "../../src/i18n/index.js";
import { describe, expect, it } from "vitest";
import { reasonsOf, tieNote } from "../../src/select/evaluate.js";
import { contest, picked } from "../helpers/small-contest.js";
import { DEFAULT_SEED, drawTickets } from "../../src/model/lottery.js";

const index = (ev: ReturnType<typeof contest>, id: string) => ev.contest.teams.findIndex((t) => t.id === id);

describe("a tie at the line", () => {
  it("no tie-break criterion, the teams differing elsewhere: the id decided, and the rubric names none", () => {
    // p and q both 50 (b differs but weighs 0); an empty tie-break chain (without one, the chain is
    // every criterion in rubric order); one place; ids put p first.
    const ev = contest({ teams: 1, tie_break: [] }, [
      { id: "q", a: 5, b: 0 },
      { id: "p", a: 5, b: 1 },
    ]);
    expect(picked(ev)).toEqual(["p"]);
    expect(ev.lineTies.map((t) => [t.place, t.decidedBy, lineTieText(t, en)])).toEqual([
      [
        1,
        "id",
        "1st place: p and q tie at 50.00 and the rubric names no tie-break criterion; decided by id (alphabetical order), not by any criterion.",
      ],
    ]);
    expect(reasonText(tieNote(ev, index(ev, "q"))!, en)).toBe(
      "tie at 50.00 with p for 1st place: decided by id (alphabetical order), not by any criterion",
    );
  });

  it("equal on the tie-break criterion a, different on b: the id decided", () => {
    const ev = contest({ teams: 1, tie_break: ["a"] }, [
      { id: "q", a: 5, b: 0 },
      { id: "p", a: 5, b: 1 },
    ]);
    expect(ev.lineTies.map((t) => lineTieText(t, en))).toEqual([
      "1st place: p and q tie at 50.00 and are equal on the tie-break criteria (a); decided by id (alphabetical order), not by any criterion.",
    ]);
  });

  it("the tie-break criterion b decided: the sentence gives both scores", () => {
    // Second place: r 90 first; p and q tie at 50, b puts q (3) above p (1); two places.
    const ev = contest({ teams: 2, tie_break: ["b"] }, [
      { id: "r", a: 9 },
      { id: "p", a: 5, b: 1 },
      { id: "q", a: 5, b: 3 },
    ]);
    expect(picked(ev)).toEqual(["r", "q"]);
    expect(ev.lineTies.map((t) => [t.place, t.decidedBy, lineTieText(t, en)])).toEqual([
      [2, "b", "2nd place: q and p tie at 50.00; decided by the tie-break criterion b (q 3, p 1)."],
    ]);
    expect(reasonText(tieNote(ev, index(ev, "p"))!, en)).toBe("tie at 50.00 with q for 2nd place: decided by the tie-break criterion b");
  });

  it("the conflict rule, not the places, split the group: the rules decided", () => {
    // Two places, p and q (50 each) share X: q is left out for the conflict, r (10) takes the place.
    const ev = contest({ teams: 2, conflicts: { max_per_organisation: 1 } }, [
      { id: "p", a: 5, members: ["X"] },
      { id: "q", a: 5, members: ["X"] },
      { id: "r", a: 1 },
    ]);
    expect(picked(ev)).toEqual(["p", "r"]);
    expect(ev.lineTies.map((t) => [t.decidedBy, lineTieText(t, en)])).toEqual([
      [
        "rules",
        "1st place: p and q tie at 50.00; the selection rules, not the ranking, decided which of them are picked (see each one's reasons).",
      ],
    ]);
    expect(reasonText(tieNote(ev, index(ev, "q"))!, en)).toBe("tie at 50.00 with p for 1st place: the selection rules decided");
  });

  it("a group wholly picked or wholly left out is no tie at the line", () => {
    const ev = contest({ teams: 2 }, [
      { id: "p", a: 5 },
      { id: "q", a: 5 },
      { id: "r", a: 1 },
      { id: "s", a: 1 },
    ]);
    expect(picked(ev)).toEqual(["p", "q"]);
    expect(ev.lineTies).toEqual([]);
  });
});

describe("the dominance note", () => {
  it("lists at most 10 dominators, then how many more", () => {
    // z (a 1, b 0) is beaten on a and equalled on b by each of the 11 others: dominated, one place.
    const others = Array.from({ length: 11 }, (_, i) => ({ id: `p${String(i).padStart(2, "0")}`, a: 9 }));
    const ev = contest({ teams: 1 }, [...others, { id: "z", a: 1 }]);
    expect(reasonText(reasonsOf(ev, index(ev, "z")).at(-1)!, en)).toBe(
      "dominated by p00, p01, p02, p03, p04, p05, p06, p07, p08, p09 and 1 more: no weighting ranks it in the top 1",
    );
  });
});

describe("a tie at the line: which team below decides (mutation run of 17:05)", () => {
  it("a member above the last pick left out by a rule is not the team below: the places decided, by id", () => {
    // Two places, one team per organisation. t (90, X) first; the group p, q, r at 50 in id order:
    // p shares X with t (left out: conflict), q is picked, r is below the last pick. The team below
    // the last pick of the group is r, left out only because the places ran out, so the tie-break
    // chain (a, b: equal) leaves the id: decided by id — not "rules", which p's reason would give.
    const ev = contest({ teams: 2, conflicts: { max_per_organisation: 1 } }, [
      { id: "t", a: 9, members: ["X"] },
      { id: "p", a: 5, members: ["X"] },
      { id: "q", a: 5 },
      { id: "r", a: 5 },
    ]);
    expect(picked(ev)).toEqual(["t", "q"]);
    expect(ev.lineTies.map((t) => [t.place, t.ids, t.decidedBy, t.why.code])).toEqual([[2, ["p", "q", "r"], "id", "tie-by-id"]]);
  });

  it("best-set, every place filled: the team below is 'best-set-full', so the tie-break (here the id) decided", () => {
    // Two places: p 90, q and r 50. {p, q} and {p, r} both sum 140; the rank-order answer {p, q}
    // wins the tie. r: not in the best set, all places filled.
    const ev = contest({ teams: 2, strategy: "best-set" }, [
      { id: "p", a: 9 },
      { id: "q", a: 5 },
      { id: "r", a: 5 },
    ]);
    expect(picked(ev)).toEqual(["p", "q"]);
    expect(ev.reasons.get(index(ev, "r"))!.map((x) => x.code)).toEqual(["best-set-full"]);
    expect(ev.lineTies.map((t) => [t.ids, t.decidedBy, t.why.code])).toEqual([[["q", "r"], "id", "tie-by-id"]]);
  });

  it("best-set with a place to spare: the team below is 'best-set-out', and the id decided", () => {
    // Four places, one team per organisation. m (90) shares X with b and Y with c (80 each); a and q
    // score 0. Rank order takes m, a, q (90); the best sum is 160, by {b, c} with any of the zeros.
    // Equal sums go to the smallest sorted ids: "a b c" before "a b c q" and "b c" (the rank-order
    // answer is not among them). q is left out with a place free: 'best-set-out'. The group a, q at
    // 0 is split by the id alone.
    const ev = contest({ teams: 4, strategy: "best-set", conflicts: { max_per_organisation: 1 } }, [
      { id: "m", a: 9, members: ["X", "Y"] },
      { id: "b", a: 8, members: ["X"] },
      { id: "c", a: 8, members: ["Y"] },
      { id: "a", a: 0 },
      { id: "q", a: 0 },
    ]);
    expect(picked(ev)).toEqual(["b", "c", "a"]);
    expect(ev.reasons.get(index(ev, "q"))!.map((x) => x.code)).toEqual(["best-set-out"]);
    expect(ev.lineTies.map((t) => [t.ids, t.decidedBy, t.why.code])).toEqual([[["a", "q"], "id", "tie-by-id"]]);
  });
});

describe("a tie at the line decided by the lottery", () => {
  it("names each member's ticket, the draw of the default seed in id order", () => {
    // One place, p, q and r all 50 and equal on every criterion: the lottery orders them.
    const ev = contest({ teams: 1, tie_break: ["lottery"] }, [
      { id: "p", a: 5 },
      { id: "q", a: 5 },
      { id: "r", a: 5 },
    ]);
    const tickets = drawTickets(3, DEFAULT_SEED); // p, q, r
    const byTicket = ["p", "q", "r"].map((id, i) => ({ id, ticket: tickets[i]! })).sort((x, y) => x.ticket - y.ticket);
    expect(ev.lineTies).toHaveLength(1);
    const lt = ev.lineTies[0]!;
    expect(lt.decidedBy).toBe("lottery");
    expect(lt.why).toEqual({ code: "tie-by-lottery", all_equal: true, tie_break: [], seed: DEFAULT_SEED, tickets: byTicket });
    expect(picked(ev)).toEqual([byTicket[0]!.id]);
    const out = byTicket[1]!;
    expect(tieNote(ev, index(ev, out.id))).toMatchObject({
      code: "line-tie",
      decided_by: "lottery",
      seed: DEFAULT_SEED,
      ticket: out.ticket,
    });
  });

  it("a tie a criterion decided carries no ticket, even when the chain ends with the lottery", () => {
    // Second place: r 90; p and q tie at 50, b puts q (3) above p (1) before the lottery is reached.
    const ev = contest({ teams: 2, tie_break: ["b", "lottery"] }, [
      { id: "r", a: 9 },
      { id: "p", a: 5, b: 1 },
      { id: "q", a: 5, b: 3 },
    ]);
    expect(picked(ev)).toEqual(["r", "q"]);
    expect(tieNote(ev, index(ev, "p"))).toEqual({ code: "line-tie", total: 50, with: ["q"], place: 2, decided_by: "b" });
  });
});

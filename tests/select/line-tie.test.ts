/**
 * Ties at the line in each wording (issue #20, mutation run on src/select): what decided a tie group
 * split between picked and left out, and the dominance note's capped list. Worked out by hand;
 * totals are single-criterion scores × 10 and criterion b carries weight 0.
 */
import { en, lineTieText, reasonText } from "../../src/i18n/index.js";
import { describe, expect, it } from "vitest";
import { reasonsOf, tieNote } from "../../src/select/evaluate.js";
import { contest, picked } from "../helpers/small-contest.js";

const index = (ev: ReturnType<typeof contest>, id: string) => ev.contest.teams.findIndex((t) => t.id === id);

describe("a tie at the line", () => {
  it("no tie-break criterion, the teams differing elsewhere: the id decided, and the rubric names none", () => {
    // p and q both 50 (b differs but weighs 0); an empty tie-break chain (without one, the chain is
    // every criterion in rubric order); one place; ids put p first.
    const ev = contest({ teams: 1, tie_break: [] }, [{ id: "q", a: 5, b: 0 }, { id: "p", a: 5, b: 1 }]);
    expect(picked(ev)).toEqual(["p"]);
    expect(ev.lineTies.map((t) => [t.place, t.decidedBy, lineTieText(t, en)])).toEqual([
      [1, "id", "1st place: p and q tie at 50.00 and the rubric names no tie-break criterion; decided by id (alphabetical order), not by any criterion."],
    ]);
    expect(reasonText(tieNote(ev, index(ev, "q"))!, en)).toBe("tie at 50.00 with p for 1st place: decided by id (alphabetical order), not by any criterion");
  });

  it("equal on the tie-break criterion a, different on b: the id decided", () => {
    const ev = contest({ teams: 1, tie_break: ["a"] }, [{ id: "q", a: 5, b: 0 }, { id: "p", a: 5, b: 1 }]);
    expect(ev.lineTies.map((t) => lineTieText(t, en))).toEqual(["1st place: p and q tie at 50.00 and are equal on the tie-break criteria (a); decided by id (alphabetical order), not by any criterion."]);
  });

  it("the tie-break criterion b decided: the sentence gives both scores", () => {
    // Second place: r 90 first; p and q tie at 50, b puts q (3) above p (1); two places.
    const ev = contest({ teams: 2, tie_break: ["b"] }, [{ id: "r", a: 9 }, { id: "p", a: 5, b: 1 }, { id: "q", a: 5, b: 3 }]);
    expect(picked(ev)).toEqual(["r", "q"]);
    expect(ev.lineTies.map((t) => [t.place, t.decidedBy, lineTieText(t, en)])).toEqual([[2, "b", "2nd place: q and p tie at 50.00; decided by the tie-break criterion b (q 3, p 1)."]]);
    expect(reasonText(tieNote(ev, index(ev, "p"))!, en)).toBe("tie at 50.00 with q for 2nd place: decided by the tie-break criterion b");
  });

  it("the conflict rule, not the places, split the group: the rules decided", () => {
    // Two places, p and q (50 each) share X: q is left out for the conflict, r (10) takes the place.
    const ev = contest({ teams: 2, conflicts: { max_per_organisation: 1 } }, [{ id: "p", a: 5, members: ["X"] }, { id: "q", a: 5, members: ["X"] }, { id: "r", a: 1 }]);
    expect(picked(ev)).toEqual(["p", "r"]);
    expect(ev.lineTies.map((t) => [t.decidedBy, lineTieText(t, en)])).toEqual([
      ["rules", "1st place: p and q tie at 50.00; the selection rules, not the ranking, decided which of them are picked (see each one's reasons)."],
    ]);
    expect(reasonText(tieNote(ev, index(ev, "q"))!, en)).toBe("tie at 50.00 with p for 1st place: the selection rules decided");
  });

  it("a group wholly picked or wholly left out is no tie at the line", () => {
    const ev = contest({ teams: 2 }, [{ id: "p", a: 5 }, { id: "q", a: 5 }, { id: "r", a: 1 }, { id: "s", a: 1 }]);
    expect(picked(ev)).toEqual(["p", "q"]);
    expect(ev.lineTies).toEqual([]);
  });
});

describe("the dominance note", () => {
  it("lists at most 10 dominators, then how many more", () => {
    // z (a 1, b 0) is beaten on a and equalled on b by each of the 11 others: dominated, one place.
    const others = Array.from({ length: 11 }, (_, i) => ({ id: `p${String(i).padStart(2, "0")}`, a: 9 }));
    const ev = contest({ teams: 1 }, [...others, { id: "z", a: 1 }]);
    expect(reasonText(reasonsOf(ev, index(ev, "z")).at(-1)!, en)).toBe("dominated by p00, p01, p02, p03, p04, p05, p06, p07, p08, p09 and 1 more: no weighting ranks it in the top 1");
  });
});

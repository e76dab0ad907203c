/**
 * The rule-kind registry: the simulation's fast path is taken only when every kind in use supports
 * it. A dummy kind without fast-path support (a team is eligible only with a score of at least 4
 * on its first criterion) sends the simulation down the general path, which then picks exactly
 * what `select` picks.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { simulateContest } from "../../src/simulate/run.js";
import { buildPlan } from "../../src/simulate/plan.js";
import { BUILTIN_RULE_KINDS, fastPathFits, passesAll, reasonsAgainst, registerRuleKind, ruleKinds } from "../../src/select/kinds.js";
import { contest } from "../helpers/small-contest.js";
import { evaluate } from "../../src/select/evaluate.js";
import { Selection } from "../../src/schema/rubric.js";
import { contestData, contestOf } from "../helpers/random-contest.js";

let unregister: (() => void) | undefined;
afterEach(() => {
  unregister?.();
  unregister = undefined;
});

const dummy = () =>
  registerRuleKind({
    key: "dummy",
    eligible: (_contest, scores) => scores[0]! >= 4,
    why: (_contest, scores) => (scores[0]! >= 4 ? [] : [{ code: "gate-below", criterion: "dummy", value: scores[0]!, min: 4 }]),
    fastPath: () => false,
  });

const OPTIONS = { runs: 5, seed: 3, distribution: "triangular" as const, weights: { kind: "fixed" as const }, chunkRuns: 2 };

describe("rule kinds", () => {
  it("the built-in kinds are registered, and a rubric with none of them in use (rank-order) takes the fast path", () => {
    expect(ruleKinds().map((k) => k.key)).toEqual(BUILTIN_RULE_KINDS.map((k) => k.key));
    expect(ruleKinds().map((k) => k.key)).toEqual(["gates", "min_total", "quotas", "conflicts"]);
  });

  it("the registry's keys are exactly the rule fields of the rubric's selection: (whose schemas validate them)", () => {
    const fields = Object.keys(Selection.def.shape).filter((k) => !["teams", "strategy", "tie_break"].includes(k));
    expect([...BUILTIN_RULE_KINDS.map((k) => k.key)].sort()).toEqual(fields.sort());
  });

  it("a minimum quota has no fast-path support: the general path (derived from the quotas entry)", () => {
    fc.assert(
      fc.property(contestData({ rules: true, maxTeams: 6 }), (d) => {
        const c = contestOf(d);
        const mins = c.rules.quotas.some((q) => (q.min ?? 0) > 0);
        expect(buildPlan(c, OPTIONS).fast).toBe(c.rules.strategy === "rank-order" && !mins);
      }),
      { numRuns: 100 },
    );
  });

  it("a dummy kind without fast-path support: the general path is taken, select applies it, and the simulation picks what select picks", async () => {
    await fc.assert(
      fc.asyncProperty(contestData({ rules: true, maxTeams: 7 }), async (d) => {
        const c = contestOf({ ...d, rubric: { ...d.rubric, selection: { ...d.rubric.selection, strategy: "rank-order" } } });
        unregister = dummy();
        try {
          expect(fastPathFits(c)).toBe(false);
          expect(buildPlan(c, OPTIONS).fast).toBe(false);
          const ev = evaluate(c);
          // select applied the dummy rule, with its reason in the audit log.
          for (const t of ev.selection.selected) expect(c.teams[t]!.scores[0]!).toBeGreaterThanOrEqual(4);
          for (const dec of ev.selection.decisions) {
            if (c.teams[dec.index]!.scores[0]! < 4)
              expect(dec.reasons).toContainEqual({ code: "gate-below", criterion: "dummy", value: c.teams[dec.index]!.scores[0], min: 4 });
          }
          const report = await simulateContest(c, OPTIONS);
          for (const r of report.results) expect(r.p_selected).toBe(ev.selected.has(r.index) ? 1 : 0);
        } finally {
          unregister();
          unregister = undefined;
        }
        // Unregistered: back to what the built-in kinds say.
        expect(fastPathFits(c)).toBe(c.rules.quotas.every((q) => (q.min ?? 0) === 0));
      }),
      { numRuns: 80 },
    );
  });
});

describe("rule kinds at their edges (issue #20, mutation run of 17:55)", () => {
  it("a quota with min 0 is no minimum: the fast path fits; min 1 does not", () => {
    const c = (min: number) =>
      contest({ teams: 1, quotas: [{ name: "tel", kinds: ["telecom"], min, max: 1 }] }, [{ id: "p", a: 5 }]).contest;
    expect(fastPathFits(c(0))).toBe(true);
    expect(fastPathFits(c(1))).toBe(false);
  });

  it("the cutoff's reason keeps selectTeams' 1e-9 slack: none at min_total − 1e-9, 'below-cutoff' at − 1e-8", () => {
    const c = contest({ teams: 1, min_total: 60 }, [{ id: "p", a: 5 }]).contest;
    expect(reasonsAgainst(c, [5, 0], 60 - 1e-9)).toEqual([]);
    expect(passesAll(c, [5, 0], 60 - 1e-9)).toBe(true);
    expect(reasonsAgainst(c, [5, 0], 60 - 1e-8)).toEqual([{ code: "below-cutoff", total: 60 - 1e-8, min_total: 60 }]);
  });

  it("removing a registered kind twice removes it once: the built-in kinds stay", () => {
    const remove = dummy();
    expect(ruleKinds().map((k) => k.key)).toEqual(["gates", "min_total", "quotas", "conflicts", "dummy"]);
    remove();
    remove();
    expect(ruleKinds().map((k) => k.key)).toEqual(["gates", "min_total", "quotas", "conflicts"]);
  });
});

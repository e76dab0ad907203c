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
import { BUILTIN_RULE_KINDS, fastPathFits, registerRuleKind, ruleKinds } from "../../src/select/kinds.js";
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
    inUse: () => true,
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
            if (c.teams[dec.index]!.scores[0]! < 4) expect(dec.reasons).toContainEqual({ code: "gate-below", criterion: "dummy", value: c.teams[dec.index]!.scores[0], min: 4 });
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

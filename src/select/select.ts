/**
 * Stage 4: pick the set. `rank-order` walks the ranking and admits each eligible team unless a max
 * quota or the conflict rule forbids it, holding places for minimum quotas that can still be met.
 * `best-set` finds, exactly, the rule-abiding set with the highest sum of totals. Both give every
 * decision's reasons as codes with parameters (reasons.ts); src/i18n/ writes them in words.
 */
import type { Contest } from "../model/contest.js";
import { bestSet } from "./best-set.js";
import type { Reason, Unmet } from "./reasons.js";
import { achievableMins, canComplete, ineligibility, ruleContext, Tally, type Blocker, type RuleContext } from "./rules.js";

export interface SelectInput {
  /** Team indices in rank order (best first). */
  readonly order: readonly number[];
  /** Totals by team index. */
  readonly totals: ArrayLike<number>;
  /** Scores by team index (for the gates). */
  readonly scores: (team: number) => ArrayLike<number>;
}

export interface Decision {
  readonly index: number;
  readonly selected: boolean;
  readonly reasons: readonly Reason[];
}

export interface SelectionResult {
  /** Team indices in pick order. */
  readonly selected: readonly number[];
  /** One per team, in rank order. */
  readonly decisions: readonly Decision[];
  /** Rules that could not be met. */
  readonly unmet: readonly Unmet[];
}

const orgName = (contest: Contest, key: string) => {
  for (const t of contest.teams) for (const o of t.organisations) if (o.key === key) return o.name;
  return key;
};

const quotaName = (contest: Contest, k: number): string => contest.rules.quotas[k]!.name;

/** Why `t` cannot join: a full max quota, or an organisation it shares with a picked team. */
function blockedReason(ctx: RuleContext, picked: readonly number[], block: Blocker): Reason {
  const { contest } = ctx;
  if ("quota" in block) return { code: "quota-full", quota: quotaName(contest, block.quota), max: contest.rules.quotas[block.quota]!.max! };
  const other = picked.find((m) => ctx.orgsOf[m]!.includes(block.org))!;
  return { code: "organisation-conflict", organisation: orgName(contest, block.org), team: contest.teams[other]!.id };
}

/** The rank-order walk. Returns picks and, per team, the reasons. */
export function rankOrder(
  ctx: RuleContext,
  eligible: readonly number[],
  mins: readonly number[],
  explain = true,
): { picks: number[]; why: Map<number, Reason> } {
  const { contest } = ctx;
  const places = contest.rules.teams;
  const tally = new Tally(ctx);
  const why = new Map<number, Reason>();
  for (let at = 0; at < eligible.length; at++) {
    const t = eligible[at]!;
    if (tally.members.length >= places) {
      // Stryker disable next-line ConditionalExpression: speed only (false): the callers with explain off (best-set, general-pick) read only the picks (hides the killed true)
      if (!explain) break;
      why.set(t, { code: "below-last-pick" });
      continue;
    }
    const block = tally.blocker(t);
    if (block) {
      // Stryker disable next-line ConditionalExpression: speed only (false): the callers with explain off (best-set, general-pick) read only the picks (hides the killed true)
      if (!explain) continue;
      why.set(t, blockedReason(ctx, tally.members, block));
      continue;
    }
    tally.add(t);
    const rest = eligible.slice(at + 1);
    if (!canComplete(tally, rest, places - tally.members.length, mins)) {
      tally.remove(t);
      // Stryker disable next-line ConditionalExpression: speed only (false): the callers with explain off (best-set, general-pick) read only the picks (hides the killed true)
      if (!explain) continue;
      const short = tally.deficits(mins).filter((d) => !ctx.quotasOf[t]!.includes(d.quota));
      why.set(t, { code: "place-held", quotas: short.map((d) => quotaName(contest, d.quota)) });
      continue;
    }
    // Stryker disable next-line ConditionalExpression: speed only (false): the callers with explain off (best-set, general-pick) read only the picks (hides the killed true)
    if (!explain) continue;
    const counts = ctx.quotasOf[t]!.filter((k) => mins.includes(k)).map((k) => quotaName(contest, k));
    why.set(t, { code: "picked", pick: tally.members.length, places, quotas: counts });
  }
  return { picks: [...tally.members], why };
}

/** `searchSteps`: the budget of the exact searches (see SearchBudget in rules.ts); tests lower it. */
export function selectTeams(contest: Contest, input: SelectInput, searchSteps?: number): SelectionResult {
  const ctx = ruleContext(contest, searchSteps);
  const reasons = new Map<number, Reason[]>();
  const eligible: number[] = [];
  for (const t of input.order) {
    const bad = ineligibility(ctx, input.scores(t), input.totals[t]!);
    if (bad.length) reasons.set(t, bad);
    else eligible.push(t);
  }
  const { kept } = achievableMins(ctx, eligible);
  let picks: number[];
  if (contest.rules.strategy === "best-set") {
    // Stryker disable next-line BooleanLiteral: speed only: explain = true also writes the reasons, which are not read here; the picks are the same
    const ro = rankOrder(ctx, eligible, kept, false).picks;
    picks = bestSet(ctx, eligible, input.totals, kept, ro);
    const inSet = new Set(picks);
    const tally = new Tally(ctx);
    for (const p of picks) tally.add(p);
    for (const t of eligible) {
      if (inSet.has(t)) {
        reasons.set(t, [{ code: "best-set-picked", sum: picks.reduce((s, p) => s + input.totals[p]!, 0) }]);
        continue;
      }
      const block = tally.blocker(t);
      let why: Reason;
      if (block) why = blockedReason(ctx, picks, block);
      else if (picks.length >= contest.rules.teams) why = { code: "best-set-full", places: contest.rules.teams };
      else why = { code: "best-set-out" };
      reasons.set(t, [why]);
    }
  } else {
    const walk = rankOrder(ctx, eligible, kept);
    picks = walk.picks;
    for (const [t, w] of walk.why) reasons.set(t, [w]);
  }
  const unmet: Unmet[] = [];
  const final = new Tally(ctx);
  for (const p of picks) final.add(p);
  // Every minimum quota, kept or dropped (achievableMins splits ctx.minQuotas), in declared order.
  for (const k of ctx.minQuotas) {
    const q = contest.rules.quotas[k]!;
    const have = final.quotaCount[k]!;
    if (have < q.min!) {
      const avail = eligible.filter((t) => ctx.quotasOf[t]!.includes(k)).length;
      unmet.push(
        avail < q.min!
          ? { code: "quota-too-few-eligible", quota: q.name, min: q.min!, got: have, eligible: avail }
          : { code: "quota-no-room", quota: q.name, min: q.min!, got: have },
      );
    }
  }
  if (ctx.budget.exhausted) unmet.push({ code: "search-undecided", limit: ctx.budget.limit });
  const pickSet = new Set(picks);
  return {
    selected: picks,
    decisions: input.order.map((t) => ({ index: t, selected: pickSet.has(t), reasons: reasons.get(t) ?? [] })),
    unmet,
  };
}

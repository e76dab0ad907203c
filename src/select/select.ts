/**
 * Stage 4: pick the set. `rank-order` walks the ranking and admits each eligible team unless a max
 * quota or the conflict rule forbids it, holding places for minimum quotas that can still be met.
 * `best-set` finds, exactly, the rule-abiding set with the highest sum of totals. Both explain
 * every decision in words.
 */
import type { Contest } from "../model/contest.js";
import { bestSet } from "./best-set.js";
import { achievableMins, canComplete, fmt, ineligibility, ruleContext, Tally, undecidedText, type RuleContext } from "./rules.js";

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
  readonly reasons: readonly string[];
}

export interface SelectionResult {
  /** Team indices in pick order. */
  readonly selected: readonly number[];
  /** One per team, in rank order. */
  readonly decisions: readonly Decision[];
  /** Rules that could not be met. */
  readonly unmet: readonly string[];
}

const orgName = (contest: Contest, key: string) => {
  for (const t of contest.teams) for (const o of t.organisations) if (o.key === key) return o.name;
  return key;
};

function quotaText(contest: Contest, k: number): string {
  const q = contest.rules.quotas[k]!;
  return `quota "${q.name}"`;
}

/** The rank-order walk. Returns picks and, per team, the reasons. */
export function rankOrder(
  ctx: RuleContext,
  eligible: readonly number[],
  mins: readonly number[],
  explain = true,
): { picks: number[]; why: Map<number, string> } {
  const { contest } = ctx;
  const places = contest.rules.teams;
  const tally = new Tally(ctx);
  const why = new Map<number, string>();
  for (let at = 0; at < eligible.length; at++) {
    const t = eligible[at]!;
    if (tally.members.length >= places) {
      if (!explain) break;
      why.set(t, "ranked below the last pick");
      continue;
    }
    const block = tally.blocker(t);
    if (block) {
      if (!explain) continue;
      if (block.kind === "quota") {
        const q = contest.rules.quotas[block.quota]!;
        why.set(t, `${quotaText(contest, block.quota)} is full (max ${q.max})`);
      } else {
        const other = tally.members.find((m) => ctx.orgsOf[m]!.includes(block.org))!;
        why.set(t, `shares organisation ${orgName(contest, block.org)} with picked team ${contest.teams[other]!.id}`);
      }
      continue;
    }
    tally.add(t);
    const rest = eligible.slice(at + 1);
    if (!canComplete(tally, rest, places - tally.members.length, mins)) {
      tally.remove(t);
      if (!explain) continue;
      const short = tally.deficits(mins).filter((d) => !ctx.quotasOf[t]!.includes(d.quota));
      const names = short.map((d) => quotaText(contest, d.quota)).join(" and ");
      why.set(t, `place held for ${names || "a minimum quota"}`);
      continue;
    }
    if (!explain) continue;
    const counts = ctx.quotasOf[t]!.filter((k) => mins.includes(k)).map((k) => quotaText(contest, k));
    why.set(t, `picked in rank order (pick ${tally.members.length} of ${places})${counts.length ? `; counts toward ${counts.join(" and ")}` : ""}`);
  }
  return { picks: [...tally.members], why };
}

/** `searchSteps`: the budget of the exact searches (see SearchBudget in rules.ts); tests lower it. */
export function selectTeams(contest: Contest, input: SelectInput, searchSteps?: number): SelectionResult {
  const ctx = ruleContext(contest, searchSteps);
  const reasons = new Map<number, string[]>();
  const eligible: number[] = [];
  for (const t of input.order) {
    const bad = ineligibility(ctx, input.scores(t), input.totals[t]!);
    if (bad.length) reasons.set(t, bad);
    else eligible.push(t);
  }
  const { kept, dropped } = achievableMins(ctx, eligible);
  let picks: number[];
  if (contest.rules.strategy === "best-set") {
    const ro = rankOrder(ctx, eligible, kept, false).picks;
    picks = bestSet(ctx, eligible, input.totals, kept, ro);
    const inSet = new Set(picks);
    const tally = new Tally(ctx);
    for (const p of picks) tally.add(p);
    for (const t of eligible) {
      if (inSet.has(t)) {
        reasons.set(t, [`picked: part of the highest-scoring set that meets every rule (sum of totals ${fmt(picks.reduce((s, p) => s + input.totals[p]!, 0))})`]);
        continue;
      }
      const block = tally.blocker(t);
      let why: string;
      if (block?.kind === "quota") why = `${quotaText(contest, block.quota)} is full (max ${contest.rules.quotas[block.quota]!.max})`;
      else if (block?.kind === "conflict") {
        const other = picks.find((m) => ctx.orgsOf[m]!.includes(block.org))!;
        why = `shares organisation ${orgName(contest, block.org)} with picked team ${contest.teams[other]!.id}`;
      } else if (picks.length >= contest.rules.teams) why = `not in the highest-scoring set that meets every rule: all ${contest.rules.teams} places are filled`;
      else why = "not in the highest-scoring set that meets every rule";
      reasons.set(t, [why]);
    }
  } else {
    const walk = rankOrder(ctx, eligible, kept);
    picks = walk.picks;
    for (const [t, w] of walk.why) reasons.set(t, [w]);
  }
  const unmet: string[] = [];
  const final = new Tally(ctx);
  for (const p of picks) final.add(p);
  for (const k of [...kept, ...dropped].sort((a, b) => a - b)) {
    const q = contest.rules.quotas[k]!;
    const have = final.quotaCount[k]!;
    if (have < q.min!) {
      const avail = eligible.filter((t) => ctx.quotasOf[t]!.includes(k)).length;
      unmet.push(`quota "${q.name}" needs at least ${q.min} picked, got ${have}: ${avail < q.min! ? `only ${avail} eligible team${avail === 1 ? "" : "s"} in it` : "the other rules leave no room for more"}`);
    }
  }
  if (ctx.budget.exhausted) unmet.push(undecidedText(ctx.budget.limit));
  const pickSet = new Set(picks);
  return {
    selected: picks,
    decisions: input.order.map((t) => ({ index: t, selected: pickSet.has(t), reasons: reasons.get(t) ?? [] })),
    unmet,
  };
}

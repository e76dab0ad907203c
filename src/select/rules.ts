/**
 * The selection rules as predicates over team indices: gates and the cutoff decide eligibility;
 * max quotas and the organisation-conflict rule decide whether a team can join a set; minimum
 * quotas are checked for feasibility. Shared by rank-order, best-set, the simulation and analysis.
 */
import type { Contest } from "../model/contest.js";
import { passesAll, reasonsAgainst } from "./kinds.js";
import type { Reason } from "./reasons.js";

export interface RuleContext {
  readonly contest: Contest;
  /** For each team, the quota indices it belongs to. */
  readonly quotasOf: readonly (readonly number[])[];
  /** For each team, the organisation keys that count for the conflict rule. */
  readonly orgsOf: readonly (readonly string[])[];
  readonly minQuotas: readonly number[];
  readonly maxQuotas: readonly number[];
  /**
   * For each team, the organisation keys that can ever block it: those held by more teams than
   * the conflict rule allows. The others never decide anything, so two teams alike in quotas and
   * these are interchangeable for the searches.
   */
  readonly bindingOrgsOf: readonly (readonly string[])[];
  /** Steps left for the exact searches of one selection (see SearchBudget). */
  readonly budget: SearchBudget;
}

/**
 * The quota/conflict searches are exact but, in the worst case (the problem is NP-hard), not
 * polynomial; each selection may take at most `limit` search steps. Past that, canComplete answers
 * "yes" (the minimum quotas are then checked on the final set and reported unmet when they are)
 * and best-set keeps the best set found so far; `exhausted` records it so the answer says so.
 */
export class SearchBudget {
  steps = 0;
  exhausted = false;
  constructor(readonly limit: number = SEARCH_STEPS) {}
  /** Count one step; false once the limit is reached. */
  take(): boolean {
    if (this.steps >= this.limit) {
      this.exhausted = true;
      return false;
    }
    this.steps++;
    return true;
  }
  reset(): void {
    this.steps = 0;
    this.exhausted = false;
  }
}

/** Search steps allowed per selection (about 0.1–0.5 s). */
export const SEARCH_STEPS = 200_000;

/** What a rule context holds that does not depend on scores: quota memberships and organisations. */
type Memberships = Omit<RuleContext, "contest" | "budget">;

/**
 * Memberships by the contest's rules (quota members are indexes into its teams), kept with each
 * team's organisations as they were: a contest that shares the rules and every team's
 * organisations (the analyses' copies, one score changed) has the same memberships. The analyses
 * select hundreds of times on one field; building these for 10,000 teams each time was most of it.
 */
const memberships = new WeakMap<object, { organisations: readonly unknown[]; m: Memberships }>();

function membershipsOf(contest: Contest): Memberships {
  const cached = memberships.get(contest.rules);
  const teams = contest.teams;
  if (cached?.organisations.length === teams.length && teams.every((t, i) => t.organisations === cached.organisations[i])) return cached.m;
  const { quotas, conflicts } = contest.rules;
  // Each quota's members listed once (asking every quota whether it holds every team was n × members:
  // 20 million steps per selection in a field of 10,000).
  const quotasOf: number[][] = teams.map(() => []);
  quotas.forEach((q, k) => {
    // A quota lists each team once (model/contest.ts builds members one pass over the teams).
    for (const i of q.members) quotasOf[i]!.push(k);
  });
  const orgsOf = teams.map((t) =>
    conflicts ? [...new Set(t.organisations.filter((o) => !conflicts.kinds || conflicts.kinds.includes(o.kind)).map((o) => o.key))] : [],
  );
  const limitPerOrg = conflicts?.maxPerOrganisation ?? Infinity;
  const held = new Map<string, number>();
  for (const os of orgsOf) for (const o of os) held.set(o, (held.get(o) ?? 0) + 1);
  const bindingOrgsOf = orgsOf.map((os) => os.filter((o) => held.get(o)! > limitPerOrg));
  const m: Memberships = {
    quotasOf,
    orgsOf,
    bindingOrgsOf,
    minQuotas: quotas.flatMap((q, k) => ((q.min ?? 0) > 0 ? [k] : [])),
    maxQuotas: quotas.flatMap((q, k) => (q.max !== undefined ? [k] : [])),
  };
  memberships.set(contest.rules, { organisations: teams.map((t) => t.organisations), m });
  return m;
}

export function ruleContext(contest: Contest, limit: number = SEARCH_STEPS): RuleContext {
  return { contest, ...membershipsOf(contest), budget: new SearchBudget(limit) };
}

/** Why a team is ineligible (failed gate, below the cutoff: every eligibility kind's reasons), or an empty list. */
export function ineligibility(ctx: RuleContext, scores: ArrayLike<number>, total: number): Reason[] {
  return reasonsAgainst(ctx.contest, scores, total);
}

/** Does the team pass every eligibility rule (kinds.ts)? */
export function isEligible(ctx: RuleContext, scores: ArrayLike<number>, total: number): boolean {
  return passesAll(ctx.contest, scores, total);
}

/** Why a team cannot join: a full max quota (its index) or an organisation at the limit (its key). */
export type Blocker = { readonly quota: number } | { readonly org: string };

/** Mutable tally of a growing set: quota counts and organisation counts. */
export class Tally {
  readonly quotaCount: number[];
  readonly orgCount = new Map<string, number>();
  readonly members: number[] = [];
  constructor(readonly ctx: RuleContext) {
    this.quotaCount = ctx.contest.rules.quotas.map(() => 0);
  }
  /** The first reason `team` cannot join (a full max quota, or an organisation at the conflict rule's limit), or null. */
  blocker(team: number): Blocker | null {
    const { contest } = this.ctx;
    for (const k of this.ctx.quotasOf[team]!) if (this.quotaCount[k]! >= (contest.rules.quotas[k]!.max ?? Infinity)) return { quota: k };
    // Without the conflict rule no organisation is binding (membershipsOf), so the loop is empty.
    const limit = contest.rules.conflicts?.maxPerOrganisation ?? Infinity;
    for (const o of this.ctx.bindingOrgsOf[team]!) if ((this.orgCount.get(o) ?? 0) >= limit) return { org: o };
    return null;
  }
  add(team: number): void {
    this.members.push(team);
    for (const k of this.ctx.quotasOf[team]!) this.quotaCount[k]!++;
    for (const o of this.ctx.bindingOrgsOf[team]!) this.orgCount.set(o, (this.orgCount.get(o) ?? 0) + 1);
  }
  /** Undoes `add(team)`: team is the last one added (the searches add and remove in stack order). */
  remove(team: number): void {
    this.members.pop();
    for (const k of this.ctx.quotasOf[team]!) this.quotaCount[k]!--;
    for (const o of this.ctx.bindingOrgsOf[team]!) this.orgCount.set(o, (this.orgCount.get(o) ?? 0) - 1);
  }
  /** Minimum quotas in `mins` not yet met by the set, with how many are missing. */
  deficits(mins: readonly number[]): { quota: number; missing: number }[] {
    const out: { quota: number; missing: number }[] = [];
    for (const k of mins) {
      const missing = this.ctx.contest.rules.quotas[k]!.min! - this.quotaCount[k]!;
      if (missing > 0) out.push({ quota: k, missing });
    }
    return out;
  }
}

/**
 * Can the set in `tally` be completed, with at most `slots` more teams from `pool`, so that every
 * minimum quota in `mins` is met without breaking a max quota or the conflict rule? Exact: a
 * depth-first search that only tries teams of a quota still short.
 */
export function canComplete(tally: Tally, pool: readonly number[], slots: number, mins: readonly number[]): boolean {
  return complete(tally, pool, slots, mins, undefined, 0);
}

/**
 * The search behind canComplete. It branches on the teams of the first quota still short. Within
 * one quota, teams are tried in pool order only (a set, not its orderings). At each level, a team
 * that counts in exactly the same quotas and organisations as one already tried there is skipped:
 * it would lead to the same answer. So contradictory rules (min 6 and max 5 of the same group, say)
 * are refuted in linear rather than combinatorial time. Organisations held by no more teams than
 * the conflict rule allows are left out of that likeness (they never block), so the conflict rule
 * with organisations of one team each changes nothing. Every call counts against ctx.budget.
 */
function complete(
  tally: Tally,
  pool: readonly number[],
  slots: number,
  mins: readonly number[],
  lastQuota: number | undefined,
  from: number,
): boolean {
  const short = tally.deficits(mins);
  if (short.length === 0) return true;
  // Out of steps: "yes"; the final set is checked against the minimum quotas anyway.
  if (!tally.ctx.budget.take()) return true;
  const need = Math.max(...short.map((d) => d.missing));
  if (need > slots) return false;
  const first = short[0]!.quota;
  const start = first === lastQuota ? from : 0;
  const tried = new Set<string>();
  for (let i = start; i < pool.length; i++) {
    const t = pool[i]!;
    if (tally.members.includes(t) || !tally.ctx.quotasOf[t]!.includes(first) || tally.blocker(t)) continue;
    const signature = `${tally.ctx.quotasOf[t]!.join(",")}|${tally.ctx.bindingOrgsOf[t]!.join("\u0000")}`;
    if (tried.has(signature)) continue;
    tried.add(signature);
    tally.add(t);
    const ok = complete(tally, pool, slots - 1, mins, first, i + 1);
    tally.remove(t);
    if (ok) return true;
  }
  return false;
}

/**
 * The minimum quotas that will be honoured: each in declared order is kept when it can be met
 * together with those kept before it, from the eligible teams. The rest are reported unmet.
 */
export function achievableMins(ctx: RuleContext, eligible: readonly number[]): { kept: number[]; dropped: number[] } {
  const kept: number[] = [];
  const dropped: number[] = [];
  for (const k of ctx.minQuotas) {
    const tally = new Tally(ctx);
    if (canComplete(tally, eligible, ctx.contest.rules.teams, [...kept, k])) kept.push(k);
    else dropped.push(k);
  }
  return { kept, dropped };
}

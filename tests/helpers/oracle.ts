/**
 * An independent brute-force selection oracle for the property tests (issue #20): it reads the rules
 * straight from the contest and enumerates every subset, sharing no code with src/select (not
 * `Tally`, `isEligible`, `canComplete` or `bestSet`). Small contests only (≤ 8 teams).
 */
import type { Contest } from "../../src/model/contest.js";

/** Totals compared at 9 decimals, as the tool promises. */
const k9 = (x: number) => Math.round(x * 1e9);

/** Gates (min and max) on the raw scores and the cutoff on the total. */
export function oracleEligible(c: Contest, team: number, total: number): boolean {
  const scores = c.teams[team]!.scores;
  for (const g of c.rules.gates) {
    const s = scores[g.criterion]!;
    if (g.min !== undefined && s < g.min) return false;
    if (g.max !== undefined && s > g.max) return false;
  }
  return c.rules.minTotal === undefined || total >= c.rules.minTotal - 1e-9;
}

/** At most `teams`, no max quota over, no organisation (of the counted kinds) in too many teams. */
export function oracleAllowed(c: Contest, set: readonly number[]): boolean {
  if (set.length > c.rules.teams || new Set(set).size !== set.length) return false;
  for (const q of c.rules.quotas) if (q.max !== undefined && set.filter((t) => q.members.includes(t)).length > q.max) return false;
  const cf = c.rules.conflicts;
  if (cf) {
    const count = new Map<string, number>();
    for (const t of set) {
      const keys = new Set(c.teams[t]!.organisations.filter((o) => !cf.kinds || cf.kinds.includes(o.kind)).map((o) => o.key));
      for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
    }
    for (const n of count.values()) if (n > cf.maxPerOrganisation) return false;
  }
  return true;
}

/** The minimum quotas (by index) that `set` meets. */
export function minsMet(c: Contest, set: readonly number[], which: readonly number[]): boolean {
  return which.every((k) => {
    const q = c.rules.quotas[k]!;
    return q.min === undefined || set.filter((t) => q.members.includes(t)).length >= q.min;
  });
}

export function* subsets(pool: readonly number[], k: number, from = 0, cur: number[] = []): Generator<number[]> {
  yield cur;
  if (cur.length === k) return;
  for (let i = from; i < pool.length; i++) yield* subsets(pool, k, i + 1, [...cur, pool[i]!]);
}

export interface OracleAnswer {
  eligible: number[];
  /** The minimum quotas honoured: each in declared order, kept when some allowed set meets it with those kept before. */
  kept: number[];
  /** Every allowed set meeting the kept minimums. */
  valid: number[][];
  /** The highest sum of totals among them (-Infinity when none), at 9 decimals. */
  bestKey: number;
}

export function oracle(c: Contest, totals: ArrayLike<number>): OracleAnswer {
  const eligible = c.teams.map((_, i) => i).filter((i) => oracleEligible(c, i, totals[i]!));
  const allowed = [...subsets(eligible, c.rules.teams)].filter((s) => oracleAllowed(c, s));
  const kept: number[] = [];
  c.rules.quotas.forEach((q, k) => {
    if (q.min === undefined || q.min <= 0) return;
    if (allowed.some((s) => minsMet(c, s, [...kept, k]))) kept.push(k);
  });
  const valid = allowed.filter((s) => minsMet(c, s, kept));
  let bestKey = -Infinity;
  for (const s of valid) bestKey = Math.max(bestKey, k9(s.reduce((a, t) => a + totals[t]!, 0)));
  return { eligible, kept, valid, bestKey };
}

export const sumKey = (set: readonly number[], totals: ArrayLike<number>) => k9(set.reduce((a, t) => a + totals[t]!, 0));

/**
 * Rank order by brute force: walk the ranking; a team joins when the set with it stays allowed and
 * some valid set (allowed, meeting the kept minimums) contains the set so far.
 */
export function oracleRankOrder(c: Contest, order: readonly number[], totals: ArrayLike<number>): number[] {
  const { eligible, valid } = oracle(c, totals);
  const elig = new Set(eligible);
  const picks: number[] = [];
  for (const t of order) {
    if (!elig.has(t) || picks.length >= c.rules.teams) continue;
    const next = [...picks, t];
    if (!oracleAllowed(c, next)) continue;
    if (valid.length > 0 && !valid.some((s) => next.every((x) => s.includes(x)))) continue;
    picks.push(t);
  }
  return picks;
}

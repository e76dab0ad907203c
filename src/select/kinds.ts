/**
 * The registry of selection rule kinds: one entry per kind of rule under a rubric's `selection:`
 * (gates, min_total, quotas, conflicts), with what each stage needs of it —
 *   key         its field of `Selection` in schema/rubric.ts, whose zod schema validates it (kept
 *               there: zod stays off the start-up path, which runs this file; a test checks that
 *               the registry's keys are exactly Selection's rule fields),
 *   check       its cross-file checks (validate/rules.ts runs every entry's),
 *   eligible /  for rules that decide eligibility (gates, the cutoff): the test, and the audit
 *   why         reasons as codes with parameters (select/rules.ts `isEligible` and `ineligibility` run every entry's),
 *   fastPath    whether the simulation's fast selection path implements it as the contest uses it
 *               (true when the contest does not use it; simulate/plan.ts derives its eligibility
 *               from this: any kind that says false sends the simulation down the general path,
 *               which runs the same code as `select`).
 * Rules on the picked set (max and min quotas, conflicts) are counted by `Tally` in rules.ts;
 * their entries give schema, checks and fast-path support. Levels in gates are resolved to numbers
 * by model/contest.ts.
 */
import type { Contest } from "../model/contest.js";
import type { Said } from "../errors.js";
import type { Conflicts, Gate, Quota } from "../schema/rubric.js";
import type { Reason } from "./reasons.js";

/** What an entry's `check` gets from validate/rules.ts: problems at a path, and criterion references. */
export interface RubricChecks {
  problem(path: (string | number)[], said: Said): void;
  /** The criterion with this id, or a problem ("unknown criterion …") and undefined. */
  criterion(path: (string | number)[], id: string): { id: string } | undefined;
  /** A threshold (number or level name) on a criterion, resolved and checked to lie on its scale. */
  level(path: (string | number)[], criterion: { id: string } | undefined, value: number | string | undefined): number | undefined;
}

export interface RuleKind<T = unknown> {
  /** The key under `selection:` (its schema: that field of `Selection` in schema/rubric.ts). */
  readonly key: string;
  check?(value: T, at: RubricChecks): void;
  /** Does team pass this rule, on its scores and total? (eligibility rules only) */
  eligible?(contest: Contest, scores: ArrayLike<number>, total: number): boolean;
  /** Why it does not, as reason codes for the audit log ([] when it passes; words in src/i18n). */
  why?(contest: Contest, scores: ArrayLike<number>, total: number): Reason[];
  /** Whether the simulation's fast path implements the rule as this contest uses it (true when it does not use it). */
  fastPath(contest: Contest): boolean;
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));
const gates: RuleKind<Gate[]> = {
  key: "gates",
  check(value, at) {
    value.forEach((g, i) => {
      const c = at.criterion(["selection", "gates", i, "criterion"], g.criterion);
      if (g.min === undefined && g.max === undefined)
        at.problem(["selection", "gates", i], { code: "incomplete-rule", form: "gate-bounds" });
      const lo = at.level(["selection", "gates", i, "min"], c, g.min);
      const hi = at.level(["selection", "gates", i, "max"], c, g.max);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent where it survives: a comparison with an absent (undefined) bound is false anyway
      if (lo !== undefined && hi !== undefined && lo > hi)
        at.problem(["selection", "gates", i], { code: "min-above-max", form: "gate", min: fmt(lo), max: fmt(hi) });
    });
  },
  eligible(contest, scores) {
    for (const g of contest.rules.gates) {
      const s = scores[g.criterion]!;
      // A missing bound is -∞ (min) or +∞ (max): it never fails.
      if (s < (g.min ?? -Infinity) || s > (g.max ?? Infinity)) return false;
    }
    return true;
  },
  why(contest, scores) {
    const out: Reason[] = [];
    for (const g of contest.rules.gates) {
      const criterion = contest.criteria[g.criterion]!.id;
      const value = scores[g.criterion]!;
      // Stryker disable next-line ConditionalExpression: equivalent where it survives: a comparison with an absent (undefined) bound is false anyway
      if (g.min !== undefined && value < g.min) out.push({ code: "gate-below", criterion, value, min: g.min });
      // Stryker disable next-line ConditionalExpression: equivalent where it survives: a comparison with an absent (undefined) bound is false anyway
      if (g.max !== undefined && value > g.max) out.push({ code: "gate-above", criterion, value, max: g.max });
    }
    return out;
  },
  fastPath: () => true,
};

const minTotal: RuleKind<number> = {
  key: "min_total",
  // With selectTeams' 1e-9 slack: a total equal to the cutoff to 9 decimals passes.
  eligible: (contest, _scores, total) => contest.rules.minTotal === undefined || total >= contest.rules.minTotal - 1e-9,
  why(contest, _scores, total) {
    const cut = contest.rules.minTotal;
    // Stryker disable next-line ConditionalExpression: equivalent where it survives: without a cutoff, total < undefined - 1e-9 (NaN) is false
    return cut !== undefined && total < cut - 1e-9 ? [{ code: "below-cutoff", total, min_total: cut }] : [];
  },
  fastPath: () => true,
};

const quotas: RuleKind<Quota[]> = {
  key: "quotas",
  check(value, at) {
    const names = new Set<string>();
    value.forEach((q, i) => {
      if (names.has(q.name))
        at.problem(["selection", "quotas", i, "name"], { code: "duplicate-id", what: "quota", id: q.name, other: null });
      names.add(q.name);
      if (!q.kinds?.length && !q.ids?.length) at.problem(["selection", "quotas", i], { code: "incomplete-rule", form: "quota-which" });
      if (q.min === undefined && q.max === undefined)
        at.problem(["selection", "quotas", i], { code: "incomplete-rule", form: "quota-bounds" });
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent where it survives: a comparison with an absent (undefined) bound is false anyway
      if (q.min !== undefined && q.max !== undefined && q.min > q.max)
        at.problem(["selection", "quotas", i], { code: "min-above-max", form: "quota", min: String(q.min), max: String(q.max) });
    });
  },
  // The fast path counts max quotas; a minimum quota needs the search of the general path.
  fastPath: (contest) => contest.rules.quotas.every((q) => q.min === undefined || q.min === 0),
};

const conflicts: RuleKind<Conflicts> = {
  key: "conflicts",
  fastPath: () => true,
};

/** The built-in kinds, in the order their eligibility reasons are given (gates, then the cutoff). */
export const BUILTIN_RULE_KINDS = [gates, minTotal, quotas, conflicts] as const;

/** A kind as the registry keeps it: its value's type erased (`check` gets the value that passed its schema). */
export type RegisteredKind = Omit<RuleKind, "check"> & { check?(value: unknown, at: RubricChecks): void };

function erase<T>(kind: RuleKind<T>): RegisteredKind {
  const { check, ...rest } = kind;
  // The value reaching `check` has passed its schema (validate/rules.ts runs after the schema check).
  return check ? { ...rest, check: (value, at) => check.call(kind, value as T, at) } : rest;
}

const registry: RegisteredKind[] = BUILTIN_RULE_KINDS.map((k) => erase<never>(k as unknown as RuleKind<never>));

/** Every registered kind. */
export function ruleKinds(): readonly RegisteredKind[] {
  return registry;
}

/**
 * Register another kind (a new rule's entry; tests register a dummy one). Returns the function
 * that removes it again. A kind registered here is evaluated by `select` and the simulation's
 * general path; the fast path is taken only when every kind says `fastPath`.
 */
export function registerRuleKind<T>(kind: RuleKind<T>): () => void {
  const entry = erase(kind);
  registry.push(entry);
  return () => {
    const i = registry.indexOf(entry);
    // Stryker disable next-line EqualityOperator: equivalent: the built-in kinds hold indices 0-3, so a registered kind is never at 0
    if (i >= 0) registry.splice(i, 1);
  };
}

/** Can the simulation's fast path decide this contest's picks? rank-order, and every kind supported as the contest uses it. */
export function fastPathFits(contest: Contest): boolean {
  return contest.rules.strategy === "rank-order" && registry.every((k) => k.fastPath(contest));
}

/** Does the team pass every eligibility rule? */
export function passesAll(contest: Contest, scores: ArrayLike<number>, total: number): boolean {
  for (const k of registry) if (k.eligible && !k.eligible(contest, scores, total)) return false;
  return true;
}

/** Why a team is ineligible, as reason codes, every rule's in registry order ([] when eligible). */
export function reasonsAgainst(contest: Contest, scores: ArrayLike<number>, total: number): Reason[] {
  return registry.flatMap((k) => (k.why ? k.why(contest, scores, total) : []));
}

/**
 * The picks alone: the same steps as `selectTeams` — eligibility, the minimum quotas that can be
 * honoured, the rank-order walk, then best-set when asked — built from the same functions, but
 * without the reasons in words. The simulation calls it for the rule sets its fast path does not
 * cover (minimum quotas, best-set), with the rule context built once per chunk; the analyses'
 * bisections through rankAndPick (evaluate.ts). A property test holds it equal to `selectTeams`.
 */
import { bestSet } from "./best-set.js";
import { achievableMins, isEligible, type RuleContext } from "./rules.js";
import { rankOrder } from "./select.js";

export function generalPick(
  ctx: RuleContext,
  order: readonly number[],
  totals: ArrayLike<number>,
  scores: (team: number) => ArrayLike<number>,
): { picks: readonly number[]; unmet: boolean } {
  const { contest } = ctx;
  ctx.budget.reset();
  const eligible = order.filter((t) => isEligible(ctx, scores(t), totals[t]!));
  const { kept } = achievableMins(ctx, eligible);
  // Stryker disable next-line BooleanLiteral: speed only: explain = true also writes the reasons, which are not read here; the picks are the same
  let picks = rankOrder(ctx, eligible, kept, false).picks;
  if (contest.rules.strategy === "best-set") picks = bestSet(ctx, eligible, totals, kept, picks);
  // A minimum quota is unmet when the picks fall short of it (honoured or not).
  const quotas = contest.rules.quotas;
  const have = quotas.map(() => 0);
  for (const t of picks) for (const k of ctx.quotasOf[t]!) have[k]!++;
  const unmet = ctx.minQuotas.some((k) => have[k]! < quotas[k]!.min!);
  return { picks, unmet };
}

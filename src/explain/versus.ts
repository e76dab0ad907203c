/**
 * Head-to-head for `explain A --vs B`: per criterion both scores, both points and the difference;
 * the bonuses; the gap in total; the criterion that decides it; and, from the lines of the weight
 * sweeps (analyse/lines.ts), the exact weight of each criterion at which the two would swap places
 * (the other weights keeping their proportions).
 */
import { sweep, totalLines } from "../analyse/lines.js";
import { totalKey } from "../score/score.js";
import { separator } from "../score/ties.js";
import type { Evaluation } from "../select/evaluate.js";

export interface Side {
  id: string;
  name: string;
  rank: number;
  total: number;
  selected: boolean;
  bonus: number;
  bonuses: readonly string[];
}

export interface VersusCriterion {
  id: string;
  label: string;
  weight: number;
  a: { score: number; points: number };
  b: { score: number; points: number };
  /** a's points minus b's. */
  difference: number;
  /** The weight of this criterion at which the two totals are equal (past it they swap places, unless it is 0 or 100 %); null when never on 0–100 %. */
  equal_at: number | null;
}

export interface Versus {
  rubric: string;
  /** The rubric's Korean name, "" when it has none. */
  rubric_ko: string;
  a: Side;
  b: Side;
  criteria: VersusCriterion[];
  /** a's bonus minus b's. */
  bonus_difference: number;
  /** a's total minus b's. */
  gap: number;
  /** Who is ahead in the ranking, and what puts it there. */
  ahead: string;
  /**
   * The criterion that adds most to the leader's lead; when the totals are equal, what the
   * ranking's tie-break used ("total" never appears here): a criterion id, "id", or "bonus".
   */
  decided_by: string;
  /** The smallest change of a single weight that swaps them: the criterion and its weight there. */
  swap: { criterion: string; from: number; to: number; direction: "up" | "down" } | null;
}

export function versus(ev: Evaluation, ia: number, ib: number): Versus {
  const { contest } = ev;
  const ra = ev.ranked.find((r) => r.index === ia)!;
  const rb = ev.ranked.find((r) => r.index === ib)!;
  const side = (r: typeof ra): Side => ({
    id: r.team.id,
    name: r.team.name,
    rank: r.rank,
    total: r.total,
    selected: ev.selected.has(r.index),
    bonus: r.bonus,
    bonuses: r.bonuses,
  });
  const slopes: number[] = [];
  const criteria = contest.criteria.map((c, k) => {
    const lines = totalLines(contest, sweep(contest, k));
    const la = lines[ia]!;
    const lb = lines[ib]!;
    const db = la.b - lb.b;
    const t = db === 0 ? NaN : (lb.a - la.a) / db;
    const equal_at =
      Number.isFinite(t) && t >= 0 && t <= 1 && ia !== ib ? (Math.abs(t - contest.weights[k]!) <= 1e-12 ? contest.weights[k]! : t) : null;
    slopes.push(la.b - lb.b);
    return {
      id: c.id,
      label: c.label,
      weight: contest.weights[k]!,
      a: { score: ra.team.scores[k]!, points: ra.contributions[k]! },
      b: { score: rb.team.scores[k]!, points: rb.contributions[k]! },
      difference: ra.contributions[k]! - rb.contributions[k]!,
      equal_at,
    };
  });
  const aAhead = ra.rank <= rb.rank;
  const [lead, trail] = aAhead ? [ra, rb] : [rb, ra];
  const sign = aAhead ? 1 : -1;
  let decided_by: string;
  if (totalKey(ra.total) === totalKey(rb.total)) decided_by = ia === ib ? "total" : separator(contest, lead, trail);
  else {
    const best = criteria.reduce((m, c) => (sign * c.difference > sign * m.difference ? c : m), criteria[0]!);
    const bonusLead = sign * (ra.bonus - rb.bonus);
    decided_by = bonusLead > sign * best.difference ? "bonus" : best.id;
  }
  // The trailing team gains on the leader as a weight rises when its slope is the larger; a crossing
  // in that direction swaps them (at the current weight itself when they are tied now).
  const gains = (k: number) => sign * slopes[k]! < 0;
  // At 0 % or 100 % the totals only meet (the tie-break decides there): not a swap.
  const swaps = criteria.filter(
    (c, k) =>
      c.equal_at !== null &&
      c.equal_at > 1e-9 &&
      c.equal_at < 1 - 1e-9 &&
      slopes[k] !== 0 &&
      (c.equal_at > c.weight ? gains(k) : c.equal_at < c.weight ? !gains(k) : true),
  );
  const nearest = swaps.reduce<VersusCriterion | null>(
    (m, c) => (m === null || Math.abs(c.equal_at! - c.weight) < Math.abs(m.equal_at! - m.weight) ? c : m),
    null,
  );
  const k = nearest ? criteria.indexOf(nearest) : -1;
  return {
    rubric: contest.rubric.name,
    rubric_ko: contest.rubric.name_ko ?? "",
    a: side(ra),
    b: side(rb),
    criteria,
    bonus_difference: ra.bonus - rb.bonus,
    gap: ra.total - rb.total,
    ahead: lead.team.id,
    decided_by,
    swap: nearest && { criterion: nearest.id, from: nearest.weight, to: nearest.equal_at!, direction: gains(k) ? "up" : "down" },
  };
}

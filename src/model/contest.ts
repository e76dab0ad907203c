/**
 * The immutable decision matrix: criteria with normalised weights, teams (consortia) in id order
 * with their scores resolved to numbers, and the rubric's bonuses and rules with level names
 * resolved. Every later stage (score, select, simulate, analyse) reads only this.
 */
import type { Consortium } from "../schema/consortium.js";
import type { Criterion, Rubric, Strategy } from "../schema/rubric.js";
import type { MethodName } from "../methods/names.js";
import { resolveLevel } from "./levels.js";
import { DEFAULT_SEED, drawTickets, splitChain, type Lottery } from "./lottery.js";
import { byCodeUnits } from "./order.js";

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly consortium: Consortium;
  /** Scores on each criterion's scale, in rubric order. */
  readonly scores: readonly number[];
  /** Plausible [low, high] per criterion; [score, score] where no range is given. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Organisations (lead and members), normalised names, with their kinds. */
  readonly organisations: readonly { key: string; name: string; kind: string }[];
}

export interface ResolvedBonus {
  readonly label: string;
  /** The label in Korean, when the rubric gives one. */
  readonly label_ko?: string;
  readonly criterion: number;
  readonly min: number;
  readonly points: number;
}

export interface ResolvedGate {
  readonly criterion: number;
  readonly min?: number;
  readonly max?: number;
}

export interface ResolvedQuota {
  readonly name: string;
  /** Which teams (by index) the quota counts. */
  readonly members: readonly number[];
  readonly min?: number;
  readonly max?: number;
}

export interface Rules {
  readonly teams: number;
  readonly strategy: Strategy;
  readonly minTotal?: number;
  readonly gates: readonly ResolvedGate[];
  readonly quotas: readonly ResolvedQuota[];
  readonly conflicts?: { readonly maxPerOrganisation: number; readonly kinds?: readonly string[] };
  /** Criterion indices that break ties between equal totals, before the lottery or the id. */
  readonly tieBreak: readonly number[];
  /** When the chain ends with `lottery`: the seeded draw that orders teams still tied (else the id does). */
  readonly lottery?: Lottery;
}

export interface Contest {
  readonly rubric: Rubric;
  readonly criteria: readonly Criterion[];
  /** Normalised weights, summing to 1, in rubric order. */
  readonly weights: readonly number[];
  readonly teams: readonly Team[];
  readonly bonuses: readonly ResolvedBonus[];
  readonly rules: Rules;
  /** The aggregation method (src/methods/); absent means the weighted sum. */
  readonly method?: MethodName;
}

/** Zero-width characters, the word joiner, the byte-order mark and the soft hyphen: invisible in a name. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * The key two organisation names match on (conflicts, recusals): Unicode NFKC (fullwidth letters,
 * decomposed Hangul and compatibility forms become the usual ones), invisible characters removed,
 * white space collapsed and trimmed, case folded. "ＫＡＩＳＴ", "KA\u200bIST" and "kaist" are one.
 */
export function organisationKey(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim().toLowerCase().normalize("NFKC");
}

function level(c: Criterion, v: number | string): number {
  const r = resolveLevel(c, v);
  if (!r.ok) throw new Error(`unresolved level ${String(v)} (validation should have caught it)`);
  return r.value;
}

export function normaliseWeights(raw: readonly number[]): number[] {
  // Scaled by the largest first, so that huge weights (1e308) cannot overflow the sum.
  const max = Math.max(...raw);
  const scaled = raw.map((w) => w / max);
  const sum = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / sum);
}

/**
 * Build the matrix from a rubric and consortia that passed validation. `weights` are raw (relative);
 * `seed` draws the lottery's tickets when the tie-break chain ends with `lottery` (else unused);
 * `method` (--method) replaces the rubric's.
 */
export function buildContest(
  rubric: Rubric,
  consortia: readonly Consortium[],
  rawWeights?: readonly number[],
  seed: number = DEFAULT_SEED,
  method?: MethodName,
): Contest {
  const how = method ?? rubric.method;
  const criteria = rubric.criteria;
  const index = new Map(criteria.map((c, i) => [c.id, i]));
  const teams: Team[] = [...consortia]
    .sort((a, b) => byCodeUnits(a.id, b.id))
    .map((c) => {
      const scores = criteria.map((crit) => level(crit, c.scores[crit.id]!.value));
      const orgs = [c.lead, ...(c.members ?? [])].map((o) => ({ key: organisationKey(o.name), name: o.name.trim(), kind: o.kind }));
      return {
        id: c.id,
        name: c.name,
        kind: c.lead.kind,
        consortium: c,
        scores,
        ranges: criteria.map((crit, i) => (c.scores[crit.id]!.range ?? [scores[i]!, scores[i]!]) as readonly [number, number]),
        organisations: orgs,
      };
    });
  const idx = (id: string) => index.get(id)!;
  const sel = rubric.selection;
  const quotas: ResolvedQuota[] = (sel.quotas ?? []).map((q) => ({
    name: q.name,
    members: teams.flatMap((t, i) => ((q.kinds ?? []).includes(t.kind) || (q.ids ?? []).includes(t.id) ? [i] : [])),
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
  }));
  const chain = sel.tie_break ? splitChain(sel.tie_break) : undefined;
  const tieBreak = chain ? chain.criteria.map(idx) : criteria.map((_, i) => i);
  return {
    rubric,
    criteria,
    weights: normaliseWeights(rawWeights ?? criteria.map((c) => c.weight)),
    teams,
    bonuses: (rubric.bonus ?? []).map((b) => {
      const c = idx(b.criterion);
      return {
        label: b.label,
        ...(b.label_ko !== undefined ? { label_ko: b.label_ko } : {}),
        criterion: c,
        min: level(criteria[c]!, b.min),
        points: b.points,
      };
    }),
    rules: {
      teams: sel.teams,
      strategy: sel.strategy ?? "rank-order",
      ...(sel.min_total !== undefined ? { minTotal: sel.min_total } : {}),
      gates: (sel.gates ?? []).map((g) => {
        const c = idx(g.criterion);
        return {
          criterion: c,
          ...(g.min !== undefined ? { min: level(criteria[c]!, g.min) } : {}),
          ...(g.max !== undefined ? { max: level(criteria[c]!, g.max) } : {}),
        };
      }),
      quotas,
      ...(sel.conflicts
        ? {
            conflicts: {
              maxPerOrganisation: sel.conflicts.max_per_organisation,
              ...(sel.conflicts.kinds ? { kinds: sel.conflicts.kinds } : {}),
            },
          }
        : {}),
      tieBreak,
      ...(chain?.lottery ? { lottery: { seed, tickets: drawTickets(teams.length, seed) } } : {}),
    },
    ...(how !== undefined ? { method: how } : {}),
  };
}

/** The same contest with other (normalised) weights. */
export function withWeights(contest: Contest, weights: readonly number[]): Contest {
  return { ...contest, weights };
}

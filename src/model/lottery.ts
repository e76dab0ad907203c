/**
 * The lottery at the end of a rubric's tie-break chain (`tie_break: [..., lottery]`): a seeded draw
 * that gives every team a ticket, 1 to n, and orders the teams still tied after the tie-break
 * criteria by ticket (lower first) instead of by id. The draw is a Fisher–Yates shuffle of the teams
 * in id order, driven by xoshiro128** on its own stream of the seed (never a simulation chunk's), so
 * the same teams and seed give the same tickets in every command and in every run of a simulation.
 */
import { Rng } from "../random/rng.js";

/** The word that ends a tie-break chain with a draw. */
export const LOTTERY = "lottery";

/**
 * What settled a tie, when not a criterion: the totals differ, the id, the rules (a line tie decided
 * by quotas or conflicts), besides the lottery. Outputs name the deciding criterion by its id in the
 * same place (`decided_by`), so a tie-break criterion may not be called one of these.
 */
export const TIE_WORDS = ["total", "id", "rules"] as const;

/** The seed of the lottery (and of the simulation) when none is given. */
export const DEFAULT_SEED = 2025;

export interface Lottery {
  readonly seed: number;
  /** Each team's ticket, 1..n, by team index (teams in id order). */
  readonly tickets: readonly number[];
}

/** Tickets for n teams (in id order) drawn with `seed`: a permutation of 1..n. */
export function drawTickets(n: number, seed: number): number[] {
  // Stream −1: forChunk(seed, c) for c ≥ 0 are the simulation's chunks.
  const rng = Rng.forChunk(seed, -1);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const x = order[i]!;
    order[i] = order[j]!;
    order[j] = x;
  }
  const tickets = new Array<number>(n);
  order.forEach((team, k) => (tickets[team] = k + 1));
  return tickets;
}

/** A tie-break chain split into its criteria and whether it ends with the lottery. */
export function splitChain(chain: readonly string[]): { criteria: string[]; lottery: boolean } {
  const lottery = chain.length > 0 && chain[chain.length - 1] === LOTTERY;
  return { criteria: lottery ? chain.slice(0, -1) : [...chain], lottery };
}

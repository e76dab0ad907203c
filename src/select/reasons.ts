/**
 * What the selection decided, as data: a code and its parameters, never words. The words (in
 * every language) are written from these by src/i18n/ (`reasonText`, `unmetText`, `lineTieText`);
 * JSON carries the codes beside the text, so a reader can rely on the code whatever the language.
 */

/** Why a team was or was not picked. Numbers are as computed; the text rounds them. */
export type Reason =
  /** A gate's minimum not reached (`value` below `min` on `criterion`). */
  | { readonly code: "gate-below"; readonly criterion: string; readonly value: number; readonly min: number }
  /** A gate's maximum exceeded. */
  | { readonly code: "gate-above"; readonly criterion: string; readonly value: number; readonly max: number }
  /** The total is under the rubric's `min_total`. */
  | { readonly code: "below-cutoff"; readonly total: number; readonly min_total: number }
  /** Every place was filled by teams ranked above (rank-order). */
  | { readonly code: "below-last-pick" }
  /** A max quota it counts in was full. */
  | { readonly code: "quota-full"; readonly quota: string; readonly max: number }
  /** It shares an organisation with a picked team (the conflict rule). */
  | { readonly code: "organisation-conflict"; readonly organisation: string; readonly team: string }
  /** Its place was held for teams of minimum quotas it is not in (empty `quotas`: some minimum quota). */
  | { readonly code: "place-held"; readonly quotas: readonly string[] }
  /** Picked in rank order, as pick `pick` of `places`; `quotas`: the minimum quotas it counts toward. */
  | { readonly code: "picked"; readonly pick: number; readonly places: number; readonly quotas: readonly string[] }
  /** best-set: part of the best set, whose totals sum to `sum`. */
  | { readonly code: "best-set-picked"; readonly sum: number }
  /** best-set: left out, every place filled. */
  | { readonly code: "best-set-full"; readonly places: number }
  /** best-set: left out (places remain, but no better set includes it). */
  | { readonly code: "best-set-out" }
  /** In a tie at the line with `with` for place `place` at `total`; `decided_by`: "id", "rules" or a criterion id. */
  | {
      readonly code: "line-tie";
      readonly total: number;
      readonly with: readonly string[];
      readonly place: number;
      readonly decided_by: string;
      /** When a lottery decided: its seed and this team's ticket. */
      readonly seed?: number;
      readonly ticket?: number;
    }
  /** Dominated by `count` teams (at least `places`; `by`: the first LIST_CAP ids): no weighting ranks it in the top `places`. */
  | { readonly code: "dominated"; readonly by: readonly string[]; readonly count: number; readonly places: number };

/** A selection rule that could not be met. */
export type Unmet =
  /** A minimum quota not reached because too few eligible teams are in it. */
  | {
      readonly code: "quota-too-few-eligible";
      readonly quota: string;
      readonly min: number;
      readonly got: number;
      readonly eligible: number;
    }
  /** A minimum quota not reached because the other rules leave no room. */
  | { readonly code: "quota-no-room"; readonly quota: string; readonly min: number; readonly got: number }
  /** The exact rule search hit its step limit. */
  | { readonly code: "search-undecided"; readonly limit: number };

/**
 * A tie group split by the line between picked and left out: what decided it. `id`: equal on
 * every criterion (`all_equal`) or on the tie-break criteria (`tie_break`, maybe empty); `rules`:
 * the selection rules chose; `criterion`: the tie-break criterion `criterion`, with the last
 * picked and the first left-out team's scores on it.
 */
export type LineTieWhy =
  | { readonly code: "tie-by-id"; readonly all_equal: boolean; readonly tie_break: readonly string[] }
  /** The tie-break chain ended with `lottery`: the order was drawn with `seed`, each member's ticket given. */
  | {
      readonly code: "tie-by-lottery";
      readonly all_equal: boolean;
      readonly tie_break: readonly string[];
      readonly seed: number;
      readonly tickets: readonly { readonly id: string; readonly ticket: number }[];
    }
  | { readonly code: "tie-by-rules" }
  | {
      readonly code: "tie-by-criterion";
      readonly criterion: string;
      readonly above: string;
      readonly above_score: number;
      readonly below: string;
      readonly below_score: number;
    };

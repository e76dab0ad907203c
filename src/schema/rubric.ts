import * as z from "zod/mini";
import { BoundedNumber, FiniteNumber, Kind, Slug, Text } from "./common.js";
import { METHOD_NAMES } from "../methods/names.js";

export const Scale = z.strictObject({ min: BoundedNumber, max: BoundedNumber });

/** max: a higher score is better (the default); min: a lower score is better (a cost, a size). */
const Direction = z.enum(["max", "min"]);

/** How the criteria become a total (src/methods/). */
export const Method = z.enum(METHOD_NAMES);

export const Criterion = z.strictObject({
  id: Slug,
  label: Text,
  weight: FiniteNumber.check(z.nonnegative("a weight of 0 or more")),
  scale: Scale,
  direction: z.optional(Direction),
  description: z.optional(Text),
  /** Anchored levels: a name for a value on the scale (closed: 0, open-weight: 6, …). */
  levels: z.optional(z.record(Text, BoundedNumber)),
  /** The label in Korean, shown by --lang ko. */
  label_ko: z.optional(Text),
  /** The description in Korean. */
  description_ko: z.optional(Text),
  /** Korean names of the levels, by level name (open-weight: 오픈 웨이트). */
  levels_ko: z.optional(z.record(Text, Text)),
});

export const Bonus = z.strictObject({
  label: Text,
  /** The label in Korean, shown by --lang ko. */
  label_ko: z.optional(Text),
  criterion: Slug,
  /** The bonus applies when the criterion's score is at least this (a number or a level name). */
  min: z.union([BoundedNumber, Text]),
  points: BoundedNumber.check(z.nonnegative("bonus points of 0 or more")),
});

export const Gate = z.strictObject({
  criterion: Slug,
  min: z.optional(z.union([BoundedNumber, Text])),
  max: z.optional(z.union([BoundedNumber, Text])),
});

const Count = z.int().check(z.nonnegative("a whole number, 0 or more"));

export const Quota = z.strictObject({
  name: Text,
  kinds: z.optional(z.array(Kind)),
  ids: z.optional(z.array(Slug)),
  min: z.optional(Count),
  max: z.optional(Count),
});

export const Conflicts = z.strictObject({
  max_per_organisation: z.int().check(z.positive("a whole number, 1 or more")),
  kinds: z.optional(z.array(Kind)),
});

export const Strategy = z.enum(["rank-order", "best-set"]);

/**
 * The selection: how many teams, the strategy, the tie-break chain, and the rules — one key per
 * rule kind of the registry in select/kinds.ts, whose entries carry these same schemas (a test
 * holds the two together).
 */
export const Selection = z.strictObject({
  teams: z.int().check(z.positive("a whole number of teams, 1 or more")),
  strategy: z.optional(Strategy),
  min_total: z.optional(BoundedNumber),
  gates: z.optional(z.array(Gate)),
  quotas: z.optional(z.array(Quota)),
  conflicts: z.optional(Conflicts),
  tie_break: z.optional(z.array(Slug)),
});

const Simulation = z.strictObject({
  weight_concentration: z.optional(FiniteNumber.check(z.positive("a concentration above 0"))),
});

export const Aggregate = z.enum(["mean", "median", "trimmed-mean", "olympic", "z-mean"]);
export const Recusal = z.enum(["none", "affiliation"]);

/** How a review panel's scores (reviews/) become one score per team and criterion. */
export const Panel = z.strictObject({
  aggregate: z.optional(Aggregate),
  trim: z.optional(FiniteNumber.check(z.gte(0, "a share from 0 to below 0.5"), z.lt(0.5, "a share from 0 to below 0.5"))),
  min_reviewers: z.optional(z.int().check(z.positive("a whole number, 1 or more"))),
  recusal: z.optional(Recusal),
});

export const Rubric = z.strictObject({
  name: Text,
  /** The name in Korean, shown by --lang ko. */
  name_ko: z.optional(Text),
  description: z.optional(Text),
  method: z.optional(Method),
  /** The description in Korean. */
  description_ko: z.optional(Text),
  criteria: z.array(Criterion).check(z.minLength(1, "at least one criterion")),
  bonus: z.optional(z.array(Bonus)),
  selection: Selection,
  simulation: z.optional(Simulation),
  panel: z.optional(Panel),
});

export type Scale = z.infer<typeof Scale>;
export type Criterion = z.infer<typeof Criterion>;
export type Direction = z.infer<typeof Direction>;
export type Bonus = z.infer<typeof Bonus>;
export type Gate = z.infer<typeof Gate>;
export type Quota = z.infer<typeof Quota>;
export type Conflicts = z.infer<typeof Conflicts>;
export type Strategy = z.infer<typeof Strategy>;
export type Selection = z.infer<typeof Selection>;
export type Rubric = z.infer<typeof Rubric>;
export type Panel = z.infer<typeof Panel>;
export type Aggregate = z.infer<typeof Aggregate>;

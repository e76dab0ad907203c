import * as z from "zod/mini";
import { FiniteNumber, IsoDate, Kind, Slug, Source, Text } from "./common.js";

export const Organisation = z.strictObject({
  name: Text,
  kind: Kind,
  source: z.optional(Source),
  note: z.optional(Text),
});

export const Model = z.strictObject({
  name: Text,
  parameters_b: z.optional(z.number().check(z.positive("a positive number of billions"))),
  from_scratch: z.optional(z.boolean()),
  openness: z.optional(Text),
  source: z.optional(Source),
  note: z.optional(Text),
});

export const Service = z.strictObject({
  name: Text,
  users: z.optional(z.int().check(z.nonnegative("a whole number of users, 0 or more"))),
  source: z.optional(Source),
  note: z.optional(Text),
});

/** A score: a number on the criterion's scale, or one of its level names. */
export const ScoreValue = z.union([FiniteNumber, Text]);

export const Score = z.strictObject({
  value: ScoreValue,
  range: z.optional(z.tuple([FiniteNumber, FiniteNumber])),
  evidence: z.optional(Text),
  source: z.optional(Source),
});

export const Consortium = z.strictObject({
  id: Slug,
  name: Text,
  name_ko: z.optional(Text),
  /** The file holds what was public on or before this day: no citation of a later source. */
  as_of: z.optional(IsoDate),
  summary: z.optional(Text),
  lead: Organisation,
  members: z.optional(z.array(Organisation)),
  models: z.optional(z.array(Model)),
  services: z.optional(z.array(Service)),
  scores: z.record(Slug, Score),
});

export type Organisation = z.infer<typeof Organisation>;
export type Model = z.infer<typeof Model>;
export type Service = z.infer<typeof Service>;
export type Score = z.infer<typeof Score>;
export type Consortium = z.infer<typeof Consortium>;

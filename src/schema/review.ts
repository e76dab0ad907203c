import * as z from "zod/mini";
import { ScoreValue } from "./consortium.js";
import { Slug, Text } from "./common.js";

/**
 * One reviewer's file, reviews/<id>.yaml: who they are, the organisations they are tied to (for
 * recusal), and their scores by team id and criterion id (a number or a level name). Team and
 * criterion ids are checked against the data in validation (validate/reviews.ts), with did-you-mean.
 */
export const Review = z.strictObject({
  id: Slug,
  name: z.optional(Text),
  affiliations: z.optional(z.array(Text)),
  scores: z.record(z.string(), z.record(z.string(), ScoreValue)),
});

export type Review = z.infer<typeof Review>;

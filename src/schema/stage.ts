/**
 * A stage of a staged public selection (programme/<nn>-<stage>.yaml): who entered, the rules, what happened to
 * each team, with published scores, and the sources every fact rests on.
 */
import * as z from "zod/mini";
import { FiniteNumber, IsoDate, Slug, Text } from "./common.js";

const YearMonth = z.string().check(z.regex(/^\d{4}-\d{2}$/, "a year and month, e.g. 2026-08"));

/** One or more citations: "source-id #key, ¶3; other-id #key", or a list of them. */
export const Citation = z.union([Text, z.array(Text).check(z.minLength(1, "at least one citation"))]);

const StageKind = z.enum(["application", "screening", "selection", "evaluation", "recruitment"]);
export const Outcome = z.enum(["advanced", "eliminated", "withdrew", "added"]);

const Count = z.int().check(z.nonnegative("a whole number, 0 or more"));

const StageGate = z.strictObject({
  name: Text,
  /** The gate's name in Korean, shown by --lang ko. */
  name_ko: z.optional(Text),
  description: Text,
  source: Citation,
});

const StageRules = z.strictObject({
  /** How many advanced (what was done). */
  advance: z.optional(Count),
  /** How many were planned to advance. */
  planned: z.optional(Count),
  /** For a stage that leads to a final cut: how many reach the final. */
  final: z.optional(Count),
  gates: z.optional(z.array(StageGate)),
  note: z.optional(Text),
  /** The note in Korean, shown by --lang ko. */
  note_ko: z.optional(Text),
  source: Citation,
});

const StageResult = z.strictObject({
  id: Slug,
  outcome: Outcome,
  reason: Text,
  /** The reason in Korean, shown by --lang ko. */
  reason_ko: z.optional(Text),
  /** Published scores by part, e.g. { benchmark: 33.6 }. */
  scores: z.optional(z.record(Slug, FiniteNumber)),
  /** Published rank on points (1 = best); teams whose order was not published share the rank of their group. */
  points_rank: z.optional(z.int().check(z.positive("a rank of 1 or more"))),
  source: Citation,
});

export const Stage = z.strictObject({
  id: Slug,
  title: Text,
  /** The title in Korean, shown by --lang ko. */
  title_ko: z.optional(Text),
  /** The day the stage's result was announced (required unless the stage is planned). */
  date: z.optional(IsoDate),
  /** A planned stage: the month it is expected. */
  expected: z.optional(YearMonth),
  /** The day the stage was reported, when it is not `date` (a planned stage: the day the plan was reported). */
  reported: z.optional(IsoDate),
  status: z.optional(z.enum(["done", "planned"])),
  kind: StageKind,
  entrants: z.array(Slug).check(z.minLength(1, "at least one entrant")),
  /** A rubric in criteria/ (bare name or path), where the stage's criteria or weights were published. */
  rubric: z.optional(Text),
  rules: StageRules,
  results: z.array(StageResult),
  sources: Citation,
});

export type Stage = z.infer<typeof Stage>;
export type StageResult = z.infer<typeof StageResult>;
export type Outcome = z.infer<typeof Outcome>;

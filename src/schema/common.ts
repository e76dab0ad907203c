import * as z from "zod/mini";

/** A lowercase slug: letters, digits and single hyphens or underscores between them. */
export const Slug = z.string().check(
  z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "a lowercase slug (letters, digits, - or _), e.g. from_scratch"),
);

export const Text = z.string().check(z.minLength(1, "a non-empty text"));

/** A lowercase word naming a kind of organisation (telecom, platform, academia, …). */
export const Kind = z.string().check(z.regex(/^[a-z][a-z-]*$/, "a lowercase word, e.g. telecom or academia"));

export const FiniteNumber = z.number().check(z.refine(Number.isFinite, "a finite number"));

/** Article paragraph reference(s), e.g. "¶3" or "¶3, ¶9". */
export const Source = z.string().check(z.minLength(1, "a source such as \"¶3\""));

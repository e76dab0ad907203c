import * as z from "zod/mini";

/** A lowercase slug: letters, digits and single hyphens or underscores between them. */
const SLUG_MAX_LENGTH = 64;
export const Slug = z
  .string()
  .check(
    z.maxLength(SLUG_MAX_LENGTH, "a slug of at most 64 characters"),
    z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "a lowercase slug (letters, digits, - or _), e.g. from_scratch"),
  );

export const Text = z.string().check(z.minLength(1, "a non-empty text"));

/** A lowercase word naming a kind of organisation (telecom, platform, academia, …). */
export const Kind = z.string().check(z.regex(/^[a-z][a-z-]*$/, "a lowercase word, e.g. telecom or academia"));

export const FiniteNumber = z.number().check(z.refine(Number.isFinite, "a finite number"));

/**
 * Numbers that go into a total (scale ends, levels, bonus points, thresholds, the cutoff): at most
 * 1e12 in size, so that no sum or difference of them can overflow (two 1e308 bonuses made a total
 * Infinity; a ±1e308 scale made a criterion count 0).
 */
export const MAX_MAGNITUDE = 1e12;
export const BoundedNumber = FiniteNumber.check(
  z.refine((x: number) => Math.abs(x) <= MAX_MAGNITUDE, "a number from -1e12 to 1e12 (larger ones would overflow a total)"),
);

/**
 * A citation: one or more references to source records, e.g. "unicorn-2025-07-21 ¶3" or
 * "unicorn-2025-07-21 ¶2, ¶9-¶11; hf-skt-ax-3-1 #license" (sources/citation.ts), or a list of them.
 * Free text is allowed where no sources/ folder is in use.
 */
const CitationText = z.string().check(z.minLength(1, 'a citation such as "unicorn-2025-07-21 ¶3"'));
export const Source = z.union([CitationText, z.array(CitationText).check(z.minLength(1, "at least one citation"))]);

/**
 * An ISO date, YYYY-MM-DD. A pattern only, so the JSON Schema says exactly what zod checks; whether
 * the day exists (2025-02-30 does not) is a rule of its own (isCalendarDate), checked in validation.
 */
export const IsoDate = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "an ISO date such as 2025-08-04 (year-month-day)"));

export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const Url = z.string().check(z.regex(/^https?:\/\/[^\s/]+\.[^\s]*$/, "an http(s) address, e.g. https://example.com/article"));

import * as z from "zod/mini";

/** A lowercase slug: letters, digits and single hyphens or underscores between them. */
export const Slug = z.string().check(
  z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "a lowercase slug (letters, digits, - or _), e.g. from_scratch"),
);

export const Text = z.string().check(z.minLength(1, "a non-empty text"));

/** A lowercase word naming a kind of organisation (telecom, platform, academia, …). */
export const Kind = z.string().check(z.regex(/^[a-z][a-z-]*$/, "a lowercase word, e.g. telecom or academia"));

export const FiniteNumber = z.number().check(z.refine(Number.isFinite, "a finite number"));

/**
 * A citation: one or more references to source records, e.g. "unicorn-2025-07-21 ¶3" or
 * "unicorn-2025-07-21 ¶2, ¶9-¶11; hf-skt-ax-3-1 #license" (sources/citation.ts), or a list of them.
 * Free text is allowed where no sources/ folder is in use.
 */
const CitationText = z.string().check(z.minLength(1, 'a citation such as "unicorn-2025-07-21 ¶3"'));
export const Source = z.union([CitationText, z.array(CitationText).check(z.minLength(1, "at least one citation"))]);

/** An ISO calendar date, YYYY-MM-DD, that exists (2025-02-30 does not). */
export const IsoDate = z.string().check(
  z.refine((s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  }, "an ISO date such as 2025-08-04 (year-month-day)"),
);

export const Url = z.string().check(z.regex(/^https?:\/\/[^\s/]+\.[^\s]*$/, "an http(s) address, e.g. https://example.com/article"));

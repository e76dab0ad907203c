/**
 * Reviews as data, once read (from a reviews/ folder or a CSV sheet) and before they are checked
 * against the rubric and consortia: every score keeps a way to point at where it was written.
 */
import type { Problem, Said } from "../errors.js";

export interface Reviewer {
  readonly id: string;
  readonly name?: string;
  /** Organisations the reviewer is tied to, as written. */
  readonly affiliations: readonly string[];
  /** Where the reviewer is defined (file, or file:row for a sheet). */
  readonly file: string;
}

/** Which part of a score entry a problem is about. */
export type EntryPart = "team" | "criterion" | "value";

export interface RawScore {
  readonly reviewer: string;
  readonly team: string;
  readonly criterion: string;
  /** A number, or a level name. */
  readonly value: number | string;
  /** A problem positioned at the team key, criterion key or value of this entry. */
  readonly at: (part: EntryPart, said: Said) => Problem;
}

export interface RawReviews {
  /** The folder or sheet, as shown to the user. */
  readonly source: string;
  /** Every file read. */
  readonly files: readonly string[];
  readonly reviewers: readonly Reviewer[];
  readonly scores: readonly RawScore[];
}

/** A checked score: the reviewer's value resolved to a number on the criterion's scale. */
export interface ReviewScore {
  readonly reviewer: string;
  readonly team: string;
  readonly criterion: string;
  readonly value: number;
}

/** Reviews checked against the rubric and consortia. */
export interface Reviews {
  readonly source: string;
  readonly files: readonly string[];
  readonly reviewers: readonly Reviewer[];
  readonly scores: readonly ReviewScore[];
}

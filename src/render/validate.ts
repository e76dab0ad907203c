/**
 * `validate -f json`: the outcome as data for CI. The same keys whether the files are valid or not,
 * so a script can read `.ok` and `.problems` without checking which case it has.
 */
import type { Problem, Said } from "../errors.js";
import type { LoadedData } from "../load/contest.js";

export interface ProblemJson {
  file: string | null;
  line: number | null;
  column: number | null;
  path: string | null;
  message: string;
  /** A stable name for the kind of problem, when the problem carries one. */
  code?: string;
}

export interface ValidateJson {
  ok: boolean;
  strict: boolean;
  /** The rubric's name, when it was read and valid. */
  rubric: string | null;
  consortia: number | null;
  source_records: number | null;
  reviewers: number | null;
  problems: ProblemJson[];
}

/** A problem as JSON; its message in the language of `say` (the catalogue's), else English. */
export function problemJson(p: Problem, say?: (said: Said) => string): ProblemJson {
  const code = (p as Problem & { code?: unknown }).code;
  return {
    file: p.file ?? null,
    line: p.pos?.line ?? null,
    column: p.pos?.col ?? null,
    path: p.path ? p.path : null,
    message: say && p.said ? say(p.said) : p.message,
    ...(typeof code === "string" ? { code } : {}),
  };
}

export function problemsJson(problems: readonly Problem[], strict: boolean, say?: (said: Said) => string): ValidateJson {
  return {
    ok: false,
    strict,
    rubric: null,
    consortia: null,
    source_records: null,
    reviewers: null,
    problems: problems.map((p) => problemJson(p, say)),
  };
}

export function validJson(data: LoadedData, strict: boolean): ValidateJson {
  return {
    ok: true,
    strict,
    rubric: data.rubric.value.name,
    consortia: data.consortia.length,
    source_records: data.sources ? data.sources.records.size : null,
    reviewers: data.panel ? data.panel.reviews.reviewers.length : null,
    problems: [],
  };
}

/**
 * Read a panel's reviews: a folder of reviewer files (reviews/<id>.yaml) or one CSV sheet
 * (`reviewer,team,<criterion ids>`, optional `name` and `affiliations` columns). Every score keeps
 * its position for later problems; nothing is checked against the rubric here. Problems are
 * collected, never thrown.
 */
import { basename, extname } from "node:path";
import { statSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { hint, type Problem, type ProblemCode } from "../errors.js";
import type { EntryPart, RawReviews, RawScore, Reviewer } from "../panel/types.js";
import { Review } from "../schema/review.js";
import { checkSchema } from "../validate/schema.js";
import { displayPath, listYamlFiles, readSource } from "./read.js";
import { problemAt } from "../parse/positions.js";
import { excerptAt, parseYaml } from "../parse/yaml.js";

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Whether `path` names a CSV sheet rather than a folder of reviewer files. */
export function isSheet(path: string): boolean {
  if (/\.csv$/i.test(path)) return true;
  try {
    return statSync(path).isFile() && !/\.ya?ml$/i.test(path);
  } catch {
    return false;
  }
}

/** The reviews that could be read (problems in some files or rows do not hide the others'). */
export function loadReviews(path: string, cwd: string, problems: Problem[]): RawReviews {
  return isSheet(path) ? readSheet(path, cwd, problems) : readFolder(path, cwd, problems);
}

function readFolder(dir: string, cwd: string, problems: Problem[]): RawReviews {
  const listing = listYamlFiles([dir], cwd, "reviewer");
  problems.push(...listing.problems);
  const reviewers: Reviewer[] = [];
  const scores: RawScore[] = [];
  for (const path of listing.files) {
    const read = readSource(path, cwd);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseYaml(read.source);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const file = parsed.parsed;
    const r = checkSchema(file, Review);
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const review = r.value;
    const stem = basename(path, extname(path));
    if (review.id !== stem) problems.push(problemAt(file, ["id"], "id-mismatch", `the id "${review.id}" must equal the file name "${stem}" (rename one of them)`));
    reviewers.push({
      id: review.id,
      ...(review.name !== undefined ? { name: review.name } : {}),
      affiliations: review.affiliations ?? [],
      file: file.file,
    });
    for (const [team, byCriterion] of Object.entries(review.scores)) {
      for (const [criterion, value] of Object.entries(byCriterion)) {
        const at = (part: EntryPart, code: ProblemCode, message: string) =>
          part === "team" ? problemAt(file, ["scores", team], code, message, true) : problemAt(file, ["scores", team, criterion], code, message, part === "criterion");
        scores.push({ reviewer: review.id, team, criterion, value, at });
      }
    }
  }
  return { source: displayPath(dir, cwd), files: listing.files, reviewers, scores };
}

interface CsvRow {
  record: string[];
  raw: string;
  info: { lines: number };
}

const FIXED = ["reviewer", "team", "name", "affiliations"];

function readSheet(path: string, cwd: string, problems: Problem[]): RawReviews {
  const read = readSource(path, cwd);
  const empty: RawReviews = { source: displayPath(path, cwd), files: [path], reviewers: [], scores: [] };
  if (!read.ok) {
    problems.push(read.problem);
    return empty;
  }
  const { file, text } = read.source;
  let rows: CsvRow[];
  try {
    rows = parse(text, { info: true, raw: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as CsvRow[];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    const line = typeof e.lines === "number" && e.lines > 0 ? e.lines : undefined;
    problems.push({ code: "bad-csv", file, ...(line ? { pos: { line, col: 1 } } : {}), message: `cannot be read as CSV: ${String(e.message ?? err).replace(/\s*at line \d+$/, "")}` });
    return empty;
  }
  const [head, ...body] = rows;
  if (!head) {
    problems.push({ code: "empty-file", file, message: "is empty; it should start with a header row: reviewer,team,<criterion ids>" });
    return empty;
  }
  /** A problem at a row and column (1-based column number), with the source line when the row is simple. */
  const cell = (row: CsvRow, column: number, message: string, code: ProblemCode = "bad-csv"): Problem => {
    const start = row.info.lines - (row.raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0);
    const line = text.split(/\r?\n/)[start - 1] ?? "";
    const simple = !row.raw.includes('"');
    const col = simple ? line.split(",").slice(0, column - 1).reduce((n, f) => n + f.length + 1, 0) + 1 : 1;
    const name = head.record[column - 1];
    const pos = { line: start, col };
    return { code, file, pos, excerpt: excerptAt(text, pos) ?? line, path: `row ${start}, column ${column}${name ? ` (${name})` : ""}`, message };
  };
  const columns = head.record;
  const seen = new Map<string, number>();
  columns.forEach((c, i) => {
    if (seen.has(c)) problems.push(cell(head, i + 1, `duplicate column "${c}" (also column ${seen.get(c)! + 1})`));
    else seen.set(c, i);
    if (c === "") problems.push(cell(head, i + 1, "an empty column name; name each column (reviewer, team, or a criterion id)"));
  });
  for (const need of ["reviewer", "team"]) {
    if (!seen.has(need)) {
      const near = columns.find((c) => hint(c, [need]) !== "");
      problems.push(cell(head, 1, `the header needs a "${need}" column${near ? ` (is "${near}" meant to be "${need}"?)` : ""}; expected reviewer,team,<criterion ids>`));
    }
  }
  const criteria = columns.map((c, i) => ({ c, i })).filter(({ c }) => c !== "" && !FIXED.includes(c));
  const reviewers = new Map<string, { name?: string; affiliations: Set<string>; file: string }>();
  const scores: RawScore[] = [];
  const rowOf = new Map<string, number>();
  const ri = seen.get("reviewer");
  const ti = seen.get("team");
  if (ri === undefined || ti === undefined) return empty;
  for (const row of body) {
    const rec = row.record;
    if (rec.length !== columns.length) {
      problems.push(cell(row, Math.min(rec.length, columns.length) || 1, `this row has ${rec.length} cells; the header has ${columns.length}`));
      continue;
    }
    const reviewer = rec[ri]!;
    const team = rec[ti]!;
    if (!SLUG.test(reviewer)) {
      problems.push(cell(row, ri + 1, reviewer === "" ? "a reviewer id is needed on every row" : `expected a reviewer id as a lowercase slug (letters, digits, - or _), got "${reviewer}"`));
      continue;
    }
    if (team === "") {
      problems.push(cell(row, ti + 1, "a team id is needed on every row"));
      continue;
    }
    const key = `${reviewer}\u0000${team}`;
    const start = row.info.lines;
    if (rowOf.has(key)) {
      problems.push(cell(row, ti + 1, `reviewer "${reviewer}" already scored team "${team}" on row ${rowOf.get(key)}; one row per reviewer and team`));
      continue;
    }
    rowOf.set(key, start);
    const who = reviewers.get(reviewer) ?? { affiliations: new Set<string>(), file: `${file}:${start}` };
    reviewers.set(reviewer, who);
    const ni = seen.get("name");
    if (ni !== undefined && rec[ni] !== "") who.name ??= rec[ni]!;
    const ai = seen.get("affiliations");
    if (ai !== undefined) for (const a of rec[ai]!.split(";").map((s) => s.trim()).filter(Boolean)) who.affiliations.add(a);
    for (const { c, i } of criteria) {
      const raw = rec[i]!;
      if (raw === "") continue;
      const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw) ? Number(raw) : raw;
      const at = (part: EntryPart, code: ProblemCode, message: string) => cell(part === "criterion" ? head : row, part === "team" ? ti + 1 : i + 1, message, code);
      scores.push({ reviewer, team, criterion: c, value, at });
    }
  }
  return {
    source: file,
    files: [path],
    reviewers: [...reviewers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, w]) => ({ id, ...(w.name !== undefined ? { name: w.name } : {}), affiliations: [...w.affiliations], file: w.file })),
    scores,
  };
}

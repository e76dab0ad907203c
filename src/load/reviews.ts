/**
 * Read a panel's reviews: a folder of reviewer files (reviews/<id>.yaml) or one CSV sheet
 * (`reviewer,team,<criterion ids>`, optional `name` and `affiliations` columns). Every score keeps
 * its position for later problems; nothing is checked against the rubric here. Problems are
 * collected, never thrown.
 */
import { basename, extname } from "node:path";
import { statSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { didYouMean, saying, type Problem, type Said } from "../errors.js";
import type { EntryPart, RawReviews, RawScore, Reviewer } from "../panel/types.js";
import { Review } from "../schema/review.js";
import { checkSchema } from "../validate/schema.js";
import { displayPath, listYamlFiles, readSource } from "./read.js";
import { problemSaid } from "../parse/positions.js";
import { excerptAt, parseYaml } from "../parse/yaml.js";
import { byCodeUnits } from "../model/order.js";

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Whether `path` names a CSV sheet rather than a folder of reviewer files. */
function isSheet(path: string): boolean {
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
    if (review.id !== stem) problems.push(problemSaid(file, ["id"], { code: "id-mismatch", id: review.id, stem, ext: extname(path) }));
    reviewers.push({
      id: review.id,
      ...(review.name !== undefined ? { name: review.name } : {}),
      affiliations: review.affiliations ?? [],
      file: file.file,
    });
    for (const [team, byCriterion] of Object.entries(review.scores)) {
      for (const [criterion, value] of Object.entries(byCriterion)) {
        const at = (part: EntryPart, said: Said) =>
          part === "team"
            ? problemSaid(file, ["scores", team], said, true)
            : problemSaid(file, ["scores", team, criterion], said, part === "criterion");
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
    problems.push({
      ...saying({ code: "bad-csv", form: "parse", detail: String(e.message ?? err).replace(/\s*at line \d+$/, "") }),
      file,
      ...(line ? { pos: { line, col: 1 } } : {}),
    });
    return empty;
  }
  const [head, ...body] = rows;
  if (!head) {
    problems.push({ ...saying({ code: "empty-file", form: "csv" }), file });
    return empty;
  }
  /** A problem at a row and column (1-based column number), with the source line when the row is simple. */
  const cell = (row: CsvRow, column: number, said: Said): Problem => {
    const start =
      row.info.lines -
      (row.raw
        .replace(/^(\r?\n)+/, "")
        .replace(/\r?\n$/, "")
        .match(/\n/g)?.length ?? 0);
    const line = text.split(/\r?\n/)[start - 1] ?? "";
    const simple = !row.raw.includes('"');
    const col = simple
      ? line
          .split(",")
          .slice(0, column - 1)
          .reduce((n, f) => n + f.length + 1, 0) + 1
      : 1;
    const name = head.record[column - 1];
    const pos = { line: start, col };
    return {
      ...saying(said),
      file,
      pos,
      excerpt: excerptAt(text, pos) ?? line,
      path: `row ${start}, column ${column}${name ? ` (${name})` : ""}`,
      cell: { row: start, column, name: name ?? null },
    };
  };
  const columns = head.record;
  const seen = new Map<string, number>();
  columns.forEach((c, i) => {
    if (seen.has(c)) problems.push(cell(head, i + 1, { code: "bad-csv", form: "duplicate-column", column: c, also: seen.get(c)! + 1 }));
    else seen.set(c, i);
    if (c === "") problems.push(cell(head, i + 1, { code: "bad-csv", form: "empty-column" }));
  });
  for (const need of ["reviewer", "team"]) {
    if (!seen.has(need)) {
      const near = columns.find((c) => didYouMean(c, [need]) !== undefined);
      problems.push(cell(head, 1, { code: "bad-csv", form: "needs-column", need, near: near ?? null }));
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
      problems.push(
        cell(row, Math.min(rec.length, columns.length) || 1, {
          code: "bad-csv",
          form: "cell-count",
          cells: rec.length,
          header: columns.length,
        }),
      );
      continue;
    }
    const reviewer = rec[ri]!;
    const team = rec[ti]!;
    if (!SLUG.test(reviewer)) {
      problems.push(
        cell(
          row,
          ri + 1,
          reviewer === "" ? { code: "bad-csv", form: "reviewer-needed" } : { code: "bad-csv", form: "reviewer-slug", reviewer },
        ),
      );
      continue;
    }
    if (team === "") {
      problems.push(cell(row, ti + 1, { code: "bad-csv", form: "team-needed" }));
      continue;
    }
    const key = `${reviewer}\u0000${team}`;
    const start = row.info.lines;
    if (rowOf.has(key)) {
      problems.push(cell(row, ti + 1, { code: "bad-csv", form: "twice", reviewer, team, row: rowOf.get(key)! }));
      continue;
    }
    rowOf.set(key, start);
    const who = reviewers.get(reviewer) ?? { affiliations: new Set<string>(), file: `${file}:${start}` };
    reviewers.set(reviewer, who);
    const ni = seen.get("name");
    if (ni !== undefined && rec[ni] !== "") who.name ??= rec[ni]!;
    const ai = seen.get("affiliations");
    if (ai !== undefined)
      for (const a of rec[ai]!.split(";")
        .map((s) => s.trim())
        .filter(Boolean))
        who.affiliations.add(a);
    for (const { c, i } of criteria) {
      const raw = rec[i]!;
      if (raw === "") continue;
      const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw) ? Number(raw) : raw;
      const at = (part: EntryPart, said: Said) => cell(part === "criterion" ? head : row, part === "team" ? ti + 1 : i + 1, said);
      scores.push({ reviewer, team, criterion: c, value, at });
    }
  }
  return {
    source: file,
    files: [path],
    reviewers: [...reviewers]
      .sort(([a], [b]) => byCodeUnits(a, b))
      .map(([id, w]) => ({ id, ...(w.name !== undefined ? { name: w.name } : {}), affiliations: [...w.affiliations], file: w.file })),
    scores,
  };
}

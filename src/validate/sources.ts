/**
 * Stage 2b for source records: the rules inside one record that zod cannot express, and ids unique
 * across the folder.
 */
import { basename, extname } from "node:path";
import type { Problem } from "../errors.js";
import { problemSaid } from "../parse/positions.js";
import type { ParsedFile } from "../parse/yaml.js";
import { isCalendarDate } from "../schema/common.js";
import type { SourceRecord } from "../schema/source.js";

/** Rules inside one source file: id = file name, at least one quote, unique paragraph numbers and keys. */
export function checkSourceFile(file: ParsedFile, r: SourceRecord): Problem[] {
  const problems: Problem[] = [];
  const stem = basename(file.file, extname(file.file));
  if (r.id !== stem) problems.push(problemSaid(file, ["id"], { code: "id-mismatch", id: r.id, stem, ext: extname(file.file) }));
  if (!r.paragraphs?.length && !r.excerpts?.length) {
    problems.push(problemSaid(file, [], { code: "empty-source" }));
  }
  if (!isCalendarDate(r.published)) problems.push(problemSaid(file, ["published"], { code: "bad-date", value: r.published }));
  const ns = new Set<number>();
  (r.paragraphs ?? []).forEach((p, i) => {
    if (ns.has(p.n))
      problems.push(problemSaid(file, ["paragraphs", i, "n"], { code: "duplicate-entry", form: "paragraph", key: String(p.n) }));
    ns.add(p.n);
  });
  const keys = new Set<string>();
  (r.excerpts ?? []).forEach((e, i) => {
    if (keys.has(e.key)) problems.push(problemSaid(file, ["excerpts", i, "key"], { code: "duplicate-entry", form: "excerpt", key: e.key }));
    keys.add(e.key);
  });
  return problems;
}

/** Duplicate ids across files (two files cannot both be one source). */
export function checkRegistry(files: readonly { file: ParsedFile; value: SourceRecord }[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, value } of files) {
    const other = seen.get(value.id);
    if (other !== undefined) problems.push(problemSaid(file, ["id"], { code: "duplicate-id", what: "source", id: value.id, other }));
    else seen.set(value.id, file.file);
  }
  return problems;
}

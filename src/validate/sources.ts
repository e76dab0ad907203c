/**
 * Stage 2b for source records: the rules inside one record that zod cannot express, and ids unique
 * across the folder.
 */
import { basename, extname } from "node:path";
import type { Problem } from "../errors.js";
import { problemAt } from "../parse/positions.js";
import type { ParsedFile } from "../parse/yaml.js";
import { isCalendarDate } from "../schema/common.js";
import type { SourceRecord } from "../schema/source.js";

/** Rules inside one source file: id = file name, at least one quote, unique paragraph numbers and keys. */
export function checkSourceFile(file: ParsedFile, r: SourceRecord): Problem[] {
  const problems: Problem[] = [];
  const stem = basename(file.file, extname(file.file));
  if (r.id !== stem) problems.push(problemAt(file, ["id"], "id-mismatch", `id "${r.id}" differs from the file name "${stem}"; rename the file to ${r.id}${extname(file.file)} or change the id`));
  if (!r.paragraphs?.length && !r.excerpts?.length) {
    problems.push(problemAt(file, [], "empty-source", "a source needs paragraphs (numbered, for articles) or excerpts (named, for pages): the quotes that citations point at"));
  }
  if (!isCalendarDate(r.published)) problems.push(problemAt(file, ["published"], "bad-date", `${r.published} is not a day of the calendar; check the month and day`));
  const ns = new Set<number>();
  (r.paragraphs ?? []).forEach((p, i) => {
    if (ns.has(p.n)) problems.push(problemAt(file, ["paragraphs", i, "n"], "duplicate-entry", `duplicate paragraph ¶${p.n}; each paragraph number may appear once`));
    ns.add(p.n);
  });
  const keys = new Set<string>();
  (r.excerpts ?? []).forEach((e, i) => {
    if (keys.has(e.key)) problems.push(problemAt(file, ["excerpts", i, "key"], "duplicate-entry", `duplicate excerpt key "${e.key}"; each key may appear once`));
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
    if (other !== undefined) problems.push(problemAt(file, ["id"], "duplicate-id", `duplicate source id "${value.id}": ${other} has it too`));
    else seen.set(value.id, file.file);
  }
  return problems;
}

/**
 * The source registry: the validated records of a sources/ folder, by id. Pure: the reading is in
 * load/sources.ts. `checkSourceFile` holds the rules inside one record that zod cannot express.
 */
import { basename, extname } from "node:path";
import type { Problem } from "../errors.js";
import { problemAt, type ParsedFile } from "../load/yaml.js";
import type { SourceRecord } from "../schema/source.js";

export interface SourceRegistry {
  /** The folder the records were read from (as given, for messages). */
  dir: string;
  /** Records by id, in id order. */
  records: ReadonlyMap<string, SourceRecord>;
  /** The files read, sorted. */
  files: readonly string[];
}

export function registryOf(dir: string, records: readonly SourceRecord[], files: readonly string[]): SourceRegistry {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dir, records: new Map(sorted.map((r) => [r.id, r])), files };
}

/** Rules inside one source file: id = file name, at least one quote, unique paragraph numbers and keys. */
export function checkSourceFile(file: ParsedFile, r: SourceRecord): Problem[] {
  const problems: Problem[] = [];
  const stem = basename(file.file, extname(file.file));
  if (r.id !== stem) problems.push(problemAt(file, ["id"], `id "${r.id}" differs from the file name "${stem}"; rename the file to ${r.id}${extname(file.file)} or change the id`));
  if (!r.paragraphs?.length && !r.excerpts?.length) {
    problems.push(problemAt(file, [], "a source needs paragraphs (numbered, for articles) or excerpts (named, for pages): the quotes that citations point at"));
  }
  const ns = new Set<number>();
  (r.paragraphs ?? []).forEach((p, i) => {
    if (ns.has(p.n)) problems.push(problemAt(file, ["paragraphs", i, "n"], `duplicate paragraph ¶${p.n}; each paragraph number may appear once`));
    ns.add(p.n);
  });
  const keys = new Set<string>();
  (r.excerpts ?? []).forEach((e, i) => {
    if (keys.has(e.key)) problems.push(problemAt(file, ["excerpts", i, "key"], `duplicate excerpt key "${e.key}"; each key may appear once`));
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
    if (other !== undefined) problems.push(problemAt(file, ["id"], `duplicate source id "${value.id}": ${other} has it too`));
    else seen.set(value.id, file.file);
  }
  return problems;
}

/**
 * One file read, parsed with positions and checked against its schema — or, when the cache of
 * validated files (cache.ts) holds exactly this text, its value from there without parsing. A file
 * served from the cache has no YAML document behind it: problems found later about it carry no line
 * and column, so a run that finds any problem after using the cache is read again without it
 * (contest.ts) and reports them in full.
 */
import type * as z from "zod/mini";
import type { Problem } from "../errors.js";
import { checkSchema } from "../validate/schema.js";
import type { FileCache } from "./cache.js";
import { readSource, type ReadResult } from "./read.js";
import { parseYaml, type ParsedFile } from "../parse/yaml.js";

/** A file known only by its text (served from the cache): no document, no positions. */
function unparsed(read: { file: string; path: string; text: string }): ParsedFile {
  return { ...read, doc: { contents: null }, lines: { linePos: () => ({ line: 0, col: 0 }) }, data: undefined } as unknown as ParsedFile;
}

/**
 * A parsed file that does not keep its YAML document: the document (with its line index and data)
 * is parsed again from the same text only when a later problem needs a position. A field of
 * 10,000 files otherwise keeps 10,000 documents alive until the end of the run, and the garbage
 * collector walks them again and again.
 */
function lean(parsed: ParsedFile): ParsedFile {
  const { file, path, text } = parsed;
  let again: ParsedFile | undefined;
  const reparsed = (): ParsedFile => {
    if (!again) {
      const r = parseYaml({ file, path, text });
      // The same text parsed a moment ago without a problem: parsing it again cannot fail.
      if (!r.ok) throw new Error(`${file} no longer parses as it did`);
      again = r.parsed;
    }
    return again;
  };
  return {
    file,
    path,
    text,
    get doc() {
      return reparsed().doc;
    },
    get lines() {
      return reparsed().lines;
    },
    get data() {
      return reparsed().data;
    },
  };
}

export interface SchemaFile<T> {
  file: ParsedFile;
  value: T;
}

/**
 * `path` read, parsed and checked against `schema` (problems pushed, undefined when there are any);
 * `kind` names the schema in the cache. `stdin` reads standard input instead (never cached).
 */
export function schemaFile<S extends z.ZodMiniType>(
  path: string,
  cwd: string,
  problems: Problem[],
  schema: S,
  kind: string,
  cache?: FileCache,
  stdin?: () => ReadResult,
): SchemaFile<z.infer<S>> | undefined {
  const read = stdin ? stdin() : readSource(path, cwd);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const useCache = cache !== undefined && stdin === undefined;
  if (useCache) {
    const value = cache.get(kind, read.source.path, read.source.text);
    if (value !== undefined) return { file: unparsed(read.source), value: value as z.infer<S> };
  }
  const parsed = parseYaml(read.source);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const r = checkSchema(parsed.parsed, schema);
  if (!r.ok) {
    problems.push(...r.problems);
    return undefined;
  }
  if (useCache) cache.put(kind, read.source.path, read.source.text, r.value);
  return { file: lean(parsed.parsed), value: r.value };
}

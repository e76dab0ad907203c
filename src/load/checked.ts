/**
 * One file read, parsed with positions and checked against its schema — or, when the cache of
 * validated files (cache.ts) holds exactly this text, its value from there without parsing. Either
 * way the file keeps only its text: its YAML document is parsed again, from that text, only when a
 * later problem needs a line and column (a run that finds a problem inside the loader after using the
 * cache reads every file again without it anyway, contest.ts).
 */
import type * as z from "zod/mini";
import type { Problem } from "../errors.js";
import { checkSchema } from "../validate/schema.js";
import type { FileCache } from "./file-cache.js";
import { readSource, type ReadResult } from "./read.js";
import { parseYaml, type ParsedFile } from "../parse/yaml.js";

type Source = { file: string; path: string; text: string };

/** A file whose text no longer parses (never expected: it parsed, or was served for this very text): no positions. */
function unparsed(read: Source): ParsedFile {
  return {
    ...read,
    doc: { contents: null },
    lines: { linePos: () => ({ line: 0, col: 0 }), lineStarts: [] },
    data: undefined,
  } as unknown as ParsedFile;
}

/**
 * A file that does not keep its YAML document: the document (with its line index and data) is
 * parsed again from the same text only when a later problem needs a position. A field of 10,000
 * files otherwise keeps 10,000 documents alive until the end of the run, and the garbage collector
 * walks them again and again; and a file served from the cache gets its positions the same way.
 */
function lean(source: Source): ParsedFile {
  // Only these three are kept: `source` may be a parsed file, whose document must not stay alive.
  const { file, path, text } = source;
  let again: ParsedFile | undefined;
  const reparsed = (): ParsedFile => {
    if (!again) {
      const r = parseYaml({ file, path, text });
      again = r.ok ? r.parsed : unparsed({ file, path, text });
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
    // The text as the parser sees it (a byte-order mark dropped), as for a file parsed here.
    const text = read.source.text.startsWith("\uFEFF") ? read.source.text.slice(1) : read.source.text;
    if (value !== undefined) return { file: lean({ ...read.source, text }), value: value as z.infer<S> };
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

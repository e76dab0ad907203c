/**
 * Read a sources/ folder: every record parsed with positions, checked against its schema and the
 * rules inside one file, and assembled into a registry. Problems are collected, never thrown.
 */
import type { Problem } from "../errors.js";
import { SourceRecord } from "../schema/source.js";
import { registryOf, type SourceRegistry } from "../sources/registry.js";
import { checkRegistry, checkSourceFile } from "../validate/sources.js";
import type { FileCache } from "./file-cache.js";
import { schemaFile } from "./checked.js";
import { displayPath, listYamlFiles } from "./read.js";
import type { ParsedFile } from "../parse/yaml.js";

export function loadSources(
  dir: string,
  cwd: string,
  problems: Problem[],
  cache?: FileCache,
  read: { file: ParsedFile; value: SourceRecord }[] = [],
): SourceRegistry | undefined {
  const listing = listYamlFiles([dir], cwd, "source");
  problems.push(...listing.problems);
  const checked: { file: ParsedFile; value: SourceRecord }[] = [];
  let ok = listing.problems.length === 0;
  for (const path of listing.files) {
    const r = schemaFile(path, cwd, problems, SourceRecord, "source", cache);
    if (!r) {
      ok = false;
      continue;
    }
    const own = checkSourceFile(r.file, r.value);
    problems.push(...own);
    if (own.length > 0) ok = false;
    checked.push(r);
  }
  const dup = checkRegistry(checked);
  problems.push(...dup);
  if (!ok || dup.length > 0) return undefined;
  read.push(...checked);
  return registryOf(
    displayPath(dir, cwd),
    checked.map((c) => c.value),
    listing.files,
  );
}

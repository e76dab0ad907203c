/**
 * Read a sources/ folder: every record parsed with positions, checked against its schema and the
 * rules inside one file, and assembled into a registry. Problems are collected, never thrown.
 */
import type { Problem } from "../errors.js";
import { SourceRecord } from "../schema/source.js";
import { registryOf, type SourceRegistry } from "../sources/registry.js";
import { checkRegistry, checkSourceFile } from "../validate/sources.js";
import { checkSchema } from "../validate/schema.js";
import { displayPath, listYamlFiles, readSource } from "./read.js";
import { parseYaml, type ParsedFile } from "./yaml.js";

export function loadSources(dir: string, cwd: string, problems: Problem[]): SourceRegistry | undefined {
  const listing = listYamlFiles([dir], cwd, "source");
  problems.push(...listing.problems);
  const checked: { file: ParsedFile; value: SourceRecord }[] = [];
  let ok = listing.problems.length === 0;
  for (const path of listing.files) {
    const read = readSource(path, cwd);
    if (!read.ok) {
      problems.push(read.problem);
      ok = false;
      continue;
    }
    const parsed = parseYaml(read.source);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      ok = false;
      continue;
    }
    const r = checkSchema(parsed.parsed, SourceRecord);
    if (!r.ok) {
      problems.push(...r.problems);
      ok = false;
      continue;
    }
    const own = checkSourceFile(parsed.parsed, r.value);
    problems.push(...own);
    if (own.length > 0) ok = false;
    checked.push({ file: parsed.parsed, value: r.value });
  }
  const dup = checkRegistry(checked);
  problems.push(...dup);
  if (!ok || dup.length > 0) return undefined;
  return registryOf(displayPath(dir, cwd), checked.map((c) => c.value), listing.files);
}

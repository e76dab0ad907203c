/**
 * The rubric `init` builds on: read, parsed and checked like any rubric, but without loading the
 * consortia (a scaffold for a new consortium must not depend on the others being valid).
 */
import { DataError } from "../errors.js";
import { resolveRubricPath, type Place } from "../load/contest.js";
import { readSource } from "../load/read.js";
import { parseYaml, type ParsedFile } from "../parse/yaml.js";
import { Rubric } from "../schema/rubric.js";
import { checkSchema } from "../validate/schema.js";
import { checkRubric } from "../validate/rules.js";

function parse(path: string, cwd: string): ParsedFile {
  const read = readSource(path, cwd);
  if (!read.ok) throw new DataError([read.problem]);
  const parsed = parseYaml(read.source);
  if (!parsed.ok) throw new DataError(parsed.problems);
  return parsed.parsed;
}

export function loadRubric(rubric: string | undefined, place: Place): { rubric: Rubric; path: string; file: string } {
  const path = resolveRubricPath(rubric, place);
  const file = parse(path, place.cwd);
  const r = checkSchema(file, Rubric);
  if (!r.ok) throw new DataError(r.problems);
  const cross = checkRubric({ file, value: r.value });
  if (cross.length) throw new DataError(cross);
  return { rubric: r.value, path, file: file.file };
}

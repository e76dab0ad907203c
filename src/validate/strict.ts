/**
 * `validate --strict`, for CI: on top of every ordinary rule, a sources/ folder must be in use, every
 * member, model, service and score cites a source, every score gives its evidence, and no text still
 * says TODO (what \`init\` leaves to fill in).
 */
import { saying, type Problem } from "../errors.js";
import { problemSaid } from "../parse/positions.js";
import type { PathSegment } from "../parse/yaml.js";
import type { Consortium } from "../schema/consortium.js";
import { uncitedFacts } from "../sources/sites.js";
import type { Checked } from "./rules.js";

const TODO = /\bTODO\b/;

/** Every text value in the data with its path, in file order. */
function texts(v: unknown, path: PathSegment[] = []): { path: PathSegment[]; text: string }[] {
  if (typeof v === "string") return [{ path, text: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => texts(x, [...path, i]));
  if (v !== null && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => texts(x, [...path, k]));
  return [];
}

export function checkStrict(consortia: readonly Checked<Consortium>[], sourcesInUse: boolean): Problem[] {
  const problems: Problem[] = [];
  if (!sourcesInUse) problems.push(saying({ code: "strict-no-sources" }));
  for (const { file, value } of consortia) {
    for (const f of uncitedFacts(value)) problems.push(problemSaid(file, f.path, { code: "strict-uncited", fact: f.fact }));
    for (const [id, s] of Object.entries(value.scores)) {
      if (s.evidence === undefined) problems.push(problemSaid(file, ["scores", id], { code: "strict-no-evidence", id }));
    }
    for (const t of texts(file.data)) {
      if (TODO.test(t.text)) problems.push(problemSaid(file, t.path, { code: "strict-todo" }));
    }
  }
  return problems;
}

/**
 * `validate --strict`, for CI: on top of every ordinary rule, a sources/ folder must be in use, every
 * member, model, service and score cites a source, every score gives its evidence, and no text still
 * says TODO (what \`init\` leaves to fill in).
 */
import type { Problem } from "../errors.js";
import { problemAt } from "../parse/positions.js";
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
  if (!sourcesInUse) problems.push({ code: "strict-no-sources", message: "strict mode needs source records: no sources/ folder beside the consortia; add one or pass --sources DIR" });
  for (const { file, value } of consortia) {
    for (const f of uncitedFacts(value)) problems.push(problemAt(file, f.path, "strict-uncited", `${f.what} cites no source; add source: "<source-id> ¶N" (strict mode requires every fact to cite one)`));
    for (const [id, s] of Object.entries(value.scores)) {
      if (s.evidence === undefined) problems.push(problemAt(file, ["scores", id], "strict-no-evidence", `score ${id} gives no evidence; add evidence: the facts it rests on (strict mode)`));
    }
    for (const t of texts(file.data)) {
      if (TODO.test(t.text)) problems.push(problemAt(file, t.path, "strict-todo", "still says TODO; replace it with the facts (strict mode)"));
    }
  }
  return problems;
}

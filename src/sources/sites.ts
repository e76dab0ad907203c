/**
 * Where a consortium cites sources: every `source:` field, with its field path and what it is
 * about. One list serves validation, `explain` and the `sources` command's counts.
 */
import type { PathSegment } from "../parse/yaml.js";
import type { Consortium } from "../schema/consortium.js";
import type { Fact } from "../said.js";

export interface CitationSite {
  path: PathSegment[];
  /** One citation text (an element of a list-valued field has its own site). */
  text: string;
  /** What the citation supports, e.g. `member Liner` or `score from_scratch`. */
  what: string;
}

/** Every citation in a consortium, in file order (lead, members, models, services, scores). */
export function citationSites(c: Consortium): CitationSite[] {
  const out: CitationSite[] = [];
  const add = (path: PathSegment[], field: string | readonly string[] | undefined, what: string) => {
    if (field === undefined) return;
    if (typeof field === "string") out.push({ path, text: field, what });
    else field.forEach((t, j) => out.push({ path: [...path, j], text: t, what }));
  };
  add(["lead", "source"], c.lead.source, `lead ${c.lead.name}`);
  (c.members ?? []).forEach((m, i) => add(["members", i, "source"], m.source, `member ${m.name}`));
  (c.models ?? []).forEach((m, i) => add(["models", i, "source"], m.source, `model ${m.name}`));
  (c.services ?? []).forEach((s, i) => add(["services", i, "source"], s.source, `service ${s.name}`));
  for (const [id, s] of Object.entries(c.scores)) add(["scores", id, "source"], s.source, `score ${id}`);
  return out;
}

/** Facts that cite nothing: the fields that should carry a `source:` (for --strict). */
export function uncitedFacts(c: Consortium): { path: PathSegment[]; fact: Fact }[] {
  const out: { path: PathSegment[]; fact: Fact }[] = [];
  if (c.lead.source === undefined) out.push({ path: ["lead"], fact: { kind: "lead", name: c.lead.name } });
  (c.members ?? []).forEach((m, i) => m.source === undefined && out.push({ path: ["members", i], fact: { kind: "member", name: m.name } }));
  (c.models ?? []).forEach((m, i) => m.source === undefined && out.push({ path: ["models", i], fact: { kind: "model", name: m.name } }));
  (c.services ?? []).forEach(
    (s, i) => s.source === undefined && out.push({ path: ["services", i], fact: { kind: "service", name: s.name } }),
  );
  for (const [id, s] of Object.entries(c.scores))
    if (s.source === undefined) out.push({ path: ["scores", id], fact: { kind: "score", name: id } });
  return out;
}

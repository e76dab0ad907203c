/**
 * How recent a consortium file's data is: its `as_of` when it has one, else the latest publication date among
 * the sources its `source:` fields cite (a bare "¶N" cites the seed article of 2025-07-21). A backtest refuses a
 * file whose data is dated after the stage.
 */
import type { ParsedFile, PathSegment } from "../load/yaml.js";
import type { Consortium } from "../schema/consortium.js";
import type { Checked } from "../validate/rules.js";
import { parseCitation, type SourceRecord } from "./sources.js";

/** The seed article that bare paragraph references ("¶3") point to. */
export const SEED = { id: "unicorn-2025-07-21", published: "2025-07-21" } as const;

export interface DataDate {
  date: string;
  /** Where the date comes from: the as_of field, or the citation of the latest source. */
  path: PathSegment[];
  why: string;
}

function citations(c: Consortium): { path: PathSegment[]; text: string }[] {
  const out: { path: PathSegment[]; text: string }[] = [];
  const add = (path: PathSegment[], s: string | undefined) => void (s !== undefined && out.push({ path, text: s }));
  add(["lead", "source"], c.lead.source);
  (c.members ?? []).forEach((m, i) => add(["members", i, "source"], m.source));
  (c.models ?? []).forEach((m, i) => add(["models", i, "source"], m.source));
  (c.services ?? []).forEach((m, i) => add(["services", i, "source"], m.source));
  for (const [k, s] of Object.entries(c.scores)) add(["scores", k, "source"], s.source);
  return out;
}

export function dataDate({ file, value }: Checked<Consortium>, sources: ReadonlyMap<string, { value: SourceRecord }>): DataDate | undefined {
  const asOf = (file.data as Record<string, unknown> | null)?.["as_of"];
  if (typeof asOf === "string") return { date: asOf, path: ["as_of"], why: `as_of ${asOf}` };
  let best: DataDate | undefined;
  for (const { path, text } of citations(value)) {
    for (const part of text.split(";")) {
      const t = part.trim();
      let id: string | undefined;
      let published: string | undefined;
      if (t.startsWith("¶")) {
        id = SEED.id;
        published = sources.get(SEED.id)?.value.published ?? SEED.published;
      } else {
        const p = parseCitation(t);
        if (!p.ok) continue;
        id = p.refs[0]!.source;
        published = sources.get(id)?.value.published;
      }
      if (published !== undefined && (best === undefined || published > best.date)) best = { date: published, path, why: `cites ${id}, published ${published}` };
    }
  }
  return best;
}

export type { ParsedFile };

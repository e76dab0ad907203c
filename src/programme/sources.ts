/**
 * Stage citations against the source registry (src/sources/, src/load/sources.ts): what is wrong with one
 * reference. Parsing is the registry's own (src/sources/citation.ts).
 */
import type { SourceRecord } from "../schema/source.js";
import type { Reference } from "../sources/citation.js";
import { didYouMean, type Said } from "../errors.js";

export { parseCitation } from "../sources/citation.js";

/** What is wrong with one reference against the records (empty when it resolves). */
export function unresolved(ref: Reference, records: ReadonlyMap<string, SourceRecord>): Said[] {
  const rec = records.get(ref.source);
  if (!rec)
    return [{ code: "unknown-source", form: "stage", source: ref.source, suggestion: didYouMean(ref.source, records.keys()) ?? null }];
  const out: Said[] = [];
  const paras = new Set((rec.paragraphs ?? []).map((p) => p.n));
  const keys = new Set((rec.excerpts ?? []).map((e) => e.key));
  for (const l of ref.locators) {
    if (l.kind === "excerpt" && !keys.has(l.key))
      out.push({ code: "unknown-excerpt", form: "stage", source: ref.source, key: l.key, keys: [...keys] });
    if (l.kind === "paragraph")
      for (let n = l.from; n <= l.to; n++) if (!paras.has(n)) out.push({ code: "unknown-paragraph", form: "stage", source: ref.source, n });
  }
  return out;
}

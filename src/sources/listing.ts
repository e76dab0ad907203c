/**
 * The registry as `sovereign-ai sources` lists it: every record with how many facts cite it.
 * Pure: counts come from the consortia's citation sites.
 */
import type { Consortium } from "../schema/consortium.js";
import type { SourceRecord } from "../schema/source.js";
import { parseCitation } from "./citation.js";
import type { SourceRegistry } from "./registry.js";
import { citationSites } from "./sites.js";

export type SourceRow = Pick<SourceRecord, "id" | "title" | "publisher" | "published" | "url" | "language"> & {
  /** How many facts (citation fields: members, models, services, scores, leads) cite the source. */
  cited_by: number;
};

export interface SourceListing {
  /** The folder read, or null when no sources/ folder is in use. */
  dir: string | null;
  sources: SourceRow[];
}

export function listSources(registry: SourceRegistry | undefined, consortia: readonly Consortium[]): SourceListing {
  if (!registry) return { dir: null, sources: [] };
  const counts = new Map<string, number>();
  for (const c of consortia) {
    for (const site of citationSites(c)) {
      const p = parseCitation(site.text);
      if (!p.ok) continue;
      for (const id of new Set(p.refs.map((r) => r.source))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const sources = [...registry.records.values()].map((r) => ({
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    published: r.published,
    url: r.url,
    language: r.language,
    cited_by: counts.get(r.id) ?? 0,
  }));
  return { dir: registry.dir, sources };
}

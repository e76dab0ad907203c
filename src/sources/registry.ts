/**
 * The source registry: the validated records of a sources/ folder, by id. Pure and free of the YAML
 * parser (the start-up path builds it from the snapshot); reading is in load/sources.ts and the
 * rules inside a record in validate/sources.ts.
 */
import type { SourceRecord } from "../schema/source.js";
import { byCodeUnits } from "../model/order.js";

export interface SourceRegistry {
  /** The folder the records were read from (as given, for messages). */
  dir: string;
  /** Records by id, in id order. */
  records: ReadonlyMap<string, SourceRecord>;
  /** The files read, sorted. */
  files: readonly string[];
}

export function registryOf(dir: string, records: readonly SourceRecord[], files: readonly string[]): SourceRegistry {
  const sorted = [...records].sort((a, b) => byCodeUnits(a.id, b.id));
  return { dir, records: new Map(sorted.map((r) => [r.id, r])), files };
}

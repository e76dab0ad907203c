/**
 * The cache of validated files as a run uses it (cache.ts has the folder and its entries): a file's
 * schema-checked value, found among what this run put, in the record of the last run on the same
 * paths (quick.ts runRecord), or in the file's own entry — each used only for exactly its text.
 * A run's entries are kept in memory and written once it knows what else it writes.
 */
import { basename } from "node:path";
import { hash53, jsonExact, readEntry, writeEntry } from "./cache.js";
import { readdirSync } from "node:fs";

/** What one file's text gave: its schema-checked value. Used only when the text is the same. */
export interface FileCache {
  get(kind: string, path: string, text: string): unknown;
  /** Kept in memory until `flush`: a run's entries are written once it knows what else it writes. */
  put(kind: string, path: string, text: string, value: unknown): void;
  /** Write what `put` kept, in the order put, at most `atMost` entries; forget the rest. */
  flush(atMost?: number): void;
  /** How many files were served from the cache so far. */
  readonly hits: number;
  /** How many entries `put` keeps that are not flushed yet. */
  readonly kept: number;
  /** Every file this run was served or put, its latest text per kind and path. */
  files(): { kind: string; path: string; text: string; value: unknown }[];
}

/**
 * What the record of an earlier run holds (quick.ts runRecord): per kind and file name, the texts
 * it read and what each gave. A value from here is used, as an entry's is, only for exactly its text.
 */
export type Packed = ReadonlyMap<string, readonly { text: string; value: unknown }[]>;

/** How a file is found in a Packed: its kind and its name (the name only narrows; the text decides). */
export const packKey = (kind: string, path: string): string => `${kind}/${basename(path)}`;

/**
 * One entry per kind and path, holding the text it was made from: the file's latest validated
 * version (so the cache does not grow with every weight tried), used only while the text is the same.
 */
const fileEntryName = (kind: string, path: string) => `file-${kind}-${hash53(path)}.json`;

/**
 * The cache of validated files in `dir`. A file is looked for among what this run put, then in
 * `pack` (the record of the last run on the same paths, read once when first asked), then in its
 * own entry — only if the folder, listed once, holds that name: a first run on 10,000 files would
 * otherwise look for 10,000 missing files.
 */
export function fileCache(dir: string, pack?: () => Packed | undefined): FileCache {
  let hits = 0;
  let packed: Packed | undefined;
  let packRead = pack === undefined;
  let names: Set<string> | undefined;
  const pending = new Map<string, { path: string; text: string; value: unknown }>();
  const seen = new Map<string, { kind: string; path: string; text: string; value: unknown }>();
  const served = (name: string, kind: string, path: string, text: string, value: unknown) => {
    hits++;
    seen.set(name, { kind, path, text, value });
    return value;
  };
  const listed = (name: string): boolean => {
    if (!names) {
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = new Set();
      }
    }
    return names.has(name);
  };
  const fromPack = (kind: string, path: string, text: string): { value: unknown } | undefined => {
    if (!packRead) {
      packRead = true;
      packed = pack!();
    }
    return packed?.get(packKey(kind, path))?.find((e) => e.text === text);
  };
  return {
    get(kind, path, text) {
      const name = fileEntryName(kind, path);
      const mine = pending.get(name);
      if (mine && mine.path === path && mine.text === text && jsonExact(mine.value)) return served(name, kind, path, text, mine.value);
      const packedValue = fromPack(kind, path, text);
      if (packedValue) return served(name, kind, path, text, packedValue.value);
      if (!listed(name)) return undefined;
      const entry = readEntry(dir, name);
      const e = entry?.value as { path?: unknown; text?: unknown; value?: unknown } | undefined;
      if (typeof e !== "object" || e === null || e.path !== path || e.text !== text || !("value" in e) || !entry!.intact())
        return undefined;
      return served(name, kind, path, text, e.value);
    },
    put(kind, path, text, value) {
      const name = fileEntryName(kind, path);
      pending.set(name, { path, text, value });
      seen.set(name, { kind, path, text, value });
    },
    flush(atMost = Number.POSITIVE_INFINITY) {
      let n = 0;
      for (const [name, e] of pending) {
        if (n++ >= atMost) break;
        if (jsonExact(e.value)) {
          writeEntry(dir, name, e);
          names?.add(name);
        }
      }
      pending.clear();
    },
    get hits() {
      return hits;
    },
    get kept() {
      return pending.size;
    },
    files: () => [...seen.values()],
  };
}

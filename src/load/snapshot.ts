/**
 * A start-up shortcut for the bundled data. `npm run build` reads, parses and validates the
 * bundled criteria/ and consortia/ once and keeps the result, with the exact bytes of every file, in
 * dist/data-snapshot.bin (encodeSnapshot: the values as JSON, then the files' bytes, so that the
 * check compares bytes with bytes and JSON.parse reads no file texts). When a command reads files whose texts (and, for the consortia, names)
 * are exactly those, the result is known: same input, same validated data. Anything else (one byte
 * changed, a file added or renamed, a listing problem) goes the full way through YAML and zod.
 * Parsing YAML is most of a cold start, so `score` on the default data answers about as fast as
 * Node starts. Only the bundle uses it (the build defines __DATA_SNAPSHOT__); tests run the full way.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Consortium } from "../schema/consortium.js";
import type { Rubric } from "../schema/rubric.js";
import type { SourceRecord } from "../schema/source.js";
import { registryOf, type SourceRegistry } from "../sources/registry.js";
import { displayPath, listYamlFiles } from "./read.js";
import type { PanelData } from "../panel/data.js";

declare const __DATA_SNAPSHOT__: string | undefined;

/** A file's text, or its UTF-8 bytes (the build's snapshot keeps bytes; a cache record, text). */
export type Text = string | Uint8Array;

export interface Snapshot {
  /** The bundled rubrics that validate with the bundled consortia: file text (or its UTF-8 bytes) and value. */
  rubrics: { text: Text; value: Rubric }[];
  /** The bundled consortia in listing order: file name, text and value. */
  consortia: { name: string; text: Text; value: Consortium }[];
  /** The bundled source records in listing order (validated against the bundled consortia). */
  sources: { name: string; text: Text; value: SourceRecord }[];
}

export interface SnapshotData {
  rubric: Rubric;
  consortia: Consortium[];
  files: string[];
  sources?: SourceRegistry;
  /** The review panel whose scores replaced the consortia's values (never from the snapshot). */
  panel?: PanelData;
}

/** Where the bundle keeps its snapshot, or undefined when running from the sources. */
export function snapshotPath(packageRoot: string): string | undefined {
  return typeof __DATA_SNAPSHOT__ === "string" ? join(packageRoot, __DATA_SNAPSHOT__) : undefined;
}

/**
 * The snapshot as the build writes it (snapshot-make.ts, encodeSnapshot): a 4-byte length
 * (little-endian), that many bytes of JSON (the snapshot with every text replaced by its length in
 * bytes, the source records' values left out and `sourceValues`, their length), the texts' bytes in
 * order, then the source records' values as JSON. Those are parsed only when something reads one
 * (`score` never does: 71 of the 128 KB of values). Anything else is no snapshot.
 */
export function readSnapshot(path: string): Snapshot | undefined {
  try {
    const buf = readFileSync(path);
    const n = buf.readUInt32LE(0);
    const head = JSON.parse(buf.toString("utf8", 4, 4 + n)) as {
      rubrics: { size: number; value: Rubric }[];
      consortia: { name: string; size: number; value: Consortium }[];
      sources: { name: string; size: number }[];
      sourceValues: number;
    };
    let at = 4 + n;
    const bytes = <T extends { size: number }>({ size, ...rest }: T) => {
      const text = buf.subarray(at, at + size);
      if (text.length !== size) throw new Error("short");
      at += size;
      return { ...rest, text };
    };
    const rubrics = head.rubrics.map(bytes);
    const consortia = head.consortia.map(bytes);
    const sourceTexts = head.sources.map(bytes);
    const valuesAt = at;
    if (valuesAt + head.sourceValues !== buf.length) return undefined;
    let values: SourceRecord[] | undefined;
    const sourceValues = () => (values ??= JSON.parse(buf.toString("utf8", valuesAt, buf.length)) as SourceRecord[]);
    const sources = sourceTexts.map((s, i) => ({
      ...s,
      get value() {
        return sourceValues()[i]!;
      },
    }));
    return { rubrics, consortia, sources };
  } catch {
    return undefined;
  }
}

/**
 * Whether the file at `path` holds exactly `text`: a regular file of that size, then its bytes
 * (bytes, not decoded text: invalid UTF-8 decodes to U+FFFD, which a valid file may hold).
 */
function holds(path: string, text: Text): boolean {
  try {
    const want = typeof text === "string" ? Buffer.from(text) : text;
    const st = statSync(path);
    return st.isFile() && st.size === want.length && readFileSync(path).equals(want);
  } catch {
    return false;
  }
}

/**
 * The validated data for these files from the snapshot, when every text matches; otherwise
 * undefined (and the caller loads them the full way, which also reports any problem).
 */
export function fromSnapshot(
  snapshot: Snapshot,
  rubricPath: string,
  consortiaPaths: readonly string[],
  sourcesDir: string | undefined,
  cwd: string,
): SnapshotData | undefined {
  const rubric = snapshot.rubrics.find((r) => holds(rubricPath, r.text));
  if (!rubric) return undefined;
  const consortia = sameFiles(consortiaPaths, snapshot.consortia, cwd);
  if (!consortia) return undefined;
  const data = { rubric: rubric.value, consortia: snapshot.consortia.map((c) => c.value), files: [rubricPath, ...consortia] };
  if (sourcesDir === undefined) return snapshot.sources.length === 0 ? data : undefined;
  const sources = sameFiles([sourcesDir], snapshot.sources, cwd);
  if (!sources || sources.length === 0) return undefined;
  // The records are made when first read (the snapshot's values of source records are parsed then).
  const dir = displayPath(sourcesDir, cwd);
  let registry: SourceRegistry | undefined;
  const records = () => {
    registry ??= registryOf(
      dir,
      snapshot.sources.map((s) => s.value),
      sources,
    );
    return registry.records;
  };
  return {
    ...data,
    files: [...data.files, ...sources],
    sources: {
      dir,
      files: sources,
      get records() {
        return records();
      },
    },
  };
}

/** The files listed at `paths` when they are exactly the snapshot's (names and texts), else undefined. */
function sameFiles(paths: readonly string[], want: readonly { name: string; text: Text }[], cwd: string): string[] | undefined {
  const listing = listYamlFiles(paths, cwd);
  if (listing.problems.length > 0 || listing.files.length !== want.length) return undefined;
  for (let i = 0; i < listing.files.length; i++) {
    const file = listing.files[i]!;
    if (basename(file) !== want[i]!.name || !holds(file, want[i]!.text)) return undefined;
  }
  return listing.files;
}

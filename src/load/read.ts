/**
 * Reading input files: sorted directory listings, a size limit checked before parsing, binary and
 * invalid UTF-8 detection, and a UTF-8 byte-order mark accepted and dropped. Problems, not throws.
 * Only regular files are read (a device such as /dev/zero or a pipe would never end), and never
 * more than the limit plus one byte, whatever the file claims its size is.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { saying, type Problem } from "../errors.js";
import type { FsWhat, Said } from "../said.js";
import type { SourceText } from "../parse/source.js";

/** Input files larger than this are refused before they are parsed (1 MiB). */
export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; source: SourceText } | { ok: false; problem: Problem };

/** The file system as `readSource` sees it; tests inject failures (e.g. EACCES, which root never gets). */
export interface SourceFs {
  stat(path: string): { isFile(): boolean; isDirectory(): boolean; size: number };
  /** At most `max` bytes from the start of the file. */
  read(path: string, max: number): Buffer;
}

let readBuffer: Buffer | undefined;

export const nodeSourceFs: SourceFs = {
  stat: (path) => statSync(path),
  read(path, max) {
    const fd = openSync(path, "r");
    try {
      // Read through one buffer kept for every file, and only the bytes read are copied out (a fresh
      // 64 KiB buffer for each of 10,000 small files cost more than reading them).
      readBuffer ??= Buffer.allocUnsafe(64 * 1024);
      const chunks: Buffer[] = [];
      let n = 0;
      while (n < max) {
        const got = readSync(fd, readBuffer, 0, Math.min(readBuffer.length, max - n), null);
        if (got === 0) break;
        chunks.push(Buffer.from(readBuffer.subarray(0, got)));
        n += got;
      }
      return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, n);
    } finally {
      closeSync(fd);
    }
  },
};

/** The code of a file-system error: not-found for a missing path, else unreadable. */
const fsCode = (err: unknown): "not-found" | "unreadable" =>
  (err as NodeJS.ErrnoException)?.code === "ENOENT" || (err as NodeJS.ErrnoException)?.code === "ENOTDIR" ? "not-found" : "unreadable";

/** How a path is named in messages: relative to the working directory when that is shorter. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}

/** A file-system error as a problem's data (its code: not-found or unreadable, as fsCode). */
function fsSaid(err: unknown, what: FsWhat): Said {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (fsCode(err) === "not-found") return { code: "not-found", what, form: code === "ENOTDIR" ? "not-dir" : "missing" };
  return { code: "unreadable", what, errno: code ?? String(err) };
}

const tooBig = (size: number | null): Said => ({ code: "too-big", size, limit: MAX_FILE_BYTES });

export function readSource(path: string, cwd: string, fs: SourceFs = nodeSourceFs): ReadResult {
  const file = displayPath(path, cwd);
  let bytes: Buffer;
  try {
    const st = fs.stat(path);
    if (st.isDirectory()) {
      return { ok: false, problem: { ...saying({ code: "not-a-file", form: "directory" }), file } };
    }
    if (!st.isFile()) {
      return { ok: false, problem: { ...saying({ code: "not-a-file", form: "special" }), file } };
    }
    if (st.size > MAX_FILE_BYTES) return { ok: false, problem: { ...saying(tooBig(st.size)), file } };
    bytes = fs.read(path, MAX_FILE_BYTES + 1);
  } catch (err) {
    return { ok: false, problem: { ...saying(fsSaid(err, "file")), file } };
  }
  return checkBytes(bytes, file, path);
}

/**
 * The text of `bytes` read from `file` (a file, or standard input): at most the limit, no NUL
 * bytes, valid UTF-8.
 */
export function checkBytes(input: Uint8Array, file: string, path: string): ReadResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  // The file grew after it was measured: still never more than the limit is parsed.
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { ...saying(tooBig(null)), file } };
  if (bytes.includes(0)) {
    return { ok: false, problem: { ...saying({ code: "binary" }), file } };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    return {
      ok: false,
      problem: { ...saying({ code: "not-utf8", offset: at, line }), file },
    };
  }
  return { ok: true, source: { file, path, text } };
}

function firstInvalidUtf8(bytes: Buffer): number {
  const dec = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * The YAML files named by `paths`: a directory contributes its *.yaml and *.yml files (not
 * recursively), a file stands for itself. Sorted by path and de-duplicated, so the order in which
 * files were listed, created or passed never matters.
 */
export function listYamlFiles(
  paths: readonly string[],
  cwd: string,
  noun: "consortium" | "reviewer" | "source" = "consortium",
): { files: string[]; problems: Problem[] } {
  const files = new Set<string>();
  const problems: Problem[] = [];
  for (const p of paths) {
    const file = displayPath(p, cwd);
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      problems.push({ ...saying(fsSaid(err, "path")), file });
      continue;
    }
    if (!isDir) {
      files.add(p);
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(p);
    } catch (err) {
      problems.push({ ...saying(fsSaid(err, "directory")), file });
      continue;
    }
    const yaml = entries.filter((e) => YAML_FILE.test(e)).map((e) => join(p, e));
    if (yaml.length === 0) {
      problems.push({ ...saying({ code: "empty-folder", noun, others: entries.length }), file });
    }
    for (const f of yaml) files.add(f);
  }
  return { files: [...files].sort(), problems };
}

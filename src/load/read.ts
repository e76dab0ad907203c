/**
 * Reading input files: sorted directory listings, a size limit checked before parsing, binary and
 * invalid UTF-8 detection, and a UTF-8 byte-order mark accepted and dropped. Problems, not throws.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "../errors.js";

/** Input files larger than this are refused before they are parsed (1 MiB). */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface SourceText {
  file: string; // as shown to the user
  path: string; // absolute path
  text: string;
}

export type ReadResult = { ok: true; source: SourceText } | { ok: false; problem: Problem };

/** How a path is named in messages: relative to the working directory when that is shorter. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}

function describeFsError(err: unknown, what: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return `${what} does not exist; check the path`;
    case "EACCES":
    case "EPERM":
      return `${what} cannot be read (permission denied); check its permissions`;
    case "EISDIR":
      return `is a directory, but a file was expected; name a .yaml file`;
    case "ENOTDIR":
      return `a part of the path is not a directory`;
    default:
      return `${what} cannot be read (${code ?? String(err)})`;
  }
}

export function readSource(path: string, cwd: string): ReadResult {
  const file = displayPath(path, cwd);
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      return { ok: false, problem: { file, message: "is a directory, but a file was expected; name a .yaml file" } };
    }
    if (st.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        problem: { file, message: `is ${st.size} bytes, over the limit of ${MAX_FILE_BYTES} bytes (1 MiB) for an input file; split it or trim it` },
      };
    }
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, problem: { file, message: describeFsError(err, "the file") } };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, problem: { file, message: `is over the limit of ${MAX_FILE_BYTES} bytes (1 MiB) for an input file` } };
  }
  if (bytes.includes(0)) {
    return { ok: false, problem: { file, message: "is a binary file (it contains NUL bytes), not YAML text" } };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, problem: { file, message: `is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8` } };
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

export const YAML_FILE = /\.ya?ml$/i;

/**
 * The YAML files named by `paths`: a directory contributes its *.yaml and *.yml files (not
 * recursively), a file stands for itself. Sorted by path and de-duplicated, so the order in which
 * files were listed, created or passed never matters.
 */
export function listYamlFiles(paths: readonly string[], cwd: string): { files: string[]; problems: Problem[] } {
  const files = new Set<string>();
  const problems: Problem[] = [];
  for (const p of paths) {
    const file = displayPath(p, cwd);
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      problems.push({ file, message: describeFsError(err, "this file or directory") });
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
      problems.push({ file, message: describeFsError(err, "the directory") });
      continue;
    }
    const yaml = entries.filter((e) => YAML_FILE.test(e)).map((e) => join(p, e));
    if (yaml.length === 0) {
      problems.push({
        file,
        message: entries.length === 0 ? "the directory is empty; add one .yaml file per consortium" : "the directory holds no .yaml or .yml files",
      });
    }
    for (const f of yaml) files.add(f);
  }
  return { files: [...files].sort(), problems };
}

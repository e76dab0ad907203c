/**
 * The cache of validated files (issue #15): what a file's text gave once — parsed and checked
 * against its schema — kept in the user's cache folder, so that the next run on the same text skips
 * the YAML parser and zod. Keyed by the content: an entry holds the file's whole text and is used only
 * when the text read now is exactly that, so an edited file is never served from the cache. The
 * program's own build is part of the folder name (version + a fingerprint of its sources and
 * dependencies), so a new schema never reads an old entry.
 *
 * Entries are written to a temporary file and renamed into place (concurrent runs each write whole
 * entries; the last one wins). Every entry carries its length and a checksum: a truncated or
 * corrupt one is ignored and rewritten. Any error — a folder that cannot be made or written, a full
 * disk — only means no cache; it is never reported. Only values that survive JSON unchanged are kept.
 *
 * This module loads neither `yaml` nor `zod`.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { isAbsolute, join } from "node:path";

declare const __CACHE_KEY__: string | undefined;

/** The program's build as the cache sees it; set by scripts/build.mjs, "dev" when run from the sources. */
export const CACHE_KEY = typeof __CACHE_KEY__ === "string" ? __CACHE_KEY__ : "dev";

const FORMAT = "sovereign-ai-cache-1";

/**
 * The cache folder for this build, from the environment: `$XDG_CACHE_HOME/sovereign-ai` (an
 * absolute XDG_CACHE_HOME), else `$HOME/.cache/sovereign-ai` (`%LOCALAPPDATA%\sovereign-ai` on
 * Windows); undefined — no cache — when SOVEREIGN_AI_NO_CACHE is set to anything but "" or "0", or
 * there is no such folder to use.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const off = env.SOVEREIGN_AI_NO_CACHE;
  if (off !== undefined && off !== "" && off !== "0") return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "sovereign-ai");
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, ".cache", "sovereign-ai");
  if (env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA)) return join(env.LOCALAPPDATA, "sovereign-ai");
  return undefined;
}

/** Where this build keeps its entries inside the cache folder. */
export const buildFolder = (folder: string): string => join(folder, CACHE_KEY);

/** cyrb53: a fast 53-bit string hash (public domain), for entry names and checksums — never for trust. */
export function hash53(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The entry named `name` in `dir`, or undefined when it is missing, truncated or corrupt. */
export function readEntry(dir: string, name: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(join(dir, name), "utf8");
  } catch {
    return undefined;
  }
  const nl = raw.indexOf("\n");
  if (nl < 0) return undefined;
  const [format, length, sum] = raw.slice(0, nl).split(" ");
  const body = raw.slice(nl + 1);
  if (format !== FORMAT || Number(length) !== body.length || sum !== hash53(body)) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

let tempCount = 0;

/** Write `value` as the entry `name` in `dir`, atomically; quietly nothing when that fails. */
export function writeEntry(dir: string, name: string, value: unknown): void {
  const body = JSON.stringify(value);
  const tmp = join(dir, `.${name}.${Math.random().toString(36).slice(2)}${(tempCount++).toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, "wx", 0o644);
    writeSync(fd, `${FORMAT} ${body.length} ${hash53(body)}\n${body}`);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, join(dir, name));
  } catch {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // never made
    }
  }
}

/** Whether JSON gives `value` back exactly: plain objects and arrays, strings, booleans, null, finite numbers other than -0. */
export function jsonExact(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false;
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return false;
        stack.push(v[i]);
      }
      continue;
    }
    if (typeof v !== "object" || Object.getPrototypeOf(v) !== Object.prototype) return false;
    for (const key of Object.keys(v)) {
      if (key === "__proto__") return false;
      const x = (v as Record<string, unknown>)[key];
      if (x === undefined) return false;
      stack.push(x);
    }
    if (Object.getOwnPropertySymbols(v).length > 0) return false;
  }
  return true;
}

/** What one file's text gave: its schema-checked value. Used only when the text is the same. */
export interface FileCache {
  get(kind: string, text: string): unknown;
  put(kind: string, text: string, value: unknown): void;
  /** How many files were served from the cache so far. */
  readonly hits: number;
}

const fileEntryName = (kind: string, text: string) => `file-${kind}-${hash53(text)}-${text.length.toString(36)}.json`;

export function fileCache(dir: string): FileCache {
  let hits = 0;
  return {
    get(kind, text) {
      const entry = readEntry(dir, fileEntryName(kind, text)) as { text?: unknown; value?: unknown } | undefined;
      if (entry === null || typeof entry !== "object" || entry.text !== text || !("value" in entry)) return undefined;
      hits++;
      return entry.value;
    },
    put(kind, text, value) {
      if (jsonExact(value)) writeEntry(dir, fileEntryName(kind, text), { text, value });
    },
    get hits() {
      return hits;
    },
  };
}

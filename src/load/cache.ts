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
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writevSync,
} from "node:fs";
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

/** How a build's folder is named: the version and 16 hex digits of fingerprint (scripts/build.mjs), or "dev" from the sources. */
const BUILD_NAME = /^(?:[0-9A-Za-z.+-]+-[0-9a-f]{16}|dev)$/;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Other builds' folders are looked for at most once a day, and at most this many removed at a time. */
export const PRUNE = { every: DAY_MS, unusedFor: DAY_MS, atMost: 16, marker: "pruned" } as const;

/**
 * Remove what older builds left in the cache folder (issue #15): their entries are never read again
 * (every build reads only its own folder), so they only take room. At most once a day (a marker file
 * in `folder` remembers when: one stat per run otherwise), the folders of other builds not written
 * to for a day are removed — a day, so that two installed versions used by turns keep theirs — at
 * most PRUNE.atMost of them per run. Names that are not builds' are left alone. Quietly nothing on
 * any error. Returns the folders removed.
 */
export function pruneBuilds(folder: string, key: string = CACHE_KEY, now: number = Date.now()): string[] {
  const marker = join(folder, PRUNE.marker);
  try {
    if (now - statSync(marker).mtimeMs < PRUNE.every) return [];
  } catch {
    // no marker yet: look now
  }
  const removed: string[] = [];
  try {
    for (const d of readdirSync(folder, { withFileTypes: true })) {
      if (removed.length >= PRUNE.atMost) break;
      if (!d.isDirectory() || d.name === key || !BUILD_NAME.test(d.name)) continue;
      const path = join(folder, d.name);
      if (now - statSync(path).mtimeMs < PRUNE.unusedFor) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(d.name);
    }
    closeSync(openSync(marker, "a"));
    utimesSync(marker, now / 1000, now / 1000);
  } catch {
    // a folder we cannot list or change: no pruning
  }
  return removed;
}

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

/**
 * A checksum of `bytes` (32-bit words, two multiplicative lanes): a corrupt entry's alarm, not a
 * cryptographic hash. A few times faster than hashing the text character by character, which
 * mattered: entries hold every file's text, hundreds of kilobytes at every run.
 */
export function checksum(bytes: Uint8Array): string {
  const n = bytes.length >>> 2;
  const words =
    bytes.byteOffset % 4 === 0
      ? new Uint32Array(bytes.buffer, bytes.byteOffset, n)
      : new Uint32Array(new Uint8Array(bytes.subarray(0, n * 4)).buffer); // a copy, aligned
  let h1 = 0x811c9dc5 ^ bytes.length;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    h1 = Math.imul(h1 ^ w, 0x9e3779b1);
    h1 = (h1 << 13) | (h1 >>> 19);
    h2 = Math.imul(h2 ^ w, 0x85ebca77);
    h2 = (h2 << 17) | (h2 >>> 15);
  }
  for (let i = n * 4; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i]!, 0x9e3779b1);
    h2 = Math.imul(h2 ^ bytes[i]!, 0x85ebca77);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** An entry as read: its value, and whether its bytes are those written (checked on demand). */
export interface Entry {
  value: unknown;
  intact(): boolean;
}

/**
 * The entry named `name` in `dir`, or undefined when it is missing, truncated or not JSON. Its
 * checksum is checked by `intact()`, which callers ask only once the entry's texts matched the files:
 * most misses are found cheaply by comparing those.
 */
export function readEntry(dir: string, name: string): Entry | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
  const nl = raw.indexOf(0x0a);
  if (nl < 0 || nl > 100) return undefined;
  const [format, length, sum] = raw.subarray(0, nl).toString("latin1").split(" ");
  const body = raw.subarray(nl + 1);
  if (format !== FORMAT || Number(length) !== body.length) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
  return { value, intact: () => sum === checksum(body) };
}

let tempCount = 0;
/** Folders made (or found) by this process: a first run on 10,000 files writes 10,000 entries into one. */
const madeDirs = new Set<string>();

/** Write `value` as the entry `name` in `dir`, atomically; quietly nothing (false) when that fails. */
export function writeEntry(dir: string, name: string, value: unknown): boolean {
  const body = Buffer.from(JSON.stringify(value));
  const tmp = join(dir, `.${name}.${Math.random().toString(36).slice(2)}${(tempCount++).toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    try {
      fd = openSync(tmp, "wx", 0o644);
    } catch (err) {
      // The folder was removed since (another run cleared the cache): make it again, once.
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      mkdirSync(dir, { recursive: true });
      fd = openSync(tmp, "wx", 0o644);
    }
    writevSync(fd, [Buffer.from(`${FORMAT} ${body.length} ${checksum(body)}\n`), body]);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, join(dir, name));
    return true;
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
    return false;
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

/**
 * Stage 7: writing. `--output FILE` goes to a temporary file beside the target and is renamed into
 * place, so a crash or a full disk never leaves a partial file: the target holds either its old
 * content or the whole new one. Input files are never overwritten (by name, symbolic link or hard
 * link); a failed write leaves no temporary file behind.
 *
 * What is at the path decides how: a regular file (or nothing) is replaced by rename, keeping its
 * owner and mode, and only when the user could write it; a character device (/dev/null, a terminal)
 * or a named pipe is written directly and never replaced; a socket, a block device or a dangling
 * symbolic link is refused.
 */
import {
  accessSync,
  closeSync,
  linkSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { WriteWhy } from "../usage.js";

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

function statOrUndefined(p: string, follow = true): Stats | undefined {
  try {
    return follow ? statSync(p) : lstatSync(p);
  } catch {
    return undefined;
  }
}

function why(code: string | undefined, dir: string): WriteWhy {
  return { errno: code ?? null, dir };
}

/**
 * Called with the temporary file's path once it exists; returns the function to call when it is
 * gone (renamed or removed). The entry point uses it to hold SIGINT/SIGTERM until then and to
 * remove the temporary file if a signal came, so an interrupted run leaves nothing behind.
 */
export type TempGuard = (tmp: string) => () => void;

/** The kind of thing at a path, as far as writing goes. */
export type TargetKind = "none" | "file" | "stream" | "refused";

function targetKind(st: Stats | undefined): TargetKind {
  if (st === undefined) return "none";
  if (st.isFile()) return "file";
  if (st.isCharacterDevice() || st.isFIFO()) return "stream";
  return "refused";
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  // A short write (a nearly full disk) is retried until it fails outright: never renamed half done.
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * A device or named pipe: write to it as the shell's `>` would, never replace it. A pipe nobody is
 * reading is refused at once instead of waiting for a reader forever.
 */
function writeStream(dest: string, text: string, shown: string): void {
  let probe: number | undefined;
  let fd: number | undefined;
  try {
    // Without O_CREAT: if the path changed into something else meanwhile, nothing is created.
    probe = openSync(dest, constants.O_WRONLY | constants.O_NONBLOCK);
    fd = openSync(dest, constants.O_WRONLY);
    if (targetKind(fstatSync(fd)) !== "stream") throw new UsageError({ code: "output-changed", shown });
    writeAll(fd, text);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENXIO") throw new UsageError({ code: "output-pipe-unread", shown });
    throw new UsageError({ code: "output-device", shown, why: why(code, dirname(shown) || ".") });
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (probe !== undefined) closeSync(probe);
  }
}

/**
 * Write `text` to `target` atomically. `inputs` are the files the command read; `shown` is how the
 * user wrote the target (for messages; default: `target`).
 */
export function writeAtomic(target: string, text: string, inputs: readonly string[], shown: string = target, guard?: TempGuard): void {
  const link = statOrUndefined(target, false);
  const dest = real(target);
  const destStat = statOrUndefined(dest);
  if (link?.isSymbolicLink() && destStat === undefined) {
    throw new UsageError({ code: "output-dangling", shown });
  }
  const isInput = inputs.some((input) => {
    if (real(input) === dest) return true;
    const st = destStat && statOrUndefined(input);
    return st !== undefined && destStat !== undefined && st.dev === destStat.dev && st.ino === destStat.ino;
  });
  if (isInput) throw new UsageError({ code: "output-input", shown });
  if (destStat?.isDirectory()) throw new UsageError({ code: "output-directory", shown, example: join(shown, "out.csv") });
  const kind = targetKind(destStat);
  if (kind === "stream") {
    writeStream(dest, text, shown);
    return;
  }
  if (kind === "refused") {
    throw new UsageError({
      code: "output-special",
      shown,
      what: destStat?.isSocket() ? "socket" : destStat?.isBlockDevice() ? "block-device" : "other",
    });
  }
  if (destStat) {
    try {
      accessSync(dest, constants.W_OK);
    } catch {
      throw new UsageError({ code: "output-denied", shown });
    }
  }
  const dir = dirname(dest);
  const tmp = join(dir, `.${basename(dest)}.tmp-${randomBytes(6).toString("hex")}`);
  let fd: number | undefined;
  let release: (() => void) | undefined;
  let stage = "write";
  try {
    // A new file gets the usual mode; a replaced one keeps its own.
    fd = openSync(tmp, "wx", destStat ? destStat.mode & 0o7777 : 0o644);
    release = guard?.(tmp);
    if (destStat) {
      // The replaced file's owner and group first (chown clears set-id bits), then its mode exactly
      // (open() applied the umask).
      const own = fstatSync(fd);
      if (destStat.uid !== own.uid || destStat.gid !== own.gid) {
        stage = "owner";
        fchownSync(fd, destStat.uid, destStat.gid);
        stage = "write";
      }
      fchmodSync(fd, destStat.mode & 0o7777);
    }
    writeAll(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, dest);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never created, or already gone */
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (stage === "owner") throw new UsageError({ code: "output-owner", shown, errno: code ?? null });
    throw new UsageError({ code: "output-write", shown, why: why(code, dirname(shown) || "."), option: true });
  } finally {
    release?.();
  }
}

/**
 * Create `target` whole and only if it does not exist (for `init`): the text goes to a temporary
 * file which is then hard-linked into place, and link() fails when the name is taken, so of several
 * runs at once exactly one wins and a reader never sees half a file. Returns false when the file
 * already existed.
 */
export function writeNew(target: string, text: string, shown: string = target, guard?: TempGuard): boolean {
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${randomBytes(6).toString("hex")}`);
  let fd: number | undefined;
  let release: (() => void) | undefined;
  try {
    fd = openSync(tmp, "wx", 0o644);
    release = guard?.(tmp);
    writeAll(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    try {
      linkSync(tmp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return false;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw err;
      // A file system without hard links: create exclusively and write in place.
      const out = openSync(target, "wx", 0o644);
      try {
        writeAll(out, text);
      } finally {
        closeSync(out);
      }
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError({ code: "output-write", shown, why: why(code, dirname(shown) || "."), option: false });
  } finally {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    release?.();
  }
}

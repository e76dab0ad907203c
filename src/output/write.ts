/**
 * Stage 7: writing. `--output FILE` goes to a temporary file beside the target and is renamed into
 * place, so a crash or a full disk never leaves a partial file: the target holds either its old
 * content or the whole new one. Input files are never overwritten (by name, symbolic link or hard
 * link); a failed write leaves no temporary file behind.
 */
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";

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

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function why(code: string | undefined, dir: string): string {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return `the directory ${dir} does not exist; create it first`;
    case "EACCES":
    case "EPERM":
      return `permission denied in ${dir}`;
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full";
    case "EFBIG":
      return "it would exceed the file size limit (ulimit -f)";
    case "EROFS":
      return "the file system is read-only";
    case "EISDIR":
      return "it is a directory";
    default:
      return code ?? "unknown error";
  }
}

/**
 * Write `text` to `target` atomically. `inputs` are the files the command read; `shown` is how the
 * user wrote the target (for messages; default: `target`).
 */
export function writeAtomic(target: string, text: string, inputs: readonly string[], shown: string = target): void {
  const dest = real(target);
  const destStat = statOrUndefined(dest);
  const isInput = inputs.some((input) => {
    if (real(input) === dest) return true;
    const st = destStat && statOrUndefined(input);
    return st !== undefined && destStat !== undefined && st.dev === destStat.dev && st.ino === destStat.ino;
  });
  if (isInput) throw new UsageError(`--output ${shown}: that is one of the input files; choose another file name`);
  if (destStat?.isDirectory()) throw new UsageError(`--output ${shown}: that is a directory; name a file in it, e.g. ${join(shown, "out.csv")}`);
  const dir = dirname(dest);
  const tmp = join(dir, `.${basename(dest)}.tmp-${randomBytes(6).toString("hex")}`);
  let fd: number | undefined;
  try {
    // A new file gets the usual mode; a replaced one keeps its own.
    fd = openSync(tmp, "wx", destStat ? destStat.mode & 0o7777 : 0o644);
    // open() applies the umask; set a replaced file's own mode exactly.
    if (destStat) fchmodSync(fd, destStat.mode & 0o7777);
    const bytes = Buffer.from(text, "utf8");
    // A short write (a nearly full disk) is retried until it fails outright: never renamed half done.
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
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
    throw new UsageError(`--output ${shown}: cannot write the file: ${why(code, dirname(shown) || ".")}; nothing was changed`);
  }
}

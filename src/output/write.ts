/**
 * Stage 7: writing. `--output FILE` goes to a temporary file beside the target and is renamed into
 * place, so a crash or a full disk never leaves a partial file. Input files are never overwritten.
 */
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
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

export function writeAtomic(target: string, text: string, inputs: readonly string[]): void {
  const dest = real(target);
  const inputSet = new Set(inputs.map(real));
  if (inputSet.has(dest)) throw new UsageError(`--output ${target}: that is one of the input files; choose another file name`);
  const tmp = join(dirname(dest), `.${basename(dest)}.tmp-${randomBytes(6).toString("hex")}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, dest);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--output ${target}: cannot write the file (${code ?? String(err)}); nothing was changed`);
  }
}

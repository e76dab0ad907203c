/**
 * `--output` onto things that are not regular files, files the user may not write, other owners,
 * interrupts, and `init` racing itself (issue #13).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { chmodSync, chownSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { signalGuard, type SignalTarget } from "../../src/output/signals.js";
import { writeAtomic, writeNew } from "../../src/output/write.js";
import { cli, copyOfData, ROOT, tempDir } from "../helpers/run.js";

const BIN = join(ROOT, "bin/sovereign-ai.js");
const isRoot = process.getuid?.() === 0;
const temps = (dir: string) => readdirSync(dir).filter((f) => f.includes(".tmp-"));

describe("--output onto a device, a pipe, a socket, a dangling link", () => {
  it("/dev/null is written to, and stays a character device (it used to be renamed over as root)", () => {
    const before = statSync("/dev/null");
    writeAtomic("/dev/null", "x".repeat(10_000), []);
    const after = lstatSync("/dev/null");
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
    expect(readdirSync("/dev").filter((f) => f.startsWith(".null.tmp-"))).toEqual([]);
  });

  it("/dev/full: a usage error saying the disk is full, and the device stays", () => {
    if (!existsSync("/dev/full")) return;
    expect(() => writeAtomic("/dev/full", "x", [], "/dev/full")).toThrow(
      "--output /dev/full: cannot write to the device or pipe: the disk is full",
    );
    expect(lstatSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("a named pipe: its reader gets the text and the pipe stays a pipe; with no reader, refused at once", async () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    expect(() => writeAtomic(fifo, "nobody\n", [], "pipe")).toThrow("--output pipe: that is a named pipe nobody is reading");
    const reader = spawn("cat", [fifo]);
    let got = "";
    reader.stdout.on("data", (b: Buffer) => (got += b.toString()));
    const done = new Promise((ok) => reader.on("close", ok));
    // Wait until cat has opened the pipe.
    for (let i = 0; i < 200; i++) {
      try {
        writeAtomic(fifo, "a,b\nc,d\n", [], "pipe");
        break;
      } catch (err) {
        if (!String(err).includes("nobody is reading")) throw err;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    await done;
    expect(got).toBe("a,b\nc,d\n");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe"]);
  });

  it("a socket is refused and stays a socket", async () => {
    const dir = tempDir();
    const path = join(dir, "sock");
    const server = createServer();
    await new Promise<void>((ok) => server.listen(path, ok));
    try {
      expect(() => writeAtomic(path, "x", [], "sock")).toThrow("--output sock: that is a socket; name a regular file");
      expect(lstatSync(path).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it("a symbolic link to nothing is refused and left as it was", () => {
    const dir = tempDir();
    symlinkSync(join(dir, "missing/target.csv"), join(dir, "dangling.csv"));
    expect(() => writeAtomic(join(dir, "dangling.csv"), "x", [], "dangling.csv")).toThrow(UsageError);
    expect(() => writeAtomic(join(dir, "dangling.csv"), "x", [], "dangling.csv")).toThrow("that is a symbolic link to nothing");
    expect(lstatSync(join(dir, "dangling.csv")).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).toEqual(["dangling.csv"]);
  });

  it("-o '' is a usage error, not standard output", async () => {
    const r = await cli(["score", "-o", ""]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--output needs a file name");
  });
});

describe("--output keeps what the replaced file was", () => {
  it("refuses a file the user may not write (read-only, another owner), which stays as it was", () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const target = join(dir, "theirs.csv");
    writeFileSync(target, "theirs\n");
    chmodSync(target, 0o644);
    if (isRoot) {
      // Run as nobody: the directory is writable to all, the file is root's and read-only to others.
      const r = spawnSync(process.execPath, [BIN, "score", "-f", "csv", "-o", target], {
        uid: 65534,
        gid: 65534,
        encoding: "utf8",
        cwd: ROOT,
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("you may not write that file");
    } else {
      chmodSync(target, 0o444);
      expect(() => writeAtomic(target, "x", [], "theirs.csv")).toThrow("--output theirs.csv: you may not write that file");
    }
    expect(readFileSync(target, "utf8")).toBe("theirs\n");
    expect(temps(dir)).toEqual([]);
  });

  it.runIf(isRoot)("as root, the replaced file keeps its owner, group and mode", () => {
    const dir = tempDir();
    const target = join(dir, "user.csv");
    writeFileSync(target, "old\n");
    chownSync(target, 65534, 65534);
    chmodSync(target, 0o640);
    writeAtomic(target, "new\n", []);
    const st = statSync(target);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([65534, 65534, 0o640]);
    expect(readFileSync(target, "utf8")).toBe("new\n");
  });
});

describe("interrupts during --output", () => {
  class FakeProcess extends EventEmitter implements SignalTarget {
    exits: number[] = [];
    exit(code: number): void {
      this.exits.push(code);
      throw new Error("exited");
    }
  }

  it("a signal while the temporary file exists removes it and ends with 128 + the signal", () => {
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143],
      ["SIGHUP", 129],
    ] as const) {
      const dir = tempDir();
      const proc = new FakeProcess();
      const guard = signalGuard(proc, (fn) => fn());
      // The signal arrives while the text is being written (here: as soon as the temporary file exists).
      expect(() =>
        writeAtomic(join(dir, "out.csv"), "x", [], "out.csv", (tmp) => {
          const release = guard(tmp);
          expect(existsSync(tmp)).toBe(true);
          proc.emit(signal, signal);
          return release;
        }),
      ).toThrow();
      expect(proc.exits).toEqual([code]);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it("without a signal the handlers are installed only for the write", () => {
    const dir = tempDir();
    const proc = new FakeProcess();
    const later: (() => void)[] = [];
    const guard = signalGuard(proc, (fn) => later.push(fn));
    writeAtomic(join(dir, "out.csv"), "x", [], "out.csv", (tmp) => {
      const release = guard(tmp);
      expect(proc.listenerCount("SIGTERM")).toBe(1);
      return release;
    });
    // A signal that came during the write is delivered before the handlers go (the real `later` is setImmediate).
    expect(proc.listenerCount("SIGTERM")).toBe(1);
    later.forEach((fn) => fn());
    expect(proc.listenerCount("SIGTERM")).toBe(0);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("x");
  });
});

describe("init creates exclusively", () => {
  it("writeNew: the first call creates, the second reports the file exists and changes nothing", () => {
    const dir = tempDir();
    expect(writeNew(join(dir, "a.yaml"), "first\n")).toBe(true);
    expect(writeNew(join(dir, "a.yaml"), "second\n")).toBe(false);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("first\n");
    expect(readdirSync(dir)).toEqual(["a.yaml"]);
  });

  it("8 parallel `init consortium same`: exactly one says it wrote the file", async () => {
    const cwd = copyOfData();
    const runs = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<{ code: number | null; out: string }>((ok) => {
            const c = spawn(process.execPath, [BIN, "init", "consortium", "same"], { cwd });
            let out = "";
            c.stdout.on("data", (b: Buffer) => (out += b.toString()));
            c.on("close", (code) => ok({ code, out }));
          }),
      ),
    );
    expect(runs.filter((r) => r.out.startsWith("wrote ")).length).toBe(1);
    expect(runs.filter((r) => r.code === 0).length).toBe(1);
    expect(runs.filter((r) => r.code === 2).length).toBe(7);
    expect(temps(join(cwd, "consortia"))).toEqual([]);
  });
});

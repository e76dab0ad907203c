import { execFileSync } from "node:child_process";
import { closeSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isatty as ttyIsatty } from "node:tty";
import { describe, expect, it } from "vitest";
import { descriptor, isatty } from "../../src/cli/descriptors.js";
import { tempDir } from "../helpers/run.js";

describe("descriptor: what a file descriptor is, without node:tty where one fstat tells", () => {
  it("a regular file and the null device are files; neither is a terminal, as tty.isatty says", () => {
    const file = join(tempDir("sovereign-ai-fd-"), "out.txt");
    writeFileSync(file, "");
    for (const path of [file, "/dev/null"]) {
      const fd = openSync(path, "w");
      try {
        expect(descriptor(fd), path).toBe("file");
        expect(isatty(fd), path).toBe(ttyIsatty(fd));
        expect(isatty(fd), path).toBe(false);
      } finally {
        closeSync(fd);
      }
    }
  });

  it.runIf(process.platform === "linux")("a pipe and a folder are neither files nor terminals", () => {
    const dir = tempDir("sovereign-ai-fd-");
    execFileSync("mkfifo", [join(dir, "pipe")]);
    for (const [path, flags] of [
      [join(dir, "pipe"), "r+"],
      [dir, "r"],
    ] as const) {
      const fd = openSync(path, flags);
      try {
        expect(descriptor(fd), path).toBe("other");
        expect(isatty(fd), path).toBe(ttyIsatty(fd));
      } finally {
        closeSync(fd);
      }
    }
  });

  it("a closed descriptor is not a terminal (tty.isatty's answer)", () => {
    const fd = openSync("/dev/null", "r");
    closeSync(fd);
    expect(isatty(fd)).toBe(false);
    expect(descriptor(fd)).toBe("other");
  });
});

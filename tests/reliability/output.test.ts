/**
 * `--output FILE`: a temporary file beside the target, renamed into place; never an input file;
 * a failed write leaves neither a partial file nor a temporary one.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { writeAtomic } from "../../src/output/write.js";
import { cli, copyOfData, ROOT, tempDir } from "../helpers/run.js";

const BIN = join(ROOT, "bin/sovereign-ai.js");

describe("writeAtomic", () => {
  it("writes the text and leaves no temporary file", () => {
    const dir = tempDir();
    writeAtomic(join(dir, "out.csv"), "a,b\r\n", []);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("a,b\r\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("replaces by rename: a hard link to the old file keeps the old content, the mode is kept", () => {
    const dir = tempDir();
    const target = join(dir, "out.txt");
    writeFileSync(target, "old\n");
    chmodSync(target, 0o600);
    linkSync(target, join(dir, "old-link.txt"));
    writeAtomic(target, "new\n", []);
    expect(readFileSync(target, "utf8")).toBe("new\n");
    // Written in place, the link would show "new" (and a crash half-way, half of it).
    expect(readFileSync(join(dir, "old-link.txt"), "utf8")).toBe("old\n");
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(["old-link.txt", "out.txt"]);
  });

  it("keeps modes that the umask would strip (664, 777)", () => {
    const dir = tempDir();
    for (const mode of [0o664, 0o777]) {
      const target = join(dir, `m${mode.toString(8)}.csv`);
      writeFileSync(target, "old\n");
      chmodSync(target, mode);
      writeAtomic(target, "new\n", []);
      expect(statSync(target).mode & 0o777).toBe(mode);
    }
  });

  it("refuses an input file by name, through a symbolic link and through a hard link", () => {
    const dir = tempDir();
    const input = join(dir, "x.yaml");
    writeFileSync(input, "id: x\n");
    symlinkSync(input, join(dir, "sym.yaml"));
    linkSync(input, join(dir, "hard.yaml"));
    for (const target of ["x.yaml", "sym.yaml", "hard.yaml"]) {
      expect(() => writeAtomic(join(dir, target), "oops", [input], target)).toThrow(UsageError);
      expect(() => writeAtomic(join(dir, target), "oops", [input], target)).toThrow(`--output ${target}: that is one of the input files`);
    }
    expect(readFileSync(input, "utf8")).toBe("id: x\n");
    expect(readdirSync(dir).sort()).toEqual(["hard.yaml", "sym.yaml", "x.yaml"]);
  });

  it("a target in a directory that does not exist: a usage error, nothing created", () => {
    const dir = tempDir();
    expect(() => writeAtomic(join(dir, "no/out.csv"), "x", [], "no/out.csv")).toThrow(
      "--output no/out.csv: cannot write the file: the directory no does not exist; create it first; nothing was changed",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a target that is a directory: refused, the directory untouched", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub/keep.txt"), "keep");
    expect(() => writeAtomic(join(dir, "sub"), "x", [], "sub")).toThrow("--output sub: that is a directory");
    expect(readdirSync(dir)).toEqual(["sub"]);
    expect(readdirSync(join(dir, "sub"))).toEqual(["keep.txt"]);
  });
});

describe("--output through the CLI", () => {
  it("writes exactly what standard output would show, and prints nothing", async () => {
    const cwd = copyOfData();
    const shown = await cli(["score", "-f", "csv"], { cwd });
    const written = await cli(["score", "-o", "ranking.csv"], { cwd });
    expect(written).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "ranking.csv"), "utf8")).toBe(shown.stdout);
    expect(readdirSync(cwd).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("refuses to overwrite the rubric or a consortium file (exit 2), which stay as they were", async () => {
    const cwd = copyOfData();
    for (const target of ["criteria/default.yaml", "consortia/skt.yaml", "./consortia/../consortia/kt.yaml"]) {
      const before = readFileSync(join(cwd, target), "utf8");
      const r = await cli(["score", "-f", "csv", "-o", target], { cwd });
      expect(r.code, target).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`--output ${target}: that is one of the input files`);
      expect(readFileSync(join(cwd, target), "utf8")).toBe(before);
    }
  });

  it("a write that fails half-way (file size limit: EFBIG) keeps the old file whole and leaves no temporary file", () => {
    const cwd = copyOfData();
    writeFileSync(join(cwd, "out.json"), "old\n");
    // 1 block of 512 bytes; the JSON is several kilobytes. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const r = spawnSync("sh", ["-c", `ulimit -f 1 && exec "${process.execPath}" "${BIN}" score -f json -o out.json`], {
      cwd,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--output out.json: cannot write the file");
    expect(r.stderr).toContain("nothing was changed");
    expect(readFileSync(join(cwd, "out.json"), "utf8")).toBe("old\n");
    expect(readdirSync(cwd).filter((f) => f.includes(".tmp-"))).toEqual([]);
    // The same command without the limit writes the whole file.
    execFileSync(process.execPath, [BIN, "score", "-f", "json", "-o", "out.json"], { cwd });
    expect(JSON.parse(readFileSync(join(cwd, "out.json"), "utf8")).results).toHaveLength(11);
    expect(existsSync(join(cwd, "out.json"))).toBe(true);
  });
});

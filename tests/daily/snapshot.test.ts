import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadData } from "../../src/load/contest.js";
import { fromSnapshot, readSnapshot, snapshotPath } from "../../src/load/snapshot.js";
import { encodeSnapshot, makeSnapshot } from "../../src/load/snapshot-make.js";
import { cli, copyOfData, ROOT, tempDir } from "../helpers/run.js";

const snapshot = makeSnapshot(ROOT);
const place = (cwd: string) => ({ cwd, packageRoot: ROOT });

describe("data snapshot (start-up shortcut for the bundled data)", () => {
  it("holds every bundled rubric that validates, and the bundled consortia in listing order", () => {
    expect(snapshot.rubrics.length).toBeGreaterThanOrEqual(1);
    expect(snapshot.consortia.map((c) => c.name)).toEqual(
      loadData({}, place(ROOT))
        .files.filter((f) => f.includes("/consortia/"))
        .map((f) => f.split("/").pop()),
    );
  });

  it("gives exactly what the full load gives, for each bundled rubric", () => {
    for (const r of ["default", "service-first", "open-source-first", "industry-forecast"]) {
      const full = loadData({ rubric: r }, place(ROOT));
      const fast = fromSnapshot(snapshot, full.files[0]!, [join(ROOT, "consortia")], join(ROOT, "sources"), ROOT);
      expect(fast, r).toBeDefined();
      expect(fast!.rubric).toEqual(full.rubric.value);
      expect(fast!.consortia).toEqual(full.consortia.map((c) => c.value));
      expect(fast!.files).toEqual(full.files);
      expect([...fast!.sources!.records.values()]).toEqual([...full.sources!.records.values()]);
    }
  });

  it("is not used when one byte, one file or one name differs", () => {
    const check = (edit: (dir: string) => void) => {
      const dir = copyOfData();
      edit(dir);
      return fromSnapshot(snapshot, join(dir, "criteria", "default.yaml"), [join(dir, "consortia")], join(dir, "sources"), dir);
    };
    expect(check(() => {})).toBeDefined();
    expect(check((d) => appendFileSync(join(d, "consortia", "kt.yaml"), " "))).toBeUndefined();
    expect(check((d) => appendFileSync(join(d, "criteria", "default.yaml"), "\n"))).toBeUndefined();
    expect(check((d) => writeFileSync(join(d, "consortia", "zz.yaml"), readFileSync(join(d, "consortia", "kt.yaml"))))).toBeUndefined();
    expect(check((d) => renameSync(join(d, "consortia", "kt.yaml"), join(d, "consortia", "kt2.yaml")))).toBeUndefined();
    expect(check((d) => appendFileSync(join(d, "sources", "unicorn-2025-07-21.yaml"), "\n"))).toBeUndefined();
    expect(
      check((d) => writeFileSync(join(d, "sources", "zz.yaml"), readFileSync(join(d, "sources", "unicorn-2025-07-21.yaml")))),
    ).toBeUndefined();
  });

  it("is written as the build writes it and read back the same, texts as bytes; a truncated or altered file is no snapshot", () => {
    const file = join(tempDir("sovereign-ai-snap-"), "data-snapshot.bin");
    const bytes = encodeSnapshot(snapshot);
    writeFileSync(file, bytes);
    const back = readSnapshot(file)!;
    const texts = (s: typeof snapshot) => [...s.rubrics, ...s.consortia, ...s.sources].map((f) => Buffer.from(f.text).toString("utf8"));
    expect(texts(back)).toEqual(texts(snapshot));
    expect(back.rubrics.map((r) => r.value)).toEqual(snapshot.rubrics.map((r) => r.value));
    expect(back.consortia.map((c) => [c.name, c.value])).toEqual(snapshot.consortia.map((c) => [c.name, c.value]));
    expect(back.sources.map((c) => [c.name, c.value])).toEqual(snapshot.sources.map((c) => [c.name, c.value]));
    const fast = fromSnapshot(back, join(ROOT, "criteria", "default.yaml"), [join(ROOT, "consortia")], join(ROOT, "sources"), ROOT);
    expect(fast?.consortia).toEqual(snapshot.consortia.map((c) => c.value));
    for (const broken of [
      bytes.subarray(0, bytes.length - 1),
      Buffer.concat([bytes, Buffer.from(" ")]),
      bytes.subarray(0, 3),
      Buffer.from("{}"),
    ]) {
      writeFileSync(file, broken);
      expect(readSnapshot(file)).toBeUndefined();
    }
  });

  it("is only switched on in the bundle", () => {
    expect(snapshotPath(ROOT)).toBeUndefined();
  });

  it("the built program answers as the full pipeline does, and sees edited data at once", async () => {
    const bin = join(ROOT, "bin", "sovereign-ai.js");
    const run = (args: string[], cwd = ROOT) =>
      execFileSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
    for (const args of [
      ["score", "-f", "json"],
      ["score", "-f", "csv", "-r", "service-first", "-w", "openness=40"],
      ["explain", "kakao", "-f", "json"],
    ]) {
      expect(run(args), args.join(" ")).toBe((await cli(args)).stdout);
    }
    const dir = copyOfData();
    const file = join(dir, "consortia", "motif.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/from_scratch:\n {4}value: \d+/, "from_scratch:\n    value: 7"));
    const edited = JSON.parse(run(["explain", "motif", "-f", "json"], dir));
    expect(edited.criteria[0].score).toBe(7);
    expect(edited).toEqual(JSON.parse((await cli(["explain", "motif", "-f", "json"], { cwd: dir })).stdout));
  });
});

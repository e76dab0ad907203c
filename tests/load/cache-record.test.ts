/**
 * The record of a run as the cache of validated files' pack (issue #13, a first run on 10,000 files):
 * entries kept in memory until the run knows whether it writes its record, at most
 * SINGLE_ENTRIES_WITH_RECORD of them beside a record, files served from the record of the last run on
 * the same paths only for exactly the text it holds, and never a different answer.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeDataTexts } from "../../src/errors.js";
import { CACHE_KEY, readEntry, writeEntry } from "../../src/load/cache.js";
import { fileCache, packKey, type Packed } from "../../src/load/file-cache.js";
import { SINGLE_ENTRIES_WITH_RECORD } from "../../src/load/contest.js";
import { cli, consortiumYaml, fixture, rubricYaml, tempDir } from "../helpers/run.js";

describe("the cache of validated files, in memory until flushed", () => {
  it("writes what was put only at flush, at most atMost entries, in the order put", () => {
    const dir = tempDir();
    const cache = fileCache(dir);
    for (let i = 0; i < 5; i++) cache.put("consortium", `/c/t${i}.yaml`, `id: t${i}\n`, { id: `t${i}` });
    cache.put("consortium", "/c/t0.yaml", "id: t0 \n", { id: "t0", again: true }); // its latest version, in its first place
    expect(cache.get("consortium", "/c/t1.yaml", "id: t1\n")).toEqual({ id: "t1" }); // this run finds what it put
    expect(readdirSync(dir)).toEqual([]);
    cache.flush(3);
    expect(readdirSync(dir)).toHaveLength(3);
    cache.flush(); // what was put is gone once flushed
    expect(readdirSync(dir)).toHaveLength(3);
    const next = fileCache(dir);
    expect(next.get("consortium", "/c/t0.yaml", "id: t0 \n")).toEqual({ id: "t0", again: true });
    expect(next.get("consortium", "/c/t0.yaml", "id: t0\n")).toBeUndefined();
    expect(next.get("consortium", "/c/t2.yaml", "id: t2\n")).toEqual({ id: "t2" });
    expect(next.get("consortium", "/c/t3.yaml", "id: t3\n")).toBeUndefined();
    expect(next.hits).toBe(2);
  });

  it("serves a pack's value for its kind, file name and exact text only, reading the pack once and only when asked", () => {
    let reads = 0;
    const packed: Packed = new Map([[packKey("consortium", "/a/kt.yaml"), [{ text: "id: kt\n", value: { id: "kt" } }]]]);
    const pack = () => {
      reads++;
      return packed;
    };
    const unused = fileCache(tempDir(), pack);
    unused.flush();
    expect(reads).toBe(0);
    const cache = fileCache(tempDir(), pack);
    expect(cache.get("consortium", "/elsewhere/kt.yaml", "id: kt\n")).toEqual({ id: "kt" }); // the text decides, not the folder
    expect(cache.get("consortium", "/a/kt.yaml", "id: kt\n\n")).toBeUndefined();
    expect(cache.get("source", "/a/kt.yaml", "id: kt\n")).toBeUndefined();
    expect(cache.get("consortium", "/a/skt.yaml", "id: kt\n")).toBeUndefined();
    expect(reads).toBe(1);
    expect(cache.hits).toBe(1);
    expect(fileCache(tempDir(), () => undefined).get("consortium", "/a/kt.yaml", "id: kt\n")).toBeUndefined();
  });

  it("leans on escaping being idempotent: a value escaped again is the same", () => {
    const texts = fc.string({ unit: fc.constantFrom("a", "\u001b", "\u0007", "\u009b", "\n", "\t", "\r", "\\", "u", "0") });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(texts, fc.array(texts), fc.integer())), (value) => {
        const once = escapeDataTexts(value);
        expect(escapeDataTexts(once)).toStrictEqual(once);
      }),
    );
  });
});

const CRITERIA = [
  { id: "quality", weight: 2 },
  { id: "impact", weight: 1 },
];

/** A contest of n consortia; the first one's name holds a control character (written escaped in YAML). */
function field(n: number): string {
  const files: Record<string, string> = { "criteria/default.yaml": rubricYaml({ criteria: CRITERIA }) };
  for (let i = 0; i < n; i++) {
    const id = `t${String(i).padStart(3, "0")}`;
    const text = consortiumYaml({ id, scores: { quality: (i * 7) % 11, impact: (i * 3) % 10 } });
    files[`consortia/${id}.yaml`] = i === 0 ? text.replace(`name: Team ${id}`, 'name: "Team \\e[31m red"') : text;
  }
  return fixture(files);
}

const names = (cache: string) => readdirSync(join(cache, "sovereign-ai", CACHE_KEY)).sort();

/** The rubric with its first weight set to `w`: a run on it is not answered by the record alone (quick.ts). */
const reweigh = (dir: string, w: number) =>
  writeFileSync(join(dir, "criteria/default.yaml"), rubricYaml({ criteria: [{ ...CRITERIA[0]!, weight: w }, CRITERIA[1]!] }));

describe("the record of a run as the cache's pack", () => {
  const n = SINGLE_ENTRIES_WITH_RECORD + 6;

  it(`a run on ${n} files writes its record and ${SINGLE_ENTRIES_WITH_RECORD} entries of single files, and every later run gives what no cache gives`, async () => {
    const dir = field(n);
    const cache = tempDir("sovereign-ai-cache-");
    const env = { XDG_CACHE_HOME: cache };
    const args = ["score", "-f", "json"];
    const without = await cli(args, { cwd: dir });
    expect(without.code, without.stderr).toBe(0);
    expect(JSON.parse(without.stdout).results).toHaveLength(n);
    expect(await cli(args, { cwd: dir, env })).toEqual(without);
    const written = names(cache);
    expect(written.filter((f) => f.startsWith("set-"))).toHaveLength(1);
    expect(written.filter((f) => f.startsWith("file-"))).toHaveLength(SINGLE_ENTRIES_WITH_RECORD);
    expect(written.filter((f) => f.startsWith("file-rubric-"))).toHaveLength(1); // read first, so written
    expect(await cli(args, { cwd: dir, env })).toEqual(without); // from the record
    for (const w of [3, 4]) {
      reweigh(dir, w); // the consortia from the record, the rubric parsed
      expect(await cli(args, { cwd: dir, env })).toEqual(await cli(args, { cwd: dir }));
    }
    writeFileSync(join(dir, "consortia/t001.yaml"), `${readFileSync(join(dir, "consortia/t001.yaml"), "utf8")}# edited\n`);
    expect(await cli(args, { cwd: dir, env })).toEqual(await cli(args, { cwd: dir }));
  }, 60_000);

  it(`a run on ${n} files that finds a problem keeps its files as one record, which serves the run after the fix`, async () => {
    const dir = field(n);
    const cache = tempDir("sovereign-ai-cache-");
    const env = { XDG_CACHE_HOME: cache };
    const broken = join(dir, "consortia/t010.yaml");
    const good = readFileSync(broken, "utf8");
    writeFileSync(broken, good.replace(/quality: \{ value: \d+ \}/, "quality: { value: ten }"));
    const args = ["score", "-f", "json"];
    const failed = await cli(args, { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/t010\.yaml:\d+:\d+/);
    expect(await cli(args, { cwd: dir, env })).toEqual(failed);
    const written = names(cache);
    expect(written.filter((f) => f.startsWith("set-"))).toHaveLength(1);
    expect(written.filter((f) => f.startsWith("file-")).length).toBeLessThanOrEqual(SINGLE_ENTRIES_WITH_RECORD);
    // Doctored on purpose: t002's value in the record of files shows that the run after the fix is served from it.
    const build = join(cache, "sovereign-ai", CACHE_KEY);
    const set = written.find((f) => f.startsWith("set-"))!;
    const record = readEntry(build, set)!.value as {
      files: { consortia: { name: string; value: { scores: { quality: { value: number } } } }[] };
    };
    expect(record.files.consortia).toHaveLength(n); // every consortium passed its own schema: a score named by a word is found wrong across files
    record.files.consortia.find((c) => c.name === "t002.yaml")!.value.scores.quality.value = 9.5;
    writeEntry(build, set, record);
    writeFileSync(broken, good);
    const explain = ["explain", "t002", "-f", "json"];
    expect(JSON.parse((await cli(explain, { cwd: dir, env })).stdout).criteria[0].score).toBe(9.5);
    // The problem again, then fixed again: always what no cache gives.
    writeFileSync(broken, `${good}oops: 1\n`);
    expect(await cli(args, { cwd: dir, env })).toEqual(await cli(args, { cwd: dir }));
    writeFileSync(broken, good);
    writeFileSync(join(dir, "consortia/t002.yaml"), `${readFileSync(join(dir, "consortia/t002.yaml"), "utf8")}# edited\n`);
    const fixed = await cli(args, { cwd: dir });
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(await cli(args, { cwd: dir, env })).toEqual(fixed);
    expect(await cli(args, { cwd: dir, env })).toEqual(fixed);
  }, 60_000);

  it("serves a file from the record only while the file holds its text, and never from a corrupt record", async () => {
    const dir = field(5);
    const cache = tempDir("sovereign-ai-cache-");
    const env = { XDG_CACHE_HOME: cache };
    const args = ["explain", "t002", "-f", "json"];
    expect((await cli(args, { cwd: dir, env })).code).toBe(0);
    const build = join(cache, "sovereign-ai", CACHE_KEY);
    const set = names(cache).find((f) => f.startsWith("set-"))!;
    const record = readEntry(build, set)!.value as {
      snapshot: { consortia: { name: string; value: { scores: { quality: { value: number } } } }[] };
    };
    // Doctored on purpose (a whole entry with its checksum): a value no parse of t002.yaml gives shows where the answer came from.
    record.snapshot.consortia.find((c) => c.name === "t002.yaml")!.value.scores.quality.value = 9.5;
    expect(writeEntry(build, set, record)).toBe(true);
    reweigh(dir, 3);
    const score = async () => JSON.parse((await cli(args, { cwd: dir, env })).stdout).criteria[0].score as number;
    const parsed = JSON.parse((await cli(args, { cwd: dir })).stdout).criteria[0].score as number;
    expect(parsed).not.toBe(9.5);
    expect(await score()).toBe(9.5); // served from the record
    // The file's text changed: never the record's value; and that run's record holds the parsed value.
    writeFileSync(join(dir, "consortia/t002.yaml"), `${readFileSync(join(dir, "consortia/t002.yaml"), "utf8")}# edited\n`);
    expect(await score()).toBe(parsed);
    // A record whose bytes are not those written (one digit changed, checksum kept) is not used.
    const again = readEntry(build, set)!.value as typeof record;
    again.snapshot.consortia.find((c) => c.name === "t002.yaml")!.value.scores.quality.value = 9.5;
    writeEntry(build, set, again);
    const raw = readFileSync(join(build, set), "utf8");
    writeFileSync(join(build, set), raw.replace('"value":9.5', '"value":9.6'));
    reweigh(dir, 4);
    expect(await score()).toBe(parsed);
  });
});

/**
 * The cache of validated files (src/load/cache.ts): where it lives, entries that are corrupt or
 * truncated, concurrent runs, edited files, a folder that cannot be written, problems found after a
 * cache hit, and --no-cache.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildFolder,
  cacheFolder,
  CACHE_KEY,
  checksum,
  jsonExact,
  PRUNE,
  pruneBuilds,
  readEntry,
  writeEntry,
} from "../../src/load/cache.js";
import { fileCache } from "../../src/load/file-cache.js";
import { loadContest } from "../../src/load/contest.js";
import { cli, copyOfData, ROOT, tempDir } from "../helpers/run.js";

const run = promisify(execFile);

/** A copy of the bundled data with `from_scratch` weighing `w` (40 in the bundled rubric). */
function withWeight(dir: string, w: number): void {
  const rubric = join(dir, "criteria", "default.yaml");
  writeFileSync(rubric, readFileSync(join(ROOT, "criteria", "default.yaml"), "utf8").replace(/weight: 40\b/, `weight: ${w}`));
}

/** An entry's value when it is whole and its checksum holds, else undefined. */
const good = (dir: string, name: string) => {
  const e = readEntry(dir, name);
  return e?.intact() ? e.value : undefined;
};

const entries = (cache: string) => {
  const dir = join(cache, "sovereign-ai", CACHE_KEY);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

describe("the cache folder", () => {
  it("is $XDG_CACHE_HOME/sovereign-ai, else ~/.cache/sovereign-ai, else none; SOVEREIGN_AI_NO_CACHE turns it off", () => {
    expect(cacheFolder({ XDG_CACHE_HOME: "/x/cache", HOME: "/u/a" })).toBe(join("/x/cache", "sovereign-ai"));
    expect(cacheFolder({ XDG_CACHE_HOME: "relative/cache", HOME: "/u/a" })).toBe(join("/u/a", ".cache", "sovereign-ai"));
    expect(cacheFolder({ HOME: "/u/a" })).toBe(join("/u/a", ".cache", "sovereign-ai"));
    expect(cacheFolder({})).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: "/x", SOVEREIGN_AI_NO_CACHE: "1" })).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: "/x", SOVEREIGN_AI_NO_CACHE: "yes" })).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: "/x", SOVEREIGN_AI_NO_CACHE: "0" })).toBe(join("/x", "sovereign-ai"));
    expect(cacheFolder({ XDG_CACHE_HOME: "/x", SOVEREIGN_AI_NO_CACHE: "" })).toBe(join("/x", "sovereign-ai"));
    // Each build has its own folder inside it.
    expect(buildFolder("/x/sovereign-ai")).toBe(join("/x/sovereign-ai", CACHE_KEY));
  });
});

describe("entries", () => {
  it("give back what was written", () => {
    const dir = tempDir();
    writeEntry(dir, "e.json", { a: [1, "b", null, true] });
    expect(good(dir, "e.json")).toEqual({ a: [1, "b", null, true] });
    expect(readdirSync(dir)).toEqual(["e.json"]); // no temporary file left behind
  });

  it("are ignored when truncated, altered or not entries at all", () => {
    const dir = tempDir();
    writeEntry(dir, "e.json", { text: "id: kt\n", value: { id: "kt", weight: 40 } });
    const whole = readFileSync(join(dir, "e.json"), "utf8");
    for (let cut = 0; cut < whole.length; cut += 7) {
      writeFileSync(join(dir, "e.json"), whole.slice(0, cut));
      expect(good(dir, "e.json"), `cut at ${cut}`).toBeUndefined();
    }
    const nl = whole.indexOf("\n") + 1;
    writeFileSync(join(dir, "e.json"), whole.slice(0, nl) + whole.slice(nl).replace("40", "41")); // one digit changed: still JSON
    expect(readEntry(dir, "e.json")?.value).toEqual({ text: "id: kt\n", value: { id: "kt", weight: 41 } });
    expect(good(dir, "e.json")).toBeUndefined();
    writeFileSync(join(dir, "e.json"), Buffer.from([0xff, 0x00, 0x0a, 0x7b]));
    expect(readEntry(dir, "e.json")).toBeUndefined();
    expect(readEntry(dir, "missing.json")).toBeUndefined();
  });

  it("are not written where no folder can be made, and that is no error", () => {
    const file = join(tempDir(), "a-file");
    writeFileSync(file, "x");
    expect(() => writeEntry(join(file, "sub"), "e.json", { a: 1 })).not.toThrow();
    expect(good(join(file, "sub"), "e.json")).toBeUndefined();
  });

  it("keep only values that JSON gives back exactly", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        // Of JSON's own values only -0 (read back as 0) and a "__proto__" key are not given back as they were.
        const inexact = (x: unknown): boolean =>
          Object.is(x, -0) || (typeof x === "object" && x !== null && Object.entries(x).some(([k, y]) => k === "__proto__" || inexact(y)));
        expect(jsonExact(v)).toBe(!inexact(v));
        if (jsonExact(v)) expect(JSON.parse(JSON.stringify(v))).toStrictEqual(v);
      }),
    );
    const inexact = [
      -0,
      [undefined],
      { a: undefined },
      NaN,
      Infinity,
      new Date(0),
      new Map(),
      // biome-ignore lint/suspicious/noSparseArray: a hole is one of the values JSON cannot give back
      [1, , 2],
      Object.create(null),
      10n,
      JSON.parse('{"__proto__": 1}'),
    ];
    for (const [i, v] of inexact.entries()) expect(jsonExact(v), `value ${i}`).toBe(false);
    const cache = fileCache(tempDir());
    cache.put("rubric", "/r.yaml", "weight: -0\n", { weight: -0 });
    expect(cache.get("rubric", "/r.yaml", "weight: -0\n")).toBeUndefined();
  });

  it("are found by kind, path and the exact text only; one per file, its latest version", () => {
    const dir = tempDir();
    const cache = fileCache(dir);
    cache.put("rubric", "/r.yaml", "a: 1\n", { a: 1 });
    expect(cache.get("rubric", "/r.yaml", "a: 1\n")).toEqual({ a: 1 });
    expect(cache.get("consortium", "/r.yaml", "a: 1\n")).toBeUndefined();
    expect(cache.get("rubric", "/s.yaml", "a: 1\n")).toBeUndefined();
    expect(cache.get("rubric", "/r.yaml", "a: 2\n")).toBeUndefined();
    expect(cache.get("rubric", "/r.yaml", "a: 1\n ")).toBeUndefined();
    cache.put("rubric", "/r.yaml", "a: 2\n", { a: 2 });
    expect(cache.get("rubric", "/r.yaml", "a: 2\n")).toEqual({ a: 2 });
    expect(cache.get("rubric", "/r.yaml", "a: 1\n")).toBeUndefined();
    expect(cache.hits).toBe(2);
    cache.flush();
    expect(readdirSync(dir)).toHaveLength(1);
    // What a later run finds in the folder.
    const later = fileCache(dir);
    expect(later.get("rubric", "/r.yaml", "a: 2\n")).toEqual({ a: 2 });
    expect(later.get("rubric", "/r.yaml", "a: 1\n")).toBeUndefined();
    expect(later.get("consortium", "/r.yaml", "a: 2\n")).toBeUndefined();
  });

  it("have a checksum that sees any one byte changed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, flip) => {
        const other = Uint8Array.from(bytes);
        const i = at % bytes.length;
        other[i] = other[i]! ^ flip;
        expect(checksum(other)).not.toBe(checksum(bytes));
        expect(checksum(Buffer.from(bytes))).toBe(checksum(bytes));
        expect(checksum(Buffer.concat([Buffer.from([7]), bytes]).subarray(1))).toBe(checksum(bytes)); // a view at an odd offset
      }),
    );
  });
});

describe("runs with the cache", () => {
  it("never serve an edited file from the cache: any weight after any other gives what no cache gives", async () => {
    const dir = copyOfData();
    const env = { XDG_CACHE_HOME: tempDir("sovereign-ai-cache-") };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), async (a, b) => {
        withWeight(dir, a);
        await cli(["score", "-f", "json"], { cwd: dir, env });
        withWeight(dir, b); // often the same length: "41" after "40"
        const cached = await cli(["score", "-f", "json"], { cwd: dir, env });
        const full = await cli(["score", "-f", "json"], { cwd: dir });
        expect(cached).toEqual(full);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it("see an edited consortium, a renamed file and an added one at once", async () => {
    const dir = copyOfData();
    const env = { XDG_CACHE_HOME: tempDir("sovereign-ai-cache-") };
    const same = async (args: string[]) => {
      const warm = await cli(args, { cwd: dir, env });
      expect(warm).toEqual(await cli(args, { cwd: dir }));
      return warm;
    };
    await same(["score", "-f", "csv"]);
    const motif = join(dir, "consortia", "motif.yaml");
    writeFileSync(motif, readFileSync(motif, "utf8").replace(/from_scratch:\n {4}value: \d+/, "from_scratch:\n    value: 7"));
    expect(JSON.parse((await same(["explain", "motif", "-f", "json"])).stdout).criteria[0].score).toBe(7);
    writeFileSync(join(dir, "consortia", "zz.yaml"), readFileSync(join(dir, "consortia", "kt.yaml")));
    const added = await same(["score"]);
    expect(added.code).toBe(1);
    expect(added.stderr).toMatch(/zz\.yaml:\d+:\d+/); // a problem found after a cache hit keeps its line and column
    renameSync(join(dir, "consortia", "zz.yaml"), join(dir, "consortia", "kt2.yaml"));
    expect((await same(["validate"])).stderr).toMatch(/kt2\.yaml:\d+:\d+.*differs from the file name/);
  });

  it("ignore a corrupt entry and rewrite it", async () => {
    const dir = copyOfData();
    withWeight(dir, 41);
    const cache = tempDir("sovereign-ai-cache-");
    const env = { XDG_CACHE_HOME: cache };
    const want = await cli(["score", "-f", "json"], { cwd: dir });
    await cli(["score", "-f", "json"], { cwd: dir, env });
    const build = join(cache, "sovereign-ai", CACHE_KEY);
    const names = entries(cache);
    expect(names.filter((n) => n.startsWith("set-"))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith("file-consortium-")).length).toBeGreaterThan(5);
    // Every entry truncated, or one digit of each changed.
    for (const [i, n] of names.entries()) {
      const text = readFileSync(join(build, n), "utf8");
      writeFileSync(
        join(build, n),
        i % 2 ? text.slice(0, text.length >> 1) : text.replace(/\d(?=[^\n]*$)/, (d) => String((Number(d) + 1) % 10)),
      );
    }
    expect(await cli(["score", "-f", "json"], { cwd: dir, env })).toEqual(want);
    for (const n of names) expect(good(build, n), n).toBeDefined(); // rewritten
    expect(await cli(["score", "-f", "json"], { cwd: dir, env })).toEqual(want);
  });

  it("work without a cache where the folder cannot be written, with no message", async () => {
    const file = join(tempDir(), "not-a-folder");
    writeFileSync(file, "x");
    const want = await cli(["score"]);
    const got = await cli(["score"], { env: { XDG_CACHE_HOME: file } });
    expect(got).toEqual(want);
  });

  it("--no-cache and SOVEREIGN_AI_NO_CACHE=1 leave the cache folder alone", async () => {
    const cache = tempDir("sovereign-ai-cache-");
    await cli(["score", "--no-cache"], { env: { XDG_CACHE_HOME: cache } });
    await cli(["select", "-f", "json"], { env: { XDG_CACHE_HOME: cache, SOVEREIGN_AI_NO_CACHE: "1" } });
    expect(entries(cache)).toEqual([]);
    await cli(["score"], { env: { XDG_CACHE_HOME: cache } });
    expect(entries(cache).length).toBeGreaterThan(0);
  });

  it("in the built program: concurrent runs each give the full answer and leave whole entries", async () => {
    const dir = copyOfData();
    withWeight(dir, 41);
    const cache = tempDir("sovereign-ai-cache-");
    mkdirSync(cache, { recursive: true });
    const bin = join(ROOT, "bin", "sovereign-ai.js");
    const args = ["score", "-f", "json", "-r", join(dir, "criteria", "default.yaml"), "-c", join(dir, "consortia")];
    const want = (await cli(args, { cwd: dir })).stdout;
    const once = () => run(process.execPath, [bin, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: cache } });
    for (let round = 0; round < 3; round++) {
      const outs = await Promise.all([once(), once(), once()]);
      for (const o of outs) {
        expect(o.stdout).toBe(want);
        expect(o.stderr).toBe("");
      }
    }
    // One build's folder (beside it the marker of the last look for old builds' folders, src/load/cache.ts pruneBuilds).
    const build = readdirSync(join(cache, "sovereign-ai"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(build).toHaveLength(1);
    const names = readdirSync(join(cache, "sovereign-ai", build[0]!));
    expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
    for (const n of names) expect(good(join(cache, "sovereign-ai", build[0]!), n), n).toBeDefined();
  }, 120_000);
});

describe("loadContest after quickContest answered nothing (score, explain, sources)", () => {
  it("does not read the record of the last run again: a record that would answer is not asked when the caller already asked", () => {
    const dir = copyOfData();
    const cache = tempDir("sovereign-ai-cache-");
    const place = { cwd: dir, packageRoot: ROOT, cache: join(cache, "sovereign-ai") };
    const opts = {};
    const first = loadContest(opts, place);
    const folder = buildFolder(place.cache);
    const sets = readdirSync(folder).filter((f) => f.startsWith("set-"));
    expect(sets).toHaveLength(1);
    // Make the record say something else (still a whole entry): only a run that asks quickContest
    // can see that. The rubric, because the full loader never takes a rubric's value from the record
    // (runRecord serves consortia and source records to the cache of validated files).
    const record = good(folder, sets[0]!) as { snapshot: { rubrics: { value: { name: string } }[] } };
    record.snapshot.rubrics[0]!.value.name = "from the record";
    writeEntry(folder, sets[0]!, record);
    const asked = loadContest(opts, place);
    expect(asked.contest.rubric.name).toBe("from the record");
    const notAsked = loadContest(opts, place, true);
    expect(notAsked.contest.rubric.name).toBe(first.contest.rubric.name);
    expect(first.contest.rubric.name).not.toBe("from the record");
  });
});

describe("old builds' folders", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const NOW = Date.UTC(2026, 10, 30, 12); // every time below is given, never read from the clock
  /** A build folder with one entry, last written `age` ms before NOW. */
  const folder = (root: string, name: string, age: number) => {
    const dir = join(root, name);
    writeEntry(dir, "file-consortium-x.json", { text: "x", value: 1 });
    const t = (NOW - age) / 1000;
    utimesSync(dir, t, t);
    return dir;
  };
  const dirs = (root: string) =>
    readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();

  it("are removed when not written to for a day; this build's, a recent one's and other names stay; at most once a day", () => {
    const root = tempDir("sovereign-ai-prune-");
    const mine = "0.2.0-00000000000000aa";
    folder(root, "0.1.0-1111111111111111", 3 * DAY);
    folder(root, "dev", 2 * DAY);
    folder(root, "0.1.9-2222222222222222", DAY / 2); // used by turns with this one: kept
    folder(root, mine, 10 * DAY); // its own, however old
    folder(root, "notes", 10 * DAY); // not a build's name
    folder(root, "0.1.0-333", 10 * DAY); // nor this
    expect(pruneBuilds(root, mine, NOW).sort()).toEqual(["0.1.0-1111111111111111", "dev"]);
    expect(dirs(root)).toEqual(["0.1.0-333", "0.1.9-2222222222222222", mine, "notes"]);
    // The marker says it looked at NOW: not again within the day, even though another build's folder is old by then.
    folder(root, "0.0.1-4444444444444444", 5 * DAY);
    expect(pruneBuilds(root, mine, NOW + DAY - 1)).toEqual([]);
    expect(dirs(root)).toContain("0.0.1-4444444444444444");
    expect(pruneBuilds(root, mine, NOW + DAY).sort()).toEqual(["0.0.1-4444444444444444", "0.1.9-2222222222222222"]);
  });

  it("removes at most PRUNE.atMost folders in one run, the rest on a later day", () => {
    const root = tempDir("sovereign-ai-prune-");
    const names = Array.from({ length: PRUNE.atMost + 3 }, (_, i) => `0.0.${i}-${String(i).padStart(16, "0")}`);
    for (const n of names) folder(root, n, 2 * DAY);
    expect(pruneBuilds(root, "mine-0000000000000000", NOW)).toHaveLength(PRUNE.atMost);
    expect(dirs(root)).toHaveLength(3);
    expect(pruneBuilds(root, "mine-0000000000000000", NOW + PRUNE.every)).toHaveLength(3);
    expect(dirs(root)).toEqual([]);
  });

  it("is quietly nothing for a folder that does not exist", () => {
    expect(pruneBuilds(join(tempDir("sovereign-ai-prune-"), "missing"), CACHE_KEY, NOW)).toEqual([]);
  });

  it("happens in a run that uses the cache: a score run removes an old build's folder", async () => {
    const cache = tempDir("sovereign-ai-cache-");
    const root = join(cache, "sovereign-ai");
    folder(root, "0.0.1-5555555555555555", 400 * DAY);
    const dir = copyOfData();
    withWeight(dir, 41);
    await cli(["score", "-r", join(dir, "criteria", "default.yaml"), "-c", join(dir, "consortia")], {
      cwd: dir,
      env: { XDG_CACHE_HOME: cache },
    });
    expect(dirs(root)).toEqual([CACHE_KEY]);
    expect(existsSync(join(root, PRUNE.marker))).toBe(true);
  });
});

describe("the programme (timeline, backtest, forecast)", () => {
  it("is read through the cache too: stage, consortium and source entries, and the same answer from them", async () => {
    const dir = copyOfData();
    cpSync(join(ROOT, "programme"), join(dir, "programme"), { recursive: true });
    const cache = tempDir("sovereign-ai-cache-");
    const env = { XDG_CACHE_HOME: cache };
    const args = ["forecast", "--runs", "200", "-f", "json"];
    const without = await cli(args, { cwd: dir });
    expect(without.code, without.stderr).toBe(0);
    expect(await cli(args, { cwd: dir, env })).toEqual(without);
    const names = entries(cache);
    for (const kind of ["stage", "consortium", "source"])
      expect(
        names.some((n) => n.startsWith(`file-${kind}-`)),
        kind,
      ).toBe(true);
    expect(await cli(args, { cwd: dir, env })).toEqual(without);
  }, 120_000);

  it("a problem found about a file served from the cache has its line and column: read again without the cache", async () => {
    const dir = copyOfData();
    cpSync(join(ROOT, "programme"), join(dir, "programme"), { recursive: true });
    const cache = tempDir("sovereign-ai-cache-");
    const env = { XDG_CACHE_HOME: cache };
    expect((await cli(["timeline"], { cwd: dir, env })).code).toBe(0);
    // The stage files are unchanged (served from the cache); the consortium they name is gone.
    rmSync(join(dir, "consortia", "motif.yaml"));
    const want = await cli(["timeline"], { cwd: dir });
    expect(want.code).toBe(1);
    expect(want.stderr).toMatch(/03-selection\.yaml:\d+:\d+/);
    expect(await cli(["timeline"], { cwd: dir, env })).toEqual(want);
  }, 120_000);

  it("a problem found after loading, about a file served from the cache, has its line and column (backtest's as_of)", async () => {
    const dir = copyOfData();
    cpSync(join(ROOT, "programme"), join(dir, "programme"), { recursive: true });
    const cache = tempDir("sovereign-ai-cache-");
    const env = { XDG_CACHE_HOME: cache };
    expect((await cli(["timeline"], { cwd: dir, env })).code).toBe(0); // every consortium file now in the cache
    const args = ["backtest", "--stage", "screening-2025-07-25"];
    const want = await cli(args, { cwd: dir });
    expect(want.code).toBe(1);
    expect(want.stderr).toMatch(/consortia\/kaist\.yaml:\d+:\d+: as_of/);
    expect(await cli(args, { cwd: dir, env })).toEqual(want);
  }, 120_000);
});

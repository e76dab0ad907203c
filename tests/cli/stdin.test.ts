/**
 * `-` is standard input or output (issue #12): `-r -` reads the rubric, `-c -` a multi-document
 * YAML stream of consortia, `-o -` writes to standard output; errors name `<stdin>` with line and
 * column; two `-` inputs at once is a usage error.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, ROOT, rubricYaml, tempDir } from "../helpers/run.js";

const RUBRIC = rubricYaml({ criteria: [{ id: "q", weight: 1 }], selection: "  teams: 1" });
const contest = () =>
  fixture({
    "criteria/default.yaml": RUBRIC,
    "consortia/a.yaml": consortiumYaml({ id: "a", scores: { q: 10 } }),
    "consortia/b.yaml": consortiumYaml({ id: "b", scores: { q: 5 } }),
  });
const stdin = (text: string) => {
  let reads = 0;
  return {
    readStdin: async (max: number) => {
      reads++;
      return new TextEncoder().encode(text).subarray(0, max);
    },
    reads: () => reads,
  };
};

describe("-r - reads the rubric from standard input", () => {
  it("scores with the rubric it was given", async () => {
    // Weights flipped: c counts, q does not; b (c 9) beats a (c 1).
    const cwd = fixture({
      "consortia/a.yaml": consortiumYaml({ id: "a", scores: { q: 10, c: 1 } }),
      "consortia/b.yaml": consortiumYaml({ id: "b", scores: { q: 5, c: 9 } }),
    });
    const input = stdin(
      rubricYaml({
        criteria: [
          { id: "q", weight: 0 },
          { id: "c", weight: 1 },
        ],
        selection: "  teams: 1",
      }),
    );
    const r = await cli(["select", "-r", "-", "-f", "json"], { cwd, readStdin: input.readStdin });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).selected).toEqual(["b"]);
    expect(input.reads()).toBe(1);
  });

  it("names <stdin> with line and column in an error", async () => {
    const input = stdin(
      "name: R\ncriteria:\n  - id: q\n    label: q\n    weight: -1\n    scale: { min: 0, max: 10 }\nselection: { teams: 1 }\n",
    );
    const r = await cli(["validate", "-r", "-"], { cwd: contest(), readStdin: input.readStdin });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: <stdin>:5:13: criteria\[0\]\.weight: /m);
  });
});

describe("-c - reads consortia as a multi-document YAML stream", () => {
  const stream = [consortiumYaml({ id: "x", scores: { q: 2 } }), consortiumYaml({ id: "y", scores: { q: 8 } })].join("---\n");

  it("takes one consortium per document, with no file name to match the id", async () => {
    const r = await cli(["score", "-c", "-", "-f", "json"], { cwd: contest(), ...stdin(stream) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.map((t: { id: string }) => t.id)).toEqual(["y", "x"]);
  });

  it("joins other paths given with it", async () => {
    const cwd = contest();
    const r = await cli(["score", "-f", "json", "-c", "consortia/a.yaml", "-"], { cwd, ...stdin(stream) });
    expect(JSON.parse(r.stdout).results.map((t: { id: string }) => t.id)).toEqual(["a", "y", "x"]);
  });

  it("skips empty documents at either end, and reports a problem by its line in the whole stream", async () => {
    const bad = `---\n${consortiumYaml({ id: "x", scores: { q: 2 } })}---\n${consortiumYaml({ id: "y", scores: { q: 80 } })}---\n`;
    const r = await cli(["validate", "-c", "-"], { cwd: contest(), ...stdin(bad) });
    expect(r.code).toBe(1);
    // Line 1 is the leading ---, x takes lines 2-6, the second --- is line 7, y's score on line 12.
    expect(r.stderr).toMatch(/^error: <stdin>:12:\d+: scores\.q\.value: score 80 is off the scale/m);
    expect(r.stderr.match(/^error:/gm)).toHaveLength(1);
  });

  it("refuses the same id twice in the stream", async () => {
    const twice = [consortiumYaml({ id: "x", scores: { q: 2 } }), consortiumYaml({ id: "x", scores: { q: 3 } })].join("---\n");
    const r = await cli(["validate", "-c", "-"], { cwd: contest(), ...stdin(twice) });
    expect(r.code).toBe(1);
    // x takes lines 1-5, --- is line 6, the second id is on line 7.
    expect(r.stderr).toMatch(/<stdin>:7:5: id: duplicate id "x"/);
  });

  it("an empty standard input is a data error", async () => {
    const r = await cli(["score", "-c", "-"], { cwd: contest(), ...stdin("") });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("<stdin>: is empty");
  });

  it("input over the 1 MiB limit is refused, not parsed", async () => {
    const r = await cli(["score", "-c", "-"], { cwd: contest(), ...stdin("#".repeat(1024 * 1024 + 10)) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("<stdin>: is more than that, over the limit of 1048576 bytes");
  });
});

describe("two - inputs, or none to read", () => {
  it.each([[["score", "-r", "-", "-c", "-"]], [["score", "-c", "-", "consortia", "-"]], [["compare", "default", "-", "-c", "-"]]])(
    "%j is a usage error, and standard input is not read",
    async (argv) => {
      const input = stdin(RUBRIC);
      const r = await cli(argv, { cwd: contest(), readStdin: input.readStdin });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("can feed only one of them");
      expect(input.reads()).toBe(0);
    },
  );

  it("without a standard input to read, - is a usage error", async () => {
    const r = await cli(["score", "-r", "-"], { cwd: contest() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-r - asks for standard input, but there is none to read");
  });
});

describe("-o - writes to standard output", () => {
  it("prints what it would print without -o, and writes no file named -", async () => {
    const cwd = contest();
    const plain = await cli(["score", "-f", "csv"], { cwd });
    const dash = await cli(["score", "-f", "csv", "-o", "-"], { cwd });
    expect(dash.code).toBe(0);
    expect(dash.stdout).toBe(plain.stdout);
    expect(existsSync(join(cwd, "-"))).toBe(false);
  });
});

describe("through a real pipe", () => {
  it("cat rubric | sovereign-ai score -r - -o - from an unrelated folder", () => {
    const bin = join(ROOT, "bin/sovereign-ai.js");
    const cwd = tempDir();
    const out = execFileSync(
      "sh",
      ["-c", `cat ${JSON.stringify(join(ROOT, "criteria/service-first.yaml"))} | node ${JSON.stringify(bin)} score -r - -f json -o -`],
      { cwd, encoding: "utf8" },
    );
    const j = JSON.parse(out);
    expect(j.rubric.name).toBe("Service first");
    expect(existsSync(join(cwd, "-"))).toBe(false);
  });
  it("an error on a piped rubric names <stdin>", () => {
    const bin = join(ROOT, "bin/sovereign-ai.js");
    let err = "";
    try {
      execFileSync("sh", ["-c", `printf 'name: R\\ncriteria: 3\\n' | node ${JSON.stringify(bin)} validate -r -`], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      err = String((e as { stderr: string }).stderr);
    }
    expect(err).toMatch(/^error: <stdin>:2:11: criteria: /m);
  });
});

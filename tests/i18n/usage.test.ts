/**
 * Usage errors (exit 2) in both languages: commander's own (read back as data by
 * cli/commander-errors.ts) and ours (UsageError given as data). In English each reads exactly as
 * before (commander's wording, from commander 14's source); in Korean none keeps an English word
 * but the flags, values and names typed.
 */
import { describe, expect, it } from "vitest";
import { commanderSaid } from "../../src/cli/commander-errors.js";
import { UsageError } from "../../src/errors.js";
import { en } from "../../src/i18n/index.js";
import { ko } from "../../src/i18n/ko.js";
import type { UsageSaid } from "../../src/usage.js";
import { cli } from "../helpers/run.js";

/** Argument lists and the message commander writes for each (hand-copied from commander/lib/command.js and suggestSimilar.js). */
const COMMANDER: [string[], string][] = [
  [["scor"], "error: unknown command 'scor'\n(Did you mean score?)"],
  [["frobnicate"], "error: unknown command 'frobnicate'"],
  [["score", "--wdie"], "error: unknown option '--wdie'\n(Did you mean --wide?)"],
  [["score", "--zzzzzz"], "error: unknown option '--zzzzzz'"],
  [["explain"], "error: missing required argument 'id'"],
  [["score", "-r"], "error: option '-r, --rubric <file>' argument missing"],
  [
    ["score", "-f", "xml"],
    "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, csv, json, markdown.",
  ],
  [
    ["schema", "team"],
    "error: command-argument value 'team' is invalid for argument 'kind'. Allowed choices are consortium, rubric, source, review.",
  ],
  [["score", "extra"], "error: too many arguments for 'score'. Expected 0 arguments but got 1."],
  [["simulate", "--uniform-weights", "--fixed-weights"], "error: option '--uniform-weights' cannot be used with option '--fixed-weights'"],
];

/** Latin words left once the flags, quoted values and the words typed on the command line are taken out. */
function english(text: string, typed: readonly string[]): string[] {
  const plain = text
    .replace(/'[^']*'/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/--?[a-z][a-z-]*/g, " ");
  const words = plain.match(/[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*/g) ?? [];
  const allowed = new Set([...typed, "table", "csv", "json", "markdown", "ID", "FILE", "CSV", "UTF-8", "id"]);
  return words.filter((w) => !allowed.has(w));
}

describe("commander's errors", () => {
  for (const [args, message] of COMMANDER) {
    it(`${args.join(" ")}: English as commander words it, Korean with the same values`, async () => {
      // --lang right after the command: "-r --lang" would give -r a value.
      const e = await cli([args[0]!, "--lang", "en", ...args.slice(1)]);
      expect(e.code).toBe(2);
      expect(e.stderr).toBe(`${message}\n`);
      const k = await cli([args[0]!, "--lang", "ko", ...args.slice(1)]);
      expect(k.code).toBe(2);
      expect(k.stderr.startsWith("오류: ")).toBe(true);
      // Every value quoted in English is quoted in Korean too.
      for (const q of message.match(/'[^']*'/g) ?? []) expect(k.stderr).toContain(q);
      // What commander suggests is a name too (a command, a flag).
      const suggested = /Did you mean (.+)\?/.exec(message)?.[1]?.split(/, | /) ?? [];
      const choices = /Allowed choices are (.+)\./.exec(message)?.[1]?.split(", ") ?? [];
      expect(english(k.stderr, [...args, ...suggested, ...choices])).toEqual([]);
    });
  }

  it("reads every message back to data that the English catalogue words exactly as commander did", () => {
    for (const [, message] of COMMANDER) {
      const said = commanderSaid(message);
      expect(said, message).toBeDefined();
      expect(`error: ${en.usage.say(said!)}`).toBe(message);
    }
  });

  it("leaves a message it does not know as it is (undefined)", () => {
    expect(commanderSaid("error: something commander may say one day")).toBeUndefined();
  });

  it("a value typed with a terminal escape is escaped in both languages", async () => {
    for (const lang of ["en", "ko"]) {
      const r = await cli(["score", "--\u001b[31mred", "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toContain("\u001b");
      expect(r.stderr).toContain("\\u001b[31mred");
    }
  });
});

/** Our own usage errors: the arguments, the English message (as it was before it became data) and a Korean word it must hold. */
const OURS: [string[], string, string][] = [
  [["score", "-o", ""], "--output needs a file name (it was empty); leave out -o, or write -o -, for standard output", "파일 이름"],
  [["score", "--seed", "x"], "--seed x: expected a whole number from 0 to 9007199254740991", "정수"],
  [["simulate", "--runs", "0"], "--runs 0: expected a whole number of 1 or more (e.g. 10000, 10,000, 10_000 or 1e4)", "정수"],
  [["simulate", "--runs", "200000000"], "--runs 200000000: at most 100,000,000", "최대 100,000,000회"],
  [["simulate", "--weight-concentration", "-1"], "--weight-concentration -1: expected a number above 0, e.g. 30", "0보다 큰 수"],
  [["score", "--excel", "-f", "json"], "--excel writes CSV, not json (--format json)", "CSV"],
  [
    ["score", "-o", "x.xlsx"],
    "--output x.xlsx: no format writes .xlsx files; use one of .csv, .json, .md, .markdown, .txt, or give --format (table, csv, json, markdown)",
    "형식",
  ],
  [["score", "-w", "openness"], '--weight "openness": expected ID=VALUE, e.g. --weight openness=40', "ID=값"],
  [["score", "-w", "openness=x"], "--weight openness=x: expected a finite number, e.g. --weight openness=40", "유한한 수"],
  [["score", "-w", "openness=-1"], "--weight openness=-1: a weight cannot be negative; use 0 to ignore a criterion", "음수"],
  [
    ["score", "-w", "opennes=1"],
    '--weight opennes=…: unknown criterion "opennes" (did you mean "openness"?); the rubric\'s criteria are: from_scratch, service, openness',
    "혹시",
  ],
  [["backtest", "--stage", "x"], 'no stage "x"; stages:', "단계"],
  [["explain", "sktt"], 'unknown consortium "sktt" (did you mean "skt"?); the consortia are:', "알 수 없는 컨소시엄"],
  [["sensitivity", "--criterion", "scal"], "--criterion scal: unknown criterion", "평가 항목"],
  [
    ["compare", "default"],
    "compare needs two or more rubrics, got 1; e.g. sovereign-ai compare default service-first",
    "평가표가 두 개 이상",
  ],
  [["compare", "--methods", "topsis"], "--methods needs two or more different methods, e.g. --methods", "집계 방식"],
  [["report", "--date", "tomorrow"], "--date tomorrow: expected a date such as 2025-08-04", "날짜"],
  [
    ["init", "consortium", "Bad Name"],
    'consortium id "Bad Name": use a lowercase slug of letters, digits and single - or _ between them, e.g. my-team',
    "슬러그",
  ],
];

describe("our own usage errors", () => {
  for (const [args, message, word] of OURS) {
    it(`${args.join(" ")}`, async () => {
      const e = await cli([...args, "--lang", "en"]);
      expect(e.code).toBe(2);
      expect(e.stderr).toContain(`error: ${message}`);
      expect(e.stderr).toContain("Run with --help for usage.");
      const k = await cli([...args, "--lang", "ko"]);
      expect(k.code).toBe(2);
      expect(k.stderr.startsWith("오류: ")).toBe(true);
      expect(k.stderr).toContain(word);
      expect(k.stderr).toContain("사용법은 --help로 확인하세요.");
      expect(k.stderr).not.toContain(message);
    });
  }

  it("a UsageError given as data has the English sentence as its message and keeps its data", () => {
    const said: UsageSaid = { code: "weight-negative", id: "a", raw: "-2" };
    const err = new UsageError(said);
    expect(err.message).toBe("--weight a=-2: a weight cannot be negative; use 0 to ignore a criterion");
    expect(err.said).toEqual(said);
    expect(ko.usage.say(said)).toBe("--weight a=-2: 가중치는 음수일 수 없음; 평가 항목을 빼려면 0을 쓰세요");
  });

  it("a UsageError given as text has no data and is shown as it is", () => {
    expect(new UsageError("plain").said).toBeUndefined();
  });
});

/**
 * Every problem in both languages. Each problem carries its data (`said`, required by the type), and
 * every ProblemCode has a form in src/said.ts (EVERY_CODE_SAID: a code without one fails to
 * compile). Here: one sample of every form, worded in Korean with no English sentence left (only
 * the sample's own values, field names and units); and the hostile-input corpus run in Korean,
 * where every problem line is Korean.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { formatProblems, PROBLEM_CODES, type Said } from "../../src/errors.js";
import { nodeSourceFs, readSource } from "../../src/load/read.js";
import { en } from "../../src/i18n/index.js";
import { ko } from "../../src/i18n/ko.js";
import { EVERY_CODE_SAID } from "../../src/said.js";
import { corpusCases, prepareCase } from "../reliability/corpus.js";
import { cli } from "../helpers/run.js";

const got = { kind: "text", value: '"x"' } as const;
/** One sample of every form of every code. */
const SAMPLES: Said[] = [
  { code: "not-found", what: "file", form: "missing" },
  { code: "not-found", what: "directory", form: "not-dir" },
  { code: "unreadable", what: "path", errno: "EACCES" },
  { code: "unreadable", what: "file", errno: "EISDIR" },
  { code: "unreadable", what: "file", errno: "ELOOP" },
  { code: "unreadable", what: "directory", errno: "EIO" },
  { code: "not-a-file", form: "directory" },
  { code: "not-a-file", form: "special" },
  { code: "too-big", size: 2000000, limit: 1048576 },
  { code: "too-big", size: null, limit: 1048576 },
  { code: "binary" },
  { code: "not-utf8", offset: 12, line: 2 },
  { code: "empty-folder", noun: "consortium", others: 0 },
  { code: "empty-folder", noun: "reviewer", others: 2 },
  {
    code: "unknown-rubric",
    rubric: "servce",
    suggestion: "service-first",
    file: "servce.yaml",
    bundled: "/opt/criteria",
    known: ["default", "service-first"],
  },
  { code: "no-rubrics", bundled: "/opt" },
  { code: "yaml-syntax", form: "parser", detail: "Implicit keys need to be on a single line", yaml: "MULTILINE_IMPLICIT_KEY" },
  { code: "yaml-syntax", form: "parser", detail: "Unexpected scalar at node end", yaml: "UNEXPECTED_TOKEN" },
  { code: "yaml-syntax", form: "parser", detail: "A parser message", yaml: "A_CODE_NOT_KNOWN" },
  { code: "yaml-syntax", form: "data", detail: "Unexpected", yaml: null },
  { code: "duplicate-key", key: "id" },
  { code: "tab-indent" },
  { code: "multiple-documents" },
  { code: "unknown-tag", tag: "!!int" },
  { code: "too-deep", max: 64 },
  { code: "too-many-aliases", max: 100 },
  { code: "empty-file" },
  { code: "empty-file", form: "stream" },
  { code: "empty-file", form: "csv" },
  { code: "reserved-key", key: "__proto__" },
  { code: "yaml-directive", form: "version", directive: "%YAML 1.1" },
  { code: "yaml-directive", form: "tag", directive: "%TAG ! tag:x" },
  { code: "undefined-alias", name: "base" },
  { code: "cr-line-endings" },
  { code: "not-a-mapping", got: { kind: "list" } },
  { code: "unknown-key", key: "knd", suggestion: "kind", allowed: ["kind", "name"] },
  { code: "missing-field", field: "lead", expected: "a mapping" },
  { code: "bad-type", expected: "a number", got },
  { code: "bad-type", expected: "an ISO date such as 2025-08-04 (year-month-day)", got },
  { code: "not-finite", got: { kind: "infinity" } },
  { code: "bad-value", form: "choice", values: ["a", "b"], got, suggestion: null },
  { code: "bad-value", form: "lottery-not-last", lottery: "lottery" },
  { code: "out-of-range", expected: "a weight of 0 or more", got: { kind: "number", value: "-1" } },
  { code: "bad-format", expected: "a lowercase slug (letters, digits, - or _), e.g. from_scratch", got },
  { code: "invalid", expected: null, got },
  { code: "invalid", expected: "a share from 0 to below 0.5", got },
  ...(["criterion", "quota", "consortium", "programme-consortium", "source", "reviewer", "stage", "lottery", "tie-word"] as const).map(
    (what): Said => ({ code: "duplicate-id", what, id: "x", other: "a/x.yaml" }),
  ),
  { code: "bad-scale", min: "5", max: "0" },
  { code: "off-scale", value: "11", min: "0", max: "10" },
  { code: "off-scale", form: "level", name: "high", value: "11", min: "0", max: "10" },
  { code: "off-scale", form: "threshold", name: "scale", value: "11", min: "0", max: "10" },
  { code: "off-scale", form: "review", name: "scale", value: "11", min: "0", max: "10" },
  { code: "no-weight" },
  { code: "unknown-criterion", id: "scal", suggestion: "scale", known: ["scale"] },
  { code: "unknown-criterion", form: "score", id: "scal", suggestion: null, known: ["scale"] },
  ...(["gate-bounds", "quota-which", "quota-bounds"] as const).map((form): Said => ({ code: "incomplete-rule", form })),
  { code: "min-above-max", form: "gate", min: "5", max: "1" },
  { code: "min-above-max", form: "quota", min: "5", max: "1" },
  { code: "id-mismatch", id: "a", stem: "b", ext: ".yaml" },
  { code: "bad-date", value: "2025-02-30" },
  { code: "missing-score", criterion: "scale", label: "Scale" },
  {
    code: "unknown-level",
    form: "unknown",
    value: "hihg",
    criterion: "b",
    suggestion: "high",
    min: "0",
    max: "10",
    names: ["low", "high"],
  },
  { code: "unknown-level", form: "no-levels", value: "hihg", criterion: "b", min: "0", max: "10" },
  { code: "unknown-level", form: "levels-ko", name: "hihg", suggestion: "high", names: ["high"] },
  ...(["reversed", "off-scale", "misses"] as const).map(
    (form): Said => ({ code: "bad-range", form, lo: "1", hi: "2", min: "0", max: "10", value: "5" }),
  ),
  { code: "unknown-kind", what: "lead", kind: "telecomm", near: "telecom", used: ["telecom"] },
  { code: "unknown-kind", what: "organisation", kind: "acadmia", near: "academia", used: ["academia"] },
  { code: "unknown-consortium", form: "quota", id: "x", suggestion: null },
  { code: "unknown-consortium", form: "stage", id: "x", suggestion: "y" },
  ...(["paragraph", "excerpt", "entrant", "result"] as const).map((form): Said => ({ code: "duplicate-entry", form, key: "x" })),
  { code: "unknown-source", source: "paper", suggestion: "papers", dir: "sources" },
  { code: "unknown-source", form: "stage", source: "paper", suggestion: null },
  ...(["empty", "no-source", "bad-id", "no-place", "reversed", "bad-place"] as const).map(
    (form): Said => ({ code: "bad-citation", form, text: "¶x", part: "src ¶x", example: '"unicorn-2025-07-21 ¶3"' }),
  ),
  { code: "source-after-date", form: "file", source: "paper", published: "2025-09-01", date: "2025-08-01" },
  { code: "source-after-date", form: "stage", source: "paper", published: "2025-09-01", date: "2025-08-01", stage: "s1" },
  { code: "unknown-paragraph", form: "none", source: "paper", firstKey: "license" },
  { code: "unknown-paragraph", form: "missing", source: "paper", n: 9, held: "¶1–¶3" },
  { code: "unknown-paragraph", form: "stage", source: "paper", n: 9 },
  { code: "unknown-excerpt", form: "none", source: "paper", held: "¶1–¶3" },
  { code: "unknown-excerpt", form: "missing", source: "paper", key: "licence", suggestion: "license", keys: ["license"] },
  { code: "unknown-excerpt", form: "stage", source: "paper", key: "licence", keys: ["license"] },
  { code: "empty-source" },
  { code: "strict-no-sources" },
  ...(["lead", "member", "model", "service", "score"] as const).map(
    (kind): Said => ({ code: "strict-uncited", fact: { kind, name: "X" } }),
  ),
  { code: "strict-no-evidence", id: "scale" },
  { code: "strict-todo" },
  { code: "bad-csv", form: "parse", detail: "Invalid Closing Quote" },
  { code: "bad-csv", form: "duplicate-column", column: "team", also: 2 },
  ...(["empty-column", "reviewer-needed", "team-needed"] as const).map((form): Said => ({ code: "bad-csv", form })),
  { code: "bad-csv", form: "needs-column", need: "team", near: "teem" },
  { code: "bad-csv", form: "cell-count", cells: 3, header: 4 },
  { code: "bad-csv", form: "reviewer-slug", reviewer: "Kim" },
  { code: "bad-csv", form: "twice", reviewer: "kim", team: "skt", row: 3 },
  { code: "unknown-team", team: "sk", suggestion: "skt", known: ["skt"] },
  { code: "too-few-reviews", team: "skt", criterion: "scale", n: 1, who: ["kim"], need: 3, olympic: true, recused: ["lee"] },
  ...(["done-no-date", "planned-no-when", "planned-no-reported", "planned-results"] as const).map(
    (form): Said => ({ code: "stage-incomplete", form }),
  ),
  { code: "stage-order", id: "s2", when: "2025-01-01", previous: "2025-02-01" },
  { code: "not-an-entrant", id: "x", suggestion: null },
  { code: "advance-mismatch", advance: 5, advanced: 4 },
  { code: "data-after-stage", dated: { form: "as-of", date: "2025-09-01" }, stage: "s1", day: "2025-08-01" },
  { code: "data-after-stage", dated: { form: "cites", source: "paper", published: "2025-09-01" }, stage: "s1", day: "2025-08-01" },
];

const WORD = /[A-Za-z][A-Za-z0-9]*(?:[_.'-][A-Za-z0-9]+)*/g;
/** Field names, formats and units a Korean sentence names as they are written. */
const KEPT = new Set(
  (
    "YAML JSON CSV UTF-8 NUL MiB LF CR CRLF Unix Windows Mac JavaScript NaN nan inf null true false id ID TODO DIR ISO http https " +
    "min max scale.min scale.max levels levels_ko tie_break decided_by kinds ids gate quota scores evidence source status planned done date expected reported " +
    "rules.advance advanced added paragraphs excerpts reviewer team olympic key name core tr old.yaml new.yaml yaml yml as_of sovereign-ai rubrics " +
    "criteria consortia programme sources low high no r n license"
  ).split(" "),
);

/** Latin words of `text` that are neither the sample's own values nor kept names. */
function english(text: string, said: Said): string[] {
  const own = new Set([...JSON.stringify(said).matchAll(WORD)].map((m) => m[0]));
  const plain = text.replace(/"[^"]*"/g, " ").replace(/--[a-z-]+/g, " ");
  return [...plain.matchAll(WORD)]
    .map((m) => m[0])
    .filter((w) => !own.has(w) && !KEPT.has(w) && !w.split(".").every((x) => own.has(x) || KEPT.has(x)));
}

describe("every problem has words in both languages", () => {
  it("every problem code is said (the type check holds, and every code has a sample here)", () => {
    expect(EVERY_CODE_SAID).toBe(true);
    const sampled = new Set(SAMPLES.map((s) => s.code));
    expect(PROBLEM_CODES.filter((c) => !sampled.has(c))).toEqual([]);
  });

  for (const said of SAMPLES) {
    it(`${said.code}${"form" in said && said.form ? ` (${said.form})` : ""}${"what" in said ? ` (${said.what})` : ""}`, () => {
      const [e, k] = [en.problems.say(said), ko.problems.say(said)];
      expect(e.length).toBeGreaterThan(10);
      expect(k).toMatch(/[가-힣]/);
      expect(k).not.toBe(e);
      expect(english(k, said)).toEqual([]);
      // The check can fail: the English sentence has words of its own.
      expect(english(e, said).length).toBeGreaterThan(0);
    });
  }
});

describe("the hostile-input corpus in Korean", () => {
  for (const c of corpusCases().filter((x) => x.expect.exit === 1)) {
    it(c.name, async () => {
      const dir = prepareCase(c);
      const [e, k] = [
        await cli([...c.expect.args, "--lang", "en"], { cwd: dir }),
        await cli([...c.expect.args, "--lang", "ko"], { cwd: dir }),
      ];
      if (e.code === 0 && c.expect.setup?.chmod) {
        // Run as root, which reads a chmod-000 file: the refused read is worded one level down.
        for (const f of Object.keys(c.expect.setup.chmod)) {
          const r = readSource(join(dir, f), dir, {
            stat: nodeSourceFs.stat,
            read: () => {
              throw Object.assign(new Error("EACCES"), { code: "EACCES" });
            },
          });
          expect(!r.ok && formatProblems([r.problem], ko.problems)).toMatch(/^오류: .*[가-힣]/);
        }
        return;
      }
      expect(k.code).toBe(1);
      const lines = (s: string, head: string) => s.split("\n").filter((l) => l.startsWith(head));
      expect(lines(k.stderr, "error:")).toEqual([]);
      const problems = lines(k.stderr, "오류: ");
      expect(problems.length).toBe(lines(e.stderr, "error: ").length);
      // Each problem's sentence (after its place) is Korean.
      for (const p of problems) expect(p.slice("오류: ".length), p).toMatch(/[가-힣]/);
    });
  }
});

describe("the YAML parser's own errors in Korean", () => {
  it("a known parser code is a Korean sentence, the parser's English only its explanation after it", async () => {
    const { fixture } = await import("../helpers/run.js");
    const dir = fixture({ "a.yaml": 'id: a\nname: "abc\n', "b.yaml": "id: b\n  name: y\n" });
    const r = await cli(["validate", "-c", "a.yaml", "b.yaml", "--lang", "ko"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.yaml:3:1: YAML 문법 오류: 닫는 따옴표나 괄호 같은 문자가 빠짐 (파서의 설명: Missing closing "quote)');
    expect(r.stderr).toContain(
      "b.yaml:1:5: YAML 문법 오류: 키가 한 줄 안에 끝나지 않음 (콜론 뒤 공백이나 들여쓰기를 확인하세요) (파서의 설명: Implicit keys need to be on a single line)",
    );
    // In English the parser's text is the message, as before.
    const e = await cli(["validate", "-c", "a.yaml", "b.yaml"], { cwd: dir });
    expect(e.stderr).toContain('a.yaml:3:1: YAML syntax error: Missing closing "quote');
  });

  it("a code the catalogue does not know keeps the Korean head and the parser's text", () => {
    const said: Said = { code: "yaml-syntax", form: "parser", detail: "Something new", yaml: "A_CODE_NOT_KNOWN" };
    expect(ko.problems.say(said)).toBe("YAML 문법 오류 (파서의 설명: Something new)");
  });
});

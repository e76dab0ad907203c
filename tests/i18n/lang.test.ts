/**
 * The language of the output: a pure function of the environment, --lang over it, and the same
 * machine-readable structure (JSON keys, CSV headers, codes) in both languages.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en, langFromEnv, lineTieText, loadMessages, messagesFor, parseLang, reasonText, unmetText } from "../../src/i18n/index.js";
import { ko } from "../../src/i18n/ko.js";
import { formatProblems } from "../../src/errors.js";
import { cli, ROOT } from "../helpers/run.js";
import { contest } from "../helpers/small-contest.js";

describe("langFromEnv", () => {
  it("SOVEREIGN_AI_LANG first, then LC_ALL, LC_MESSAGES, LANG; ko* is Korean; else English", () => {
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LANG: "ko_KR.UTF-8" })).toBe("ko");
    expect(langFromEnv({ LANG: "ko" })).toBe("ko");
    expect(langFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(langFromEnv({ LANG: "C" })).toBe("en");
    // LC_ALL overrides LC_MESSAGES, which overrides LANG (POSIX).
    expect(langFromEnv({ LC_ALL: "en_GB.UTF-8", LC_MESSAGES: "ko_KR.UTF-8", LANG: "ko_KR.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_MESSAGES: "ko_KR.UTF-8", LANG: "en_US.UTF-8" })).toBe("ko");
    // An empty variable counts as unset.
    expect(langFromEnv({ LC_ALL: "", LANG: "ko_KR.UTF-8" })).toBe("ko");
    // The program's own variable overrides the locale; an unknown value of it is ignored.
    expect(langFromEnv({ SOVEREIGN_AI_LANG: "en", LANG: "ko_KR.UTF-8" })).toBe("en");
    expect(langFromEnv({ SOVEREIGN_AI_LANG: "ko", LC_ALL: "en_US.UTF-8" })).toBe("ko");
    expect(langFromEnv({ SOVEREIGN_AI_LANG: "fr", LANG: "ko_KR.UTF-8" })).toBe("ko");
    // "kok" (Konkani) is not Korean.
    expect(langFromEnv({ LANG: "kok_IN.UTF-8" })).toBe("en");
  });

  it("is Korean exactly when the first set variable starts with ko and a separator (property)", () => {
    const value = fc.oneof(
      fc.constantFrom("ko_KR.UTF-8", "ko", "ko_KR", "en_US.UTF-8", "C", "POSIX", "de_DE", "kok_IN", ""),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.record({
          LC_ALL: fc.option(value, { nil: undefined }),
          LC_MESSAGES: fc.option(value, { nil: undefined }),
          LANG: fc.option(value, { nil: undefined }),
        }),
        (env) => {
          const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
          expect(langFromEnv(env)).toBe(first !== undefined && /^ko([_.@-]|$)/i.test(first) ? "ko" : "en");
        },
      ),
      { seed: 19, numRuns: 300 },
    );
  });

  it("parseLang reads language tags and locale names", () => {
    expect(parseLang("ko-KR")).toBe("ko");
    expect(parseLang("EN")).toBe("en");
    expect(parseLang("ja")).toBeUndefined();
  });
});

describe("the catalogues", () => {
  it("have the same sections and keys in both languages", async () => {
    const keys = (o: object, at = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === "object" ? keys(v as object, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(ko).sort()).toEqual(keys(en).sort());
    expect(await loadMessages("ko")).toBe(ko);
    expect(messagesFor("ko")).toBe(ko);
    expect(messagesFor("en")).toBe(en);
  });

  it("word every reason, unmet rule and tie from its parameters (hand-made examples)", () => {
    expect(reasonText({ code: "quota-full", quota: "big", max: 1 }, en)).toBe('quota "big" is full (max 1)');
    expect(reasonText({ code: "quota-full", quota: "big", max: 1 }, ko)).toBe('할당 "big" 정원이 이미 참 (최대 1팀)');
    // 3.996 and 4 agree to 2 decimals: the text shows 3 so that they differ.
    expect(reasonText({ code: "gate-below", criterion: "openness", value: 3.996, min: 4 }, en)).toBe(
      "failed gate: openness 3.996 is below the minimum 4",
    );
    expect(reasonText({ code: "picked", pick: 2, places: 5, quotas: [] }, ko)).toBe("순위대로 선정 (5팀 중 2번째)");
    expect(unmetText({ code: "quota-no-room", quota: "q", min: 2, got: 1 }, ko)).toBe(
      '할당 "q": 최소 2팀을 선정해야 하지만 1팀만 선정됨 (다른 규칙 때문에 더 선정할 자리가 없음)',
    );
    const tie = {
      place: 5,
      members: [4, 5],
      ids: ["kt", "upstage"],
      total: 52,
      decidedBy: "id",
      why: { code: "tie-by-id", all_equal: true, tie_break: [] },
    } as const;
    expect(lineTieText(tie, en)).toBe(
      "5th place: kt and upstage tie at 52.00 and are equal on every criterion; decided by id (alphabetical order), not by any criterion.",
    );
    expect(lineTieText(tie, ko)).toBe(
      "5위 동점 (52.00점): kt, upstage — 모든 평가 항목의 점수가 같음; 평가 항목이 아닌 id(알파벳순)로 결정됨.",
    );
  });

  it("writes prose dates as Korean readers do, and keeps ISO in data", () => {
    expect(ko.common.date("2025-08-04")).toBe("2025년 8월 4일");
    expect(en.common.date("2025-08-04")).toBe("4 August 2025");
  });

  it("place the caret under the right column when the message is Korean and the line holds Hangul", () => {
    const text = formatProblems(
      [
        {
          code: "unknown-key",
          said: { code: "unknown-key", key: "이룸", suggestion: null, allowed: ["name"] },
          file: "x.yaml",
          pos: { line: 1, col: 7 },
          message: "x",
          excerpt: "name: 이룸",
        },
      ],
      ko.problems,
    );
    const [head, line, caret] = text.split("\n");
    expect(head).toBe('오류: x.yaml:1:7: 알 수 없는 키 "이룸"; 여기서 쓸 수 있는 키: name');
    // "name: " is 6 columns wide: the caret sits in column 7, under the first Hangul syllable.
    expect(line).toBe("    name: 이룸");
    expect(caret).toBe(`    ${" ".repeat(6)}^`);
  });
});

describe("--lang on the command line", () => {
  it("every command takes --lang; an unknown language is a usage error (exit 2)", async () => {
    const bad = await cli(["score", "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang/);
    const help = await cli(["init", "--help"]);
    expect(help.stdout).toMatch(/--lang <lang>/);
  });

  it("--lang overrides the environment, and the environment sets the default", async () => {
    const byEnv = await cli(["select"], { env: { LANG: "ko_KR.UTF-8" } });
    expect(byEnv.stdout).toContain("전체 심사 기록:");
    const byFlag = await cli(["select", "--lang", "en"], { env: { LANG: "ko_KR.UTF-8" } });
    expect(byFlag.stdout).toContain("Audit log:");
    expect(byFlag.stdout).not.toMatch(/[가-힣]{2,} 심사/);
  });

  it("errors follow --lang: the word 'error', the count and the usage hint", async () => {
    const r = await cli(["validate", "-c", "no-such-folder", "--lang", "ko"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^오류: /);
    const u = await cli(["explain", "no-such-team", "--lang", "ko"]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain("사용법은 --help로 확인하세요.");
  });

  it("select JSON: the same keys and codes in both languages, texts in the language asked for", async () => {
    const [a, b] = await Promise.all([cli(["select", "-f", "json", "--lang", "en"]), cli(["select", "-f", "json", "--lang", "ko"])]);
    const [ja, jb] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    const shape = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(shape)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
          : typeof v;
    expect(shape(jb)).toEqual(shape(ja));
    expect(jb.decisions.map((d: { reason_codes: unknown }) => d.reason_codes)).toEqual(
      ja.decisions.map((d: { reason_codes: unknown }) => d.reason_codes),
    );
    expect(jb.decisions[0].reasons[0]).not.toBe(ja.decisions[0].reasons[0]);
  });

  it("the reasons follow the codes: a small contest, hand-checked, in both languages", () => {
    // Two places; p and q share the organisation X under a one-per-organisation rule: q is blocked.
    const ev = contest({ teams: 2, conflicts: { max_per_organisation: 1 } }, [
      { id: "p", a: 9, members: ["X"] },
      { id: "q", a: 8, members: ["X"] },
      { id: "r", a: 7 },
    ]);
    const q = ev.reasons.get(1)!;
    expect(q).toEqual([{ code: "organisation-conflict", organisation: "X", team: "p" }]);
    expect(reasonText(q[0]!, en)).toBe("shares organisation X with picked team p");
    expect(reasonText(q[0]!, ko)).toBe("참여 기관 중복: X (이미 선정된 팀 p에도 참여)");
  });
});

describe("rubrics in Korean: name_ko, label_ko, levels_ko", () => {
  it("the bundled rubric's Korean names show with --lang ko, the English ones without", async () => {
    const ko_ = await cli(["explain", "kt", "--lang", "ko"]);
    expect(ko_.stdout).toContain("기사 기준안: 11팀 중 2위");
    expect(ko_.stdout).toContain("오픈 웨이트 (6.0)");
    expect(ko_.stdout).toContain("오픈소스 공개 가점");
    const en_ = await cli(["explain", "kt"]);
    expect(en_.stdout).toContain("Article baseline: rank 2 of 11");
    expect(en_.stdout).toContain("open-weight (6.0)");
  });

  it("levels_ko must name levels the criterion defines (unknown-level, with a hint)", async () => {
    const { writeFileSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tempDir } = await import("../helpers/temp.js");
    const { loadData } = await import("../../src/load/contest.js");
    const { DataError } = await import("../../src/errors.js");
    const dir = tempDir("lang-");
    const rubric = readFileSync(join(ROOT, "criteria/default.yaml"), "utf8").replace(
      "open-weight: 오픈 웨이트",
      "open-wieght: 오픈 웨이트",
    );
    writeFileSync(join(dir, "r.yaml"), rubric);
    let problems: { code: string; message: string }[] = [];
    try {
      loadData({ rubric: join(dir, "r.yaml") }, { cwd: ROOT, packageRoot: ROOT });
    } catch (e) {
      if (e instanceof DataError) problems = [...e.problems];
    }
    expect(problems.map((p) => p.code)).toEqual(["unknown-level"]);
    expect(problems[0]!.message).toContain('(did you mean "open-weight"?)');
  });
});

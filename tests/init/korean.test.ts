/**
 * `init` in Korean: the files' comments and placeholder texts are Korean, their keys the same as in
 * English (the keys are the format), and the files validate as they are written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli, copyOfData } from "../helpers/run.js";

/** Every key path of a parsed YAML value (list items as []). */
function keyPaths(v: unknown, at = ""): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => keyPaths(x, `${at}[]`));
  if (v !== null && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => [`${at}.${k}`, ...keyPaths(x, `${at}.${k}`)]);
  return [];
}

/** The comment lines that are prose: not the schema line, not the YAML examples they show (indented, or a key alone). */
const proseComments = (text: string) =>
  text
    .split("\n")
    .map((l) => /^\s*# (.*)$/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined && !c.startsWith("yaml-language-server:") && !/^(\s|[a-z_]+:(\s|$))/.test(c));

async function both(kind: "consortium" | "rubric", name: string, extra: string[] = []) {
  const cwd = copyOfData();
  const folder = kind === "consortium" ? "consortia" : "criteria";
  const ko = await cli(["init", kind, name, "--lang", "ko", ...extra], { cwd });
  expect(ko.stderr).toBe("");
  expect(ko.code).toBe(0);
  const en = await cli(["init", kind, `${name}-en`, ...extra], { cwd });
  expect(en.code).toBe(0);
  return {
    cwd,
    ko: readFileSync(join(cwd, folder, `${name}.yaml`), "utf8"),
    en: readFileSync(join(cwd, folder, `${name}-en.yaml`), "utf8"),
  };
}

describe("init in Korean", () => {
  it("consortium: Korean comments and placeholders, the English keys, and it validates (exit 0)", async () => {
    const { cwd, ko, en } = await both("consortium", "my-team");
    const prose = proseComments(ko);
    expect(prose.length).toBeGreaterThan(8);
    // Every prose comment is Korean but for a criterion's own description where the rubric gives it in English only.
    const rubric = parse(readFileSync(join(cwd, "criteria", "default.yaml"), "utf8")) as {
      criteria: { description?: string; description_ko?: string }[];
    };
    const own = rubric.criteria.map((c) => (c.description_ko ? "" : (c.description ?? "").replace(/\s+/g, " "))).join("\n");
    for (const c of prose.filter((x) => !/[가-힣]/.test(x))) expect(own, c).toContain(c);
    expect(ko).toContain("# 프롬 스크래치 기술력: 가중치 40 (총점의 40.0 %); 점수는 0에서 10까지.");
    expect(ko).toContain("open-weight(오픈 웨이트) = 6");
    expect(ko).toContain('summary: "TODO: my-team 컨소시엄과 그 제안 내용을 몇 문장으로."');
    const [k, e] = [parse(ko), parse(en)];
    expect(keyPaths(k)).toEqual(keyPaths(e));
    expect(k.scores).toEqual(
      Object.fromEntries(
        Object.entries(e.scores as Record<string, { evidence: string }>).map(([id, s]) => [
          id,
          { ...s, evidence: "TODO: 이 점수의 근거가 되는 사실." },
        ]),
      ),
    );
    const v = await cli(["validate", "--lang", "ko"], { cwd });
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^정상: /);
    // --strict still finds the TODOs the Korean text keeps.
    const strict = await cli(["validate", "--strict", "-c", "consortia/my-team.yaml"], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/TODO/);
  });

  it("rubric: Korean comments, the base rubric's Korean names, the same keys and values, and it validates and scores like its base", async () => {
    const { cwd, ko, en } = await both("rubric", "my-scenario", ["-r", "service-first"]);
    for (const c of proseComments(ko)) expect(c, c).toMatch(/[가-힣]/);
    expect(ko).toContain('"서비스 우선"(criteria/service-first.yaml)');
    expect(ko).toMatch(/weight: \d+ # 지금 총점의 [\d.]+ % \(실 사용 기반의 서비스 경험\)/);
    const [k, e] = [parse(ko), parse(en)];
    expect(keyPaths(k)).toEqual(keyPaths(e));
    expect({ ...k, name: "", description: "" }).toEqual({ ...e, name: "", description: "" });
    const v = await cli(["validate", "-r", "my-scenario", "--lang", "ko"], { cwd });
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
    const [mine, base] = await Promise.all([
      cli(["score", "-r", "my-scenario", "-f", "json"], { cwd }),
      cli(["score", "-r", "service-first", "-f", "json"], { cwd }),
    ]);
    expect(JSON.parse(mine.stdout).results).toEqual(JSON.parse(base.stdout).results);
  });

  it("the locale alone writes Korean too (LANG=ko_KR.UTF-8, --lang before the command as well)", async () => {
    const cwd = copyOfData();
    expect((await cli(["init", "consortium", "a"], { cwd, env: { LANG: "ko_KR.UTF-8" } })).code).toBe(0);
    expect((await cli(["--lang", "ko", "init", "consortium", "b"], { cwd })).code).toBe(0);
    const [a, b] = ["a", "b"].map((n) => readFileSync(join(cwd, "consortia", `${n}.yaml`), "utf8"));
    expect(a).toContain('# 평가표 "기사 기준안"');
    expect(b!.replaceAll(/\bb\b/g, "a")).toBe(a);
  });
});

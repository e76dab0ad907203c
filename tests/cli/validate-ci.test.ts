/** `validate` for CI: `-f json` and `-q` (issue #12, point 6). */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saying, type Problem } from "../../src/errors.js";
import { problemJson } from "../../src/render/validate.js";
import { cli, consortiumYaml, fixture, ROOT, rubricYaml } from "../helpers/run.js";

/** A contest whose one consortium has a score off the scale, on a line and column found in its text. */
function broken() {
  const team = consortiumYaml({ id: "alpha", scores: { a: 12, b: 3 } });
  const lines = team.split("\n");
  const line = lines.findIndex((l) => l.includes("a: { value: 12")) + 1;
  const column = lines[line - 1]!.indexOf("12") + 1;
  const dir = fixture({
    "criteria/default.yaml": rubricYaml({
      criteria: [
        { id: "a", weight: 1 },
        { id: "b", weight: 1 },
      ],
      selection: "  teams: 1",
    }),
    "consortia/alpha.yaml": team,
  });
  return { dir, line, column };
}

describe("validate -f json", () => {
  it("on valid data: ok, the counts, no problems, exit 0", async () => {
    const r = await cli(["validate", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    const yaml = readdirSync(join(ROOT, "consortia")).filter((f) => /\.ya?ml$/.test(f));
    expect(out).toMatchObject({ ok: true, strict: false, rubric: "Article baseline", consortia: yaml.length, problems: [] });
    expect(out.source_records).toBe(readdirSync(join(ROOT, "sources")).filter((f) => /\.ya?ml$/.test(f)).length);
  });

  it("on a problem: its file, line, column, path and message on standard output, exit 1", async () => {
    const { dir, line, column } = broken();
    const r = await cli(["validate", "-f", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ file: join("consortia", "alpha.yaml"), line, column, path: "scores.a.value" });
    expect(out.problems[0].message).toContain("12");
  });

  it("lists the same problems, in the same order, as the table on standard error", async () => {
    const args = ["validate", "-c", "tests/fixtures/readme/consortia"];
    const table = await cli(args);
    const json = await cli([...args, "-f", "json"]);
    expect([table.code, json.code]).toEqual([1, 1]);
    const problems = JSON.parse(json.stdout).problems as { file: string; line: number; column: number; path: string }[];
    const heads = table.stderr
      .split("\n")
      .filter((l) => l.startsWith("error: "))
      .map((l) => l.split(": ").slice(1, 3).join(": "));
    expect(heads).toEqual(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.path}`));
  });

  it("carries a problem's code when it has one, and nulls where a problem has no place", () => {
    const p = { file: "a.yaml", pos: { line: 2, col: 5 }, path: "x", message: "m", code: "off-scale" } as Problem;
    expect(problemJson(p)).toEqual({ file: "a.yaml", line: 2, column: 5, path: "x", message: "m", code: "off-scale" });
    expect(problemJson({ ...saying({ code: "not-found", what: "file", form: "missing" }), message: "no rubric" })).toEqual({
      file: null,
      line: null,
      column: null,
      path: null,
      message: "no rubric",
      code: "not-found",
    });
  });

  it("takes only table and json", async () => {
    const r = await cli(["validate", "-f", "csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("table, json");
  });
});

describe("validate -q", () => {
  it("prints nothing when everything is valid", async () => {
    for (const extra of [[], ["--strict"], ["-f", "json"]]) {
      const r = await cli(["validate", "-q", ...extra]);
      expect([r.code, r.stdout, r.stderr], extra.join(" ")).toEqual([0, "", ""]);
    }
  });

  it("prints only the problems when not, with exit 1", async () => {
    const { dir, line, column } = broken();
    const r = await cli(["validate", "-q"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.startsWith(`error: ${join("consortia", "alpha.yaml")}:${line}:${column}: scores.a.value:`)).toBe(true);
    const json = await cli(["validate", "-q", "-f", "json"], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems).toHaveLength(1);
  });
});

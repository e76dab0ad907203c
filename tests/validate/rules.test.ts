/** Cross-file rules: each problem named with file, line:col, field and what was expected; all at once. */
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const rubric = rubricYaml({ criteria: [{ id: "a", weight: 1 }, { id: "b", weight: 1, levels: { low: 2, high: 8 } }] });

async function validate(files: Record<string, string>) {
  const cwd = fixture({ "criteria/default.yaml": rubric, ...files });
  return cli(["validate"], { cwd });
}

describe("validate", () => {
  it("prints ok for good data", async () => {
    const r = await validate({ "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 1, b: "high" } }) });
    expect(r).toEqual({ code: 0, stdout: 'ok: rubric "Test rubric" and 1 consortium file are valid\n', stderr: "" });
  });

  it("reports every problem at once, each with file:line:col and the field", async () => {
    const r = await validate({
      "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 11, b: "hihg" } }),
      "consortia/y.yaml": consortiumYaml({ id: "z", scores: { a: 1 } }),
      "consortia/w.yaml": consortiumYaml({ id: "w", scores: { a: 1, b: 2, c: 3 } }),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`consortia/w.yaml:7:3: scores.c: score for unknown criterion "c"; the rubric's criteria are: a, b`);
    expect(r.stderr).toContain("consortia/x.yaml:5:15: scores.a.value: score 11 is off the scale: expected 0 to 10");
    expect(r.stderr).toContain('consortia/x.yaml:6:15: scores.b.value: unknown level "hihg" for criterion "b" (did you mean "high"?)');
    expect(r.stderr).toContain('consortia/y.yaml:1:5: id: id "z" differs from the file name "y"');
    expect(r.stderr).toContain('consortia/y.yaml:4:1: scores: no score for criterion "b" (b); add scores.b');
    expect(r.stderr).toContain("5 problems found.");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("duplicate ids", async () => {
    const r = await cli(["validate", "-c", "a/x.yaml", "b/x.yaml"], {
      cwd: fixture({ "criteria/default.yaml": rubric, "a/x.yaml": consortiumYaml({ id: "x", scores: { a: 1, b: 1 } }), "b/x.yaml": consortiumYaml({ id: "x", scores: { a: 2, b: 2 } }) }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b/x.yaml:1:5: id: duplicate id "x": a/x.yaml has it too');
  });

  it("schema problems say what was expected, with a caret under the column", async () => {
    const r = await validate({ "consortia/x.yaml": "id: x\nname: 5\nlead: { name: L, kind: startup }\nscores:\n  a: { value: 1 }\n  b: { value: 2, range: [1] }\n  nmae: 3\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("consortia/x.yaml:2:7: name: expected a text, got the number 5");
    expect(r.stderr).toContain("    name: 5\n          ^");
    expect(r.stderr).toContain("consortia/x.yaml:6:25: scores.b.range: expected a list of 2 items, e.g. [low, high], got a list");
  });

  it("a missing file or directory", async () => {
    const cwd = fixture({ "criteria/default.yaml": rubric, "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 1, b: 1 } }) });
    const r = await cli(["validate", "-r", "nope.yaml", "-c", "nodir"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope.yaml: the file does not exist");
    expect(r.stderr).toContain("nodir: this file or directory does not exist");
  });

  it("uses the bundled data when the working directory has none", async () => {
    const r = await cli(["validate"], { cwd: fixture({ "empty.txt": "" }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("11 consortium files are valid");
  });
});

describe("finding the rubric", () => {
  it("falls back to the bundled default when ./criteria/ holds only other rubrics", async () => {
    const cwd = fixture({ "criteria/my-view.yaml": rubric });
    const r = await cli(["validate"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ok: rubric "Article baseline" and 11 consortium files are valid\n');
    const mine = await cli(["validate", "-r", "my-view", "-c", "none"], { cwd });
    expect(mine.stderr).toContain("none: this file or directory does not exist");
    expect(mine.stderr).not.toContain("my-view");
  });

  it("prefers criteria/NAME.yaml to a directory called NAME", async () => {
    const cwd = fixture({ "default/x.txt": "", "criteria/default.yaml": rubric, "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 1, b: 1 } }) });
    const r = await cli(["validate", "-r", "default"], { cwd });
    expect(r).toEqual({ code: 0, stdout: 'ok: rubric "Test rubric" and 1 consortium file are valid\n', stderr: "" });
  });
});

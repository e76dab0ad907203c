/** Cross-file rules: each problem named with file, line:col, field and what was expected; all at once. */
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const rubric = rubricYaml({
  criteria: [
    { id: "a", weight: 1 },
    { id: "b", weight: 1, levels: { low: 2, high: 8 } },
  ],
});

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
      cwd: fixture({
        "criteria/default.yaml": rubric,
        "a/x.yaml": consortiumYaml({ id: "x", scores: { a: 1, b: 1 } }),
        "b/x.yaml": consortiumYaml({ id: "x", scores: { a: 2, b: 2 } }),
      }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b/x.yaml:1:5: id: duplicate id "x": a/x.yaml has it too');
  });

  it("a tie-break criterion may not be called total, id or rules: outputs use those words for what settled a tie", async () => {
    // Three criteria named as decided_by's own words, all in the chain; "rules" also off the chain (allowed there).
    const words = rubricYaml({
      criteria: [
        { id: "total", weight: 1 },
        { id: "id", weight: 1 },
        { id: "rules", weight: 1 },
      ],
      selection: "  teams: 1\n  tie_break: [total, id]",
    });
    const r = await cli(["validate"], {
      cwd: fixture({
        "criteria/default.yaml": words,
        "consortia/x.yaml": consortiumYaml({ id: "x", scores: { total: 1, id: 1, rules: 1 } }),
      }),
    });
    expect(r.code).toBe(1);
    // Line 17 is the chain (name 1, criteria 2-14, selection 15, teams 16); total at column 15, id at 22.
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    expect(lines).toEqual([
      'error: criteria/default.yaml:17:15: selection.tie_break[0]: a tie-break criterion may not be called "total": outputs say "total" when a tie is settled by the totals (decided_by); rename that criterion',
      'error: criteria/default.yaml:17:22: selection.tie_break[1]: a tie-break criterion may not be called "id": outputs say "id" when a tie is settled by the id (decided_by); rename that criterion',
    ]);
    expect(r.stderr).toContain("2 problems found.");
  });

  it("schema problems say what was expected, with a caret under the column", async () => {
    const r = await validate({
      "consortia/x.yaml":
        "id: x\nname: 5\nlead: { name: L, kind: startup }\nscores:\n  a: { value: 1 }\n  b: { value: 2, range: [1] }\n  nmae: 3\n",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("consortia/x.yaml:2:7: name: expected a text, got the number 5");
    expect(r.stderr).toContain("    name: 5\n          ^");
    expect(r.stderr).toContain("consortia/x.yaml:6:25: scores.b.range: expected a list of 2 items, e.g. [low, high], got a list");
  });

  it("a missing file or directory", async () => {
    const cwd = fixture({ "criteria/default.yaml": rubric, "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 1, b: 1 } }) });
    const r = await cli(["validate", "-r", "nope.yaml", "-c", "nodir"], { cwd });
    expect(r.code).toBe(1);
    // A bare file name is looked for here and in criteria/ (issue #12): the message says where.
    expect(r.stderr).toContain("nope.yaml: no rubric by this name; looked for the file nope.yaml in the working directory");
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
    expect(r.stdout).toMatch(
      /^ok: rubric "Article baseline" and 11 consortium files are valid, every citation resolves in \d+ source records\n$/,
    );
    const mine = await cli(["validate", "-r", "my-view", "-c", "none"], { cwd });
    expect(mine.stderr).toContain("none: this file or directory does not exist");
    expect(mine.stderr).not.toContain("my-view");
  });

  it("prefers criteria/NAME.yaml to a directory called NAME", async () => {
    const cwd = fixture({
      "default/x.txt": "",
      "criteria/default.yaml": rubric,
      "consortia/x.yaml": consortiumYaml({ id: "x", scores: { a: 1, b: 1 } }),
    });
    const r = await cli(["validate", "-r", "default"], { cwd });
    expect(r).toEqual({ code: 0, stdout: 'ok: rubric "Test rubric" and 1 consortium file are valid\n', stderr: "" });
  });
});

describe("rules that could never be met, and kinds that are typos", () => {
  const run = (selection: string, bonus?: string) =>
    cli(["validate"], {
      cwd: fixture({
        "criteria/default.yaml": rubricYaml({
          criteria: [
            { id: "a", weight: 1 },
            { id: "b", weight: 1, levels: { low: 2, high: 8 } },
          ],
          selection,
          ...(bonus ? { bonus } : {}),
        }),
        "consortia/x.yaml": consortiumYaml({
          id: "x",
          kind: "telecom",
          scores: { a: 1, b: 1 },
          members: [{ name: "U", kind: "academia" }],
        }),
      }),
    });

  it("reports an impossible gate and off-scale thresholds", async () => {
    const r = await run(
      ["  teams: 2", "  gates:", "    - { criterion: a, min: 8, max: 3 }", "    - { criterion: b, min: 50 }"].join("\n"),
      "  - { label: Big, criterion: a, min: 11, points: 1 }",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bonus[0].min: threshold 11 is off the scale 0–10");
    expect(r.stderr).toContain("selection.gates[0]: min 8 is above max 3: no team could pass this gate");
    expect(r.stderr).toContain("selection.gates[1].min: threshold 50 is off the scale 0–10");
  });

  it("reports a kind that no consortium uses but is close to one that is", async () => {
    const r = await run(
      [
        "  teams: 2",
        "  quotas:",
        "    - { name: big, kinds: [telecomm], max: 1 }",
        "    - { name: far, kinds: [spaceagency], max: 1 }",
        "  conflicts: { max_per_organisation: 1, kinds: [acadmia] }",
      ].join("\n"),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`selection.quotas[0].kinds[0]: no consortium's lead has kind "telecomm" (did you mean "telecom"?)`);
    expect(r.stderr).toContain('selection.conflicts.kinds[0]: no organisation has kind "acadmia" (did you mean "academia"?)');
    expect(r.stderr).not.toContain("spaceagency");
  });
});

describe("the caret", () => {
  it("stands under its column after double-width Korean text", async () => {
    const r = await validate({
      "consortia/x.yaml":
        "id: x\nname: X\nlead: { name: 카카오 컨소시엄, kind: platfrm1 }\nscores:\n  a: { value: 1 }\n  b: { value: 1 }\n",
    });
    expect(r.code).toBe(1);
    // "lead: { name: 카카오 컨소시엄, kind: " is 31 characters but 37 columns wide (six Hangul).
    expect(r.stderr).toContain(`    lead: { name: 카카오 컨소시엄, kind: platfrm1 }\n${" ".repeat(4 + 37)}^`);
  });
});

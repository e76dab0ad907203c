/** Reviews as data: folders and sheets, the panel's values in the contest, recusal, z-mean, and positioned errors. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadContest, loadData } from "../../src/load/contest.js";
import { DataError, formatProblem } from "../../src/errors.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const rubric = (panel: string) =>
  rubricYaml({
    criteria: [
      { id: "skill", weight: 1 },
      { id: "open", weight: 1, levels: { closed: 0, open: 6 } },
    ],
    selection: "  teams: 1",
    extra: panel,
  });
const teams = {
  "consortia/a.yaml": consortiumYaml({ id: "a", scores: { skill: 5, open: 0 } }),
  "consortia/b.yaml": consortiumYaml({ id: "b", scores: { skill: 5, open: 0 }, members: [{ name: "KAIST", kind: "academia" }] }),
  "consortia/c.yaml": consortiumYaml({ id: "c", scores: { skill: 5, open: 0 } }),
};
const reviewer = (id: string, scores: Record<string, Record<string, number | string>>, affiliations?: string[]) =>
  `id: ${id}\n${affiliations ? `affiliations: [${affiliations.map((a) => JSON.stringify(a)).join(", ")}]\n` : ""}scores:\n${Object.entries(
    scores,
  )
    .map(
      ([t, s]) =>
        `  ${t}: { ${Object.entries(s)
          .map(([k, v]) => `${k}: ${v}`)
          .join(", ")} }`,
    )
    .join("\n")}\n`;

const place = (cwd: string) => ({ cwd, packageRoot: cwd });
const opts = (cwd: string, extra: object = {}) => ({ rubric: join(cwd, "rubric.yaml"), consortia: [join(cwd, "consortia")], ...extra });
const problemsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => formatProblem(p));
    throw e;
  }
  return [];
};

describe("a panel's scores replace the files' values", () => {
  it("mean with a recusal: b's KAIST member recuses r3 (' kaist ' matches 'KAIST'); the unscored criterion keeps the file's value", () => {
    const dir = fixture({
      "rubric.yaml": rubric("panel:\n  aggregate: mean\n  recusal: affiliation\n"),
      ...teams,
      "reviews/r1.yaml": reviewer("r1", { a: { skill: 8 }, b: { skill: 6 }, c: { skill: 3 } }),
      "reviews/r2.yaml": reviewer("r2", { a: { skill: 6 }, b: { skill: 7 }, c: { skill: 4 } }),
      "reviews/r3.yaml": reviewer("r3", { a: { skill: 7 }, b: { skill: 10 }, c: { skill: 5 } }, [" kaist "]),
    });
    const { contest, panel } = loadContest(opts(dir), place(dir));
    // a: (8+6+7)/3 = 7; b: r3 recused → (6+7)/2 = 6.5; c: (3+4+5)/3 = 4
    expect(contest.teams.map((t) => t.scores[0])).toEqual([7, 6.5, 4]);
    // open: no reviewer scored it, the files' 0 stands
    expect(contest.teams.map((t) => t.scores[1])).toEqual([0, 0, 0]);
    expect(panel!.result.recusals).toEqual([{ reviewer: "r3", team: "b", organisation: "KAIST" }]);
    const b = panel!.result.teams[1]!.cells[0]!;
    expect(b).toMatchObject({ n: 2, min: 6, max: 7, sd: 0.5, recused: ["r3"], dropped: [] });
    expect(panel!.result.teams[1]!.cells[1]!.fromFile).toBe(true);
    // range widened to the panel's spread
    expect(contest.teams[1]!.ranges[0]).toEqual([6, 7]);
  });

  it("recusal: none keeps the tied reviewer", () => {
    const dir = fixture({
      "rubric.yaml": rubric("panel: { recusal: none }\n"),
      ...teams,
      "reviews/r1.yaml": reviewer("r1", { a: { skill: 8 }, b: { skill: 6 }, c: { skill: 3 } }),
      "reviews/r3.yaml": reviewer("r3", { a: { skill: 7 }, b: { skill: 10 }, c: { skill: 5 } }, ["KAIST"]),
    });
    expect(loadContest(opts(dir), place(dir)).contest.teams[1]!.scores[0]).toBe(8);
  });

  it("z-mean: a hard and a soft marker who agree on the order give the same z; put back on the criterion's overall mean and SD", () => {
    const dir = fixture({
      "rubric.yaml": rubric("panel: { aggregate: z-mean }\n"),
      ...teams,
      "reviews/hard.yaml": reviewer("hard", { a: { skill: 2 }, b: { skill: 4 }, c: { skill: 6 } }),
      "reviews/soft.yaml": reviewer("soft", { a: { skill: 7 }, b: { skill: 8 }, c: { skill: 9 } }),
    });
    // z of a = (2−4)/√(8/3) = −√1.5 for both; overall mean 36/6 = 6, SD √(34/6); a = 6 − √(1.5·34/6) = 6 − √8.5
    const s = loadContest(opts(dir), place(dir)).contest.teams.map((t) => t.scores[0]!);
    expect(s[0]).toBeCloseTo(6 - Math.sqrt(8.5), 12);
    expect(s[1]).toBeCloseTo(6, 12);
    expect(s[2]).toBeCloseTo(6 + Math.sqrt(8.5), 12);
  });

  it("z-mean clamps to the scale: c would be 5 + √(100/6)·√2 = 10.77, shown as 10; a = 5 − √(25/3)", () => {
    const dir = fixture({
      "rubric.yaml": rubric("panel: { aggregate: z-mean }\n"),
      ...teams,
      "reviews/r1.yaml": reviewer("r1", { a: { skill: 0 }, b: { skill: 0 }, c: { skill: 10 } }),
      "reviews/r2.yaml": reviewer("r2", { a: { skill: 5 }, b: { skill: 5 }, c: { skill: 10 } }),
    });
    const s = loadContest(opts(dir), place(dir)).contest.teams.map((t) => t.scores[0]!);
    expect(s[2]).toBe(10);
    expect(s[0]).toBeCloseTo(5 - Math.sqrt(25 / 3), 12);
  });

  it("olympic with level names; and the same panel from a CSV sheet gives the same contest", () => {
    const panel = "panel: { aggregate: olympic }\n";
    const yaml = fixture({
      "rubric.yaml": rubric(panel),
      ...teams,
      "reviews/r1.yaml": reviewer("r1", { a: { skill: 9, open: "open" }, b: { skill: 1, open: 0 }, c: { skill: 5, open: 0 } }),
      "reviews/r2.yaml": reviewer("r2", { a: { skill: 4, open: "open" }, b: { skill: 2, open: 0 }, c: { skill: 5, open: 6 } }),
      "reviews/r3.yaml": reviewer("r3", { a: { skill: 6, open: "closed" }, b: { skill: 3, open: 0 }, c: { skill: 5, open: 6 } }),
    });
    const csv = fixture({
      "rubric.yaml": rubric(panel),
      ...teams,
      "panel.csv":
        "reviewer,team,skill,open\nr1,a,9,open\nr1,b,1,0\nr1,c,5,0\nr2,a,4,open\nr2,b,2,0\nr2,c,5,6\nr3,a,6,closed\nr3,b,3,0\nr3,c,5,6\n",
    });
    const fromYaml = loadContest(opts(yaml), place(yaml)).contest;
    const fromCsv = loadContest(opts(csv, { reviews: "panel.csv" }), place(csv)).contest;
    // a: skill 4 6 9 → 6; open 0 6 6 → 6. b: skill 1 2 3 → 2. c: open 0 6 6 → 6
    expect(fromYaml.teams.map((t) => t.scores)).toEqual([
      [6, 6],
      [2, 0],
      [5, 6],
    ]);
    expect(fromCsv.teams.map((t) => t.scores)).toEqual(fromYaml.teams.map((t) => t.scores));
  });

  it("trimmed-mean and median from the rubric", () => {
    const five = (agg: string) =>
      fixture({
        "rubric.yaml": rubric(`panel: { aggregate: ${agg}, trim: 0.2 }\n`),
        ...teams,
        "panel.csv": `reviewer,team,skill\n${[7, 9, 4, 8, 6].flatMap((v, i) => ["a", "b", "c"].map((t) => `r${i + 1},${t},${v}`)).join("\n")}\n`,
      });
    for (const [agg, want] of [
      ["trimmed-mean", 7],
      ["median", 7],
      ["mean", 6.8],
    ] as const) {
      const dir = five(agg);
      expect(loadContest(opts(dir, { reviews: "panel.csv" }), place(dir)).contest.teams[0]!.scores[0]).toBeCloseTo(want, 12);
    }
  });
});

describe("bad reviews: every problem, positioned, never a stack trace", () => {
  it("unknown team and criterion with did-you-mean, level and scale problems, id ≠ file name: file:line:col", () => {
    const dir = fixture({
      "rubric.yaml": rubric(""),
      ...teams,
      "reviews/r1.yaml": "id: r1\nscores:\n  bb: { skill: 5 }\n  a: { skil: 5, open: opne }\n  c: { skill: 11 }\n",
      "reviews/r2.yaml": "id: r9\nscores:\n  a: { skill: 5 }\n",
    });
    const p = problemsOf(() => loadData(opts(dir), place(dir)));
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reviews\/r1\.yaml:3:3: scores\.bb: unknown team "bb" \(did you mean "b"\?\)/),
        expect.stringMatching(/^reviews\/r1\.yaml:4:8: scores\.a\.skil: unknown criterion "skil" \(did you mean "skill"\?\)/),
        expect.stringMatching(
          /^reviews\/r1\.yaml:4:23: scores\.a\.open: unknown level "opne" for criterion "open" \(did you mean "open"\?\)/,
        ),
        expect.stringMatching(/^reviews\/r1\.yaml:5:15: scores\.c\.skill: score 11 is off the scale 0–10 of "skill"/),
        expect.stringMatching(
          /^reviews\/r2\.yaml:1:5: id: id "r9" differs from the file name "r2"; rename the file to r9.yaml or change the id/,
        ),
      ]),
    );
    expect(p).toHaveLength(5);
  });

  it("CSV: row and column, the header's unknown criterion once, duplicate rows, short rows", () => {
    const dir = fixture({
      "rubric.yaml": rubric(""),
      ...teams,
      "panel.csv": "reviewer,team,skil\nr1,a,5\nr1,a,6\nr2,b\nR 3,c,4\n",
    });
    const p = problemsOf(() => loadData(opts(dir, { reviews: "panel.csv" }), place(dir)));
    expect(p.join("\n")).toContain('panel.csv:3:4: row 3, column 2 (team): reviewer "r1" already scored team "a" on row 2');
    expect(p.join("\n")).toContain("panel.csv:4:");
    expect(p.join("\n")).toContain("this row has 2 cells; the header has 3");
    expect(p.join("\n")).toContain("panel.csv:5:1: row 5, column 1 (reviewer): expected a reviewer id as a lowercase slug");
    // the unknown criterion is reported once, at the header
    const unknown = p.filter((x) => x.includes('unknown criterion "skil"'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/^panel\.csv:1:15: row 1, column 3 \(skil\): unknown criterion "skil" \(did you mean "skill"\?\)/);
  });

  it("CSV in Korean: the cell's place reads 행 and 열, the column's name kept, the caret where it was", async () => {
    const dir = fixture({
      "criteria/default.yaml": rubric(""),
      ...teams,
      "panel.csv": "reviewer,team,skill\nr1,a,5\nr1,a,6\n",
    });
    const r = await cli(["validate", "--reviews", "panel.csv", "--lang", "ko"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("panel.csv:3:4: 3행 2열 (team): ");
    expect(r.stderr).not.toMatch(/row \d|column \d/);
    const e = await cli(["validate", "--reviews", "panel.csv"], { cwd: dir });
    expect(e.stderr).toContain("panel.csv:3:4: row 3, column 2 (team): ");
  });

  it("too few valid scores after recusal is a data error naming the team, criterion and reviewers", () => {
    const dir = fixture({
      "rubric.yaml": rubric("panel: { min_reviewers: 2, recusal: affiliation }\n"),
      ...teams,
      "reviews/r1.yaml": reviewer("r1", { a: { skill: 8 }, b: { skill: 6 }, c: { skill: 3 } }),
      "reviews/r3.yaml": reviewer("r3", { a: { skill: 7 }, b: { skill: 10 }, c: { skill: 5 } }, ["KAIST"]),
    });
    const p = problemsOf(() => loadData(opts(dir), place(dir)));
    expect(p).toEqual([expect.stringMatching(/team "b" has 1 valid score on "skill" \(r1\); the panel needs at least 2; recused: r3/)]);
  });

  it("the CLI answers exit 1 with positions; --reviews names the sheet; the rubric's panel section is checked", async () => {
    const dir = fixture({
      "rubric.yaml": rubric("panel: { aggregate: olympc, trim: 0.5 }\n"),
      ...teams,
      "panel.csv": "reviewer,team,skill\nr1,a,5\n",
    });
    const r = await cli(["score", "-r", "rubric.yaml", "-c", "consortia", "--reviews", "panel.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /rubric\.yaml:\d+:\d+: panel\.aggregate: expected one of .*got the text "olympc" \(did you mean "olympic"\?\)/,
    );
    expect(r.stderr).toMatch(/panel\.trim: expected a share from 0 to below 0\.5/);
    expect(r.stderr).not.toMatch(/\bat \w+ \(/);
  });
});

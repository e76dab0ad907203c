/** `panel`: the JSON contract, agreement on a hand-worked panel, formats, --influence, and no reviews. */
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const rubric = (panel: string, teams = 1) =>
  rubricYaml({
    criteria: [
      { id: "skill", weight: 1 },
      { id: "open", weight: 1 },
    ],
    selection: `  teams: ${teams}`,
    extra: panel,
  });
const teams = {
  "consortia/a.yaml": consortiumYaml({ id: "a", scores: { skill: 5, open: 5 } }),
  "consortia/b.yaml": consortiumYaml({ id: "b", scores: { skill: 5, open: 5 }, members: [{ name: "KAIST", kind: "academia" }] }),
  "consortia/c.yaml": consortiumYaml({ id: "c", scores: { skill: 5, open: 5 } }),
};
// skill by r1, r2, r3 for a, b, c: 8 6 3 / 6 7 4 / 7 10 5; r3 is tied to KAIST (b's member)
const SHEET =
  "reviewer,team,skill,affiliations\nr1,a,8,\nr1,b,6,\nr1,c,3,\nr2,a,6,\nr2,b,7,\nr2,c,4,\nr3,a,7,KAIST\nr3,b,10,KAIST\nr3,c,5,KAIST\n";
const args = ["panel", "-r", "rubric.yaml", "-c", "consortia", "--reviews", "panel.csv"];

describe("sovereign-ai panel", () => {
  it("JSON contract; α by hand with the recusal's gap; W null where a reviewer is recused", async () => {
    const dir = fixture({ "rubric.yaml": rubric("panel: { recusal: affiliation }\n"), ...teams, "panel.csv": SHEET });
    const r = await cli([...args, "-f", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.teams.map((t: { id: string }) => t.id)).toEqual(["a", "b", "c"]);
    expect(j.teams[1].criteria.skill).toEqual({
      value: 6.5,
      n: 2,
      min: 6,
      max: 7,
      sd: 0.5,
      recused: ["r3"],
      dropped: [],
      from_file: false,
    });
    expect(j.teams[0].criteria.skill).toMatchObject({ value: 7, n: 3, min: 6, max: 8, recused: [], dropped: [] });
    // open: nobody scored it, the file's 5 stands
    expect(j.teams[0].criteria.open).toEqual({ value: 5, n: 0, min: null, max: null, sd: null, recused: [], dropped: [], from_file: true });
    // units a [8,6,7], b [6,7], c [3,4,5]: D_o = (12/2 + 2/1 + 12/2)/8 = 1.75; D_e = 2(8·284 − 46²)/(8·7) = 312/56; α = 1 − 98/312
    expect(j.agreement.skill.alpha).toBeCloseTo(1 - 98 / 312, 9);
    expect(j.agreement.skill.w).toBeNull();
    expect(j.agreement.open).toEqual({ alpha: null, w: null });
    expect(j.recusals).toEqual([{ reviewer: "r3", team: "b", organisation: "KAIST" }]);
  });

  it("without recusal every reviewer scored every team: W by hand = 12·14/(3²·(27−3)) = 7/9", async () => {
    const dir = fixture({ "rubric.yaml": rubric("panel: { recusal: none }\n"), ...teams, "panel.csv": SHEET });
    const j = JSON.parse((await cli([...args, "-f", "json"], { cwd: dir })).stdout);
    // ranks r1 [3,2,1], r2 [2,3,1], r3 [2,3,1]: totals 7 8 3 around 6, S = 1 + 4 + 9 = 14
    expect(j.agreement.skill.w).toBeCloseTo(7 / 9, 9);
  });

  it("table, CSV and Markdown say the same things in their own shape", async () => {
    const dir = fixture({ "rubric.yaml": rubric("panel: { recusal: affiliation, aggregate: median }\n"), ...teams, "panel.csv": SHEET });
    const table = (await cli(args, { cwd: dir })).stdout;
    expect(table).toContain("3 reviewers in panel.csv\naggregate: median · recusal: affiliation · at least 1 valid score each");
    expect(table).toContain("Recused: r3 from b (affiliation: KAIST), on every criterion.");
    expect(table).toContain("No reviewer scored open: the consortium files' values are used for it.");
    expect(table).toMatch(/skill\s+α\s+0\.686/);
    const csv = (await cli([...args, "-f", "csv"], { cwd: dir })).stdout.split("\n");
    expect(csv[0]).toBe("team,criterion,value,n,min,max,sd,recused,dropped,from_file");
    expect(csv[3]).toBe("b,skill,6.5,2,6,7,0.5,r3,,false");
    const md = (await cli([...args, "-f", "markdown"], { cwd: dir })).stdout;
    expect(md).toContain("| b | skill | 6.5 | 2 | 6 | 7 | 0.5 | r3 |  |");
  });

  it("--influence lists the reviewer whose absence changes the pick, and only them", async () => {
    // mean of skill: a (9+5+5)/3 = 6.33 beats b (5+6+6)/3 = 5.67; without r1: a 5 < b 6
    const sheet = "reviewer,team,skill\nr1,a,9\nr1,b,5\nr2,a,5\nr2,b,6\nr3,a,5\nr3,b,6\nr1,c,1\nr2,c,1\nr3,c,1\n";
    const dir = fixture({ "rubric.yaml": rubric(""), ...teams, "panel.csv": sheet });
    const j = JSON.parse((await cli([...args, "--influence", "-f", "json"], { cwd: dir })).stdout);
    expect(j.picked).toEqual(["a"]);
    expect(j.influence).toEqual([
      { reviewer: "r1", changes: true, picked: ["b"], in: ["b"], out: ["a"] },
      { reviewer: "r2", changes: false, picked: ["a"], in: [], out: [] },
      { reviewer: "r3", changes: false, picked: ["a"], in: [], out: [] },
    ]);
    const text = (await cli([...args, "--influence"], { cwd: dir })).stdout;
    expect(text).toContain("without r1: b in, a out");
    expect(text).toContain("Without any one of r2, r3: the same teams.");
  });

  it("--influence says when the panel cannot do without a reviewer (min_reviewers)", async () => {
    const dir = fixture({ "rubric.yaml": rubric("panel: { min_reviewers: 3 }\n"), ...teams, "panel.csv": SHEET });
    const j = JSON.parse((await cli([...args, "--influence", "-f", "json"], { cwd: dir })).stdout);
    expect(j.influence[0]).toMatchObject({ reviewer: "r1", picked: null, problem: expect.stringContaining("the panel needs at least 3") });
  });

  it("no reviews is a usage error (exit 2) that says how to give them", async () => {
    const r = await cli(["panel"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no reviews: pass --reviews PATH");
  });
});

describe("explain with a panel", () => {
  it("shows each reviewer's score for the team, and which did not count and why", async () => {
    const sheet =
      "reviewer,team,skill,affiliations\nr1,a,8,\nr1,b,6,\nr1,c,3,\nr2,a,6,\nr2,b,7,\nr2,c,4,\nr3,a,7,KAIST\nr3,b,10,KAIST\nr3,c,5,KAIST\nr4,a,1,\nr4,b,2,\nr4,c,9,\n";
    const dir = fixture({ "rubric.yaml": rubric("panel: { aggregate: olympic, recusal: affiliation }\n"), ...teams, "panel.csv": sheet });
    const explain = ["explain", "b", "-r", "rubric.yaml", "-c", "consortia", "--reviews", "panel.csv"];
    // b: r3 recused; 2 6 7 → olympic drops r4 (2) and r2 (7): 6
    const text = (await cli(explain, { cwd: dir })).stdout.replace(/\s+/g, " ");
    expect(text).toContain(
      "skill 6 (olympic of 1): r1 6, r2 7 [dropped: highest], r3 10 [recused: affiliation KAIST], r4 2 [dropped: lowest]",
    );
    expect(text).toContain("open: no reviewer scored it; the file's value 5 stands");
    const j = JSON.parse((await cli([...explain, "-f", "json"], { cwd: dir })).stdout);
    expect(j.criteria[0].score).toBe(6);
    expect(j.panel.recused).toEqual([{ reviewer: "r3", organisation: "KAIST" }]);
    expect(j.panel.criteria[0].scores.map((s: { reviewer: string; counted: boolean }) => [s.reviewer, s.counted])).toEqual([
      ["r1", true],
      ["r2", false],
      ["r3", false],
      ["r4", false],
    ]);
    // without reviews the card has no panel key
    expect(JSON.parse((await cli(["explain", "skt", "-f", "json"])).stdout).panel).toBeUndefined();
  });
});

describe("validate and compare with a panel", () => {
  it("validate names the reviews it checked; compare takes --reviews and scores every rubric with the panel", async () => {
    const dir = fixture({
      "rubric.yaml": rubric("panel: { recusal: affiliation }\n"),
      "other.yaml": rubric("panel: { aggregate: median }\n"),
      ...teams,
      "panel.csv": SHEET,
    });
    const v = await cli(["validate", "-r", "rubric.yaml", "-c", "consortia", "--reviews", "panel.csv"], { cwd: dir });
    expect(v.stdout).toBe(
      'ok: rubric "Test rubric" and 3 consortium files are valid; 3 reviewers\' scores in panel.csv are valid (9 scores, 1 recusal)\n',
    );
    const c = JSON.parse(
      (await cli(["compare", "rubric.yaml", "other.yaml", "-c", "consortia", "--reviews", "panel.csv", "-f", "json"], { cwd: dir })).stdout,
    );
    // b's skill: rubric.yaml (mean, r3 recused) (6+7)/2 = 6.5 → total 0.5·65 + 0.5·50 = 57.5;
    // other.yaml (median, no recusal) median(6, 7, 10) = 7 → 60
    const b = c.teams.find((t: { id: string }) => t.id === "b").results;
    expect(b.rubric.total).toBe(57.5);
    expect(b.other.total).toBe(60);
    const plain = JSON.parse((await cli(["compare", "rubric.yaml", "other.yaml", "-c", "consortia", "-f", "json"], { cwd: dir })).stdout);
    expect(c).not.toEqual(plain);
  });
});

describe("panel with standard input", () => {
  it("-r - reads the rubric (with its panel section) from standard input", async () => {
    const dir = fixture({ ...teams, "panel.csv": SHEET });
    const text = rubric("panel: { aggregate: median }\n");
    const readStdin = async () => new TextEncoder().encode(text);
    const r = await cli(["panel", "-r", "-", "-c", "consortia", "--reviews", "panel.csv", "-f", "json"], { cwd: dir, readStdin });
    expect(r.code).toBe(0);
    // b: median(6, 7, 10) = 7 (no recusal in this rubric)
    expect(JSON.parse(r.stdout).teams[1].criteria.skill.value).toBe(7);
  });
});

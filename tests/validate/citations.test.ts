/** Citations resolve against sources/: positions, did-you-mean, as_of, --sources, strict mode. */
import { describe, expect, it } from "vitest";
import { loadData } from "../../src/load/contest.js";
import { DataError } from "../../src/errors.js";
import { cli, fixture } from "../helpers/run.js";

const RUBRIC = `name: Tiny
criteria:
  - { id: skill, label: Skill, weight: 1, scale: { min: 0, max: 10 } }
selection: { teams: 1 }
`;
const team = (id: string, source: string, asOf = "2025-08-04") => `id: ${id}
as_of: ${asOf}
name: Team ${id}
lead: { name: Lead ${id}, kind: startup, source: "${source}" }
scores:
  skill: { value: 5, source: "${source}" }
`;
const ARTICLE = `id: paper-2025-07-01
title: A paper
publisher: The Paper
published: 2025-07-01
url: https://example.com/paper
language: en
paragraphs:
  - { n: 1, excerpt: "One." }
  - { n: 2, excerpt: "Two." }
  - { n: 3, excerpt: "Three." }
`;
const PAGE = `id: card-model
title: A model card
publisher: A Hub
published: 2025-09-01
url: https://example.com/card
language: en
excerpts:
  - { key: license, excerpt: "Apache-2.0" }
  - { key: params, excerpt: "7B" }
`;

function contest(consortia: Record<string, string>, sources: Record<string, string> = { "paper-2025-07-01": ARTICLE, "card-model": PAGE }) {
  return fixture({
    "criteria/default.yaml": RUBRIC,
    ...Object.fromEntries(Object.entries(consortia).map(([id, text]) => [`consortia/${id}.yaml`, text])),
    ...Object.fromEntries(Object.entries(sources).map(([id, text]) => [`sources/${id}.yaml`, text])),
  });
}

const place = (cwd: string) => ({ cwd, packageRoot: cwd });

describe("citations against sources/", () => {
  it("resolve when every source, paragraph and key exists", async () => {
    const dir = contest({ a: team("a", "paper-2025-07-01 ¶1-¶3"), b: team("b", "paper-2025-07-01 ¶2; card-model #license", "2025-10-01") });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("report an unknown source with its position and a did-you-mean", async () => {
    const dir = contest({ a: team("a", "paper-2025-07-10 ¶1") });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('consortia/a.yaml:4:46: lead.source: unknown source "paper-2025-07-10" (did you mean "paper-2025-07-01"?)');
    expect(r.stderr).toContain('consortia/a.yaml:6:30: scores.skill.source: unknown source "paper-2025-07-10"');
  });

  it("report a paragraph the source does not hold, naming those it does", async () => {
    const dir = contest({ a: team("a", "paper-2025-07-01 ¶2-¶4") });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('source "paper-2025-07-01" has no paragraph ¶4; it holds ¶1–¶3');
  });

  it("report an excerpt key the source does not hold, with a did-you-mean", async () => {
    const dir = contest({ a: team("a", "card-model #licence", "2025-12-31") });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'source "card-model" has no excerpt "#licence" (did you mean "license"?); its excerpts are #license, #params',
    );
  });

  it("refuse a source published after the file's as_of", async () => {
    const dir = contest({ a: team("a", "card-model #license", "2025-08-04") });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('source "card-model" was published on 2025-09-01, after this file\'s as_of 2025-08-04');
  });

  it("refuse a bare paragraph that names no source, and say how to write it", async () => {
    const dir = contest({ a: team("a", "¶3") });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"¶3" does not name its source; write the source\'s id first, e.g. "unicorn-2025-07-21 ¶3"');
  });

  it("are free text when no sources/ folder is in use, unless strict", () => {
    const dir = fixture({ "criteria/default.yaml": RUBRIC, "consortia/a.yaml": team("a", "page 4 of the annual report") });
    expect(loadData({}, place(dir)).sources).toBeUndefined();
    expect(() => loadData({ strict: true }, place(dir))).toThrow(/strict mode needs source records/);
  });

  it("resolve against --sources DIR when given", async () => {
    const dir = contest({ a: team("a", "paper-2025-07-01 ¶1") });
    const elsewhere = fixture({ "refs/paper-2025-07-01.yaml": ARTICLE.replace(/ {2}- \{ n: 1.*\n/, "") });
    const r = await cli(["validate", "--sources", `${elsewhere}/refs`], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("has no paragraph ¶1; it holds ¶2–¶3");
  });

  it("strict mode requires every fact to cite a source", () => {
    const dir = contest({ a: team("a", "paper-2025-07-01 ¶1").replace(/, source: "[^"]*" \}\n/, " }\n") });
    try {
      loadData({ strict: true }, place(dir));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'lead: lead Lead a cites no source; add source: "<source-id> ¶N" (strict mode requires every fact to cite one)',
        "scores.skill: score skill gives no evidence; add evidence: the facts it rests on (strict mode)",
      ]);
    }
  });
});

describe("validate --strict", () => {
  it("passes the bundled data and says so", async () => {
    const r = await cli(["validate", "--strict"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/every citation resolves in \d+ source records \(strict\)\n$/);
  });

  it("fails on TODO text, a score without evidence and a fact without a source, each with its position", async () => {
    const text = `id: a
name: Team a
summary: "TODO: a few sentences"
lead: { name: Lead a, kind: startup }
scores:
  skill: { value: 5, source: "paper-2025-07-01 ¶1" }
`;
    const dir = contest({ a: text });
    expect((await cli(["validate"], { cwd: dir })).code).toBe(0);
    const r = await cli(["validate", "--strict"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("consortia/a.yaml:3:10: summary: still says TODO");
    expect(r.stderr).toContain("consortia/a.yaml:4:7: lead: lead Lead a cites no source");
    expect(r.stderr).toContain("consortia/a.yaml:6:10: scores.skill: score skill gives no evidence");
  });

  it("fails without a sources/ folder", async () => {
    const dir = fixture({ "criteria/default.yaml": RUBRIC, "consortia/a.yaml": team("a", "page 4") });
    const r = await cli(["validate", "--strict"], { cwd: dir, packageRoot: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("strict mode needs source records");
  });
});

describe("source files", () => {
  it("report every problem at once, with positions", async () => {
    const bad = `id: other
title: T
publisher: P
published: 2025-2-3
url: example.com
language: en
paragraphs:
  - { n: 1, excerpt: "a" }
  - { n: 1, excerpt: "b" }
`;
    const dir = contest({ a: team("a", "paper-2025-07-01 ¶1") }, { "paper-2025-07-01": ARTICLE, bad });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("sources/bad.yaml:4:12: published: expected an ISO date such as 2025-08-04");
    expect(r.stderr).toContain("sources/bad.yaml:5:6: url: expected an http(s) address");
  });

  it("need a date that exists", async () => {
    const dir = contest(
      { a: team("a", "paper-2025-07-01 ¶1", "2025-06-31") },
      { "paper-2025-07-01": ARTICLE.replace("2025-07-01\nurl", "2025-02-30\nurl") },
    );
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("sources/paper-2025-07-01.yaml:4:12: published: 2025-02-30 is not a day of the calendar");
    expect(r.stderr).toContain("consortia/a.yaml:2:8: as_of: 2025-06-31 is not a day of the calendar");
  });

  it("need the id to match the file, unique paragraph numbers, and some quotes", async () => {
    const dup = ARTICLE.replace("id: paper-2025-07-01", "id: paper-x").replace('{ n: 2, excerpt: "Two." }', '{ n: 1, excerpt: "Two." }');
    const empty = "id: empty\ntitle: T\npublisher: P\npublished: 2025-01-01\nurl: https://example.com/x\nlanguage: en\n";
    const dir = contest({ a: team("a", "paper-2025-07-01 ¶1") }, { "paper-2025-07-01": dup, empty });
    const r = await cli(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('id "paper-x" differs from the file name "paper-2025-07-01"');
    expect(r.stderr).toContain("duplicate paragraph ¶1");
    expect(r.stderr).toContain("a source needs paragraphs (numbered, for articles) or excerpts");
  });
});

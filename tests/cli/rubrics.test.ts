/**
 * Finding rubrics and data (issue #12): `rubrics` lists what -r NAME can reach; a -r that matches
 * nothing names the closest rubric and the places searched; `-r name.yaml` works from any folder.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, ROOT, rubricYaml, tempDir } from "../helpers/run.js";

const bundled = readdirSync(join(ROOT, "criteria"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .sort();

describe("sovereign-ai rubrics", () => {
  it("lists every bundled rubric once, by the name -r takes, from an unrelated folder", async () => {
    const r = await cli(["rubrics", "-f", "json"], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout).rubrics as { name: string; where: string; problems: number; title: string }[];
    expect(list.map((x) => x.name)).toEqual(bundled);
    expect(list.every((x) => x.where === "bundled" && x.problems === 0 && x.title !== "")).toBe(true);
  });

  it("puts local rubrics first, marks a bundled one they hide, and flags an invalid one", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({ criteria: [{ id: "q", weight: 1 }] }).replace(
        "name: Test rubric",
        "name: Mine\ndescription: My own view.",
      ),
      "criteria/broken.yaml": "name: [\n",
    });
    const list = JSON.parse((await cli(["rubrics", "-f", "json"], { cwd })).stdout).rubrics as {
      name: string;
      where: string;
      shadowed: boolean;
      problems: number;
      title: string;
      description: string;
    }[];
    expect(list.slice(0, 2).map((x) => [x.name, x.where])).toEqual([
      ["broken", "local"],
      ["default", "local"],
    ]);
    expect(list[0]!.problems).toBeGreaterThan(0);
    expect(list[1]).toMatchObject({ title: "Mine", description: "My own view.", shadowed: false });
    expect(list.find((x) => x.name === "default" && x.where === "bundled")!.shadowed).toBe(true);
    const table = (await cli(["rubrics"], { cwd })).stdout;
    expect(table).toContain("hidden by the local rubric of the same name");
    expect(table).toMatch(/invalid: \d+ problems? \(sovereign-ai validate -r criteria\/broken\.yaml\)/);
  });

  it("writes CSV with one row per rubric", async () => {
    const lines = (await cli(["rubrics", "-f", "csv"], { cwd: tempDir() })).stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("name,where,shadowed,file,title,description,criteria,problems");
    expect(lines).toHaveLength(bundled.length + 1);
  });
});

describe("-r that matches nothing", () => {
  it("names the closest rubric, the places searched and every rubric", async () => {
    const r = await cli(["score", "-r", "service_first"], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('service_first: no rubric by this name (did you mean "service-first"?)');
    expect(r.stderr).toContain(`in the bundled ${join(ROOT, "criteria")}`);
    expect(r.stderr).toContain(`the rubrics are: ${bundled.join(", ")}`);
  });
  it("a path with a slash is a file, reported as missing", async () => {
    const r = await cli(["score", "-r", "nowhere/x.yaml"], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("does not exist");
  });
});

describe("-r name.yaml", () => {
  it("finds the bundled rubric from any folder", async () => {
    const r = await cli(["score", "-r", "service-first.yaml", "-f", "json", "--top", "1"], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubric.name).toBe("Service first");
  });
  it("prefers a file of that name in the working directory", async () => {
    const cwd = fixture({
      "service-first.yaml": rubricYaml({ criteria: [{ id: "q", weight: 1 }] }),
      "consortia/a.yaml": consortiumYaml({ id: "a", scores: { q: 1 } }),
    });
    const r = await cli(["score", "-r", "service-first.yaml", "-f", "json"], { cwd });
    expect(JSON.parse(r.stdout).rubric.name).toBe("Test rubric");
  });
});

describe("one consortium", () => {
  it("says 1 consortium, not 1 consortia", async () => {
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({ criteria: [{ id: "q", weight: 1 }] }),
      "consortia/a.yaml": consortiumYaml({ id: "a", scores: { q: 1 } }),
    });
    const out = (await cli(["score"], { cwd })).stdout;
    expect(out).toContain("Test rubric — 1 consortium, up to 2 picked");
  });
});

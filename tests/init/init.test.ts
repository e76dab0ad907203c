import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { jsonSchema } from "../../src/schema/json-schema.js";
import { cli, copyOfData, fixture, ROOT, rubricYaml } from "../helpers/run.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });
const editorCheck = { consortium: ajv.compile(jsonSchema("consortium")), rubric: ajv.compile(jsonSchema("rubric")) };

function schemaLine(file: string): string {
  const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(file, "utf8"));
  expect(m, file).not.toBeNull();
  return resolve(dirname(file), m![1]!);
}

describe("init consortium", () => {
  it("writes a commented file with the schema line that validates with the bundled data", async () => {
    const cwd = copyOfData();
    const r = await cli(["init", "consortium", "my-team"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote consortia\/my-team\.yaml: it has 3 scores to fill in for the rubric "Article baseline"/);
    const file = join(cwd, "consortia", "my-team.yaml");
    expect(schemaLine(file)).toBe(join(ROOT, "schema", "consortium.schema.json"));
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^# .*TODO/m);
    expect(editorCheck.consortium(parse(text))).toBe(true);
    const v = await cli(["validate"], { cwd });
    expect(v.stderr).toBe("");
    expect(v.stdout).toContain("12 consortium files are valid");
    expect(v.code).toBe(0);
    const s = await cli(["explain", "my-team", "-f", "json"], { cwd });
    expect(JSON.parse(s.stdout).criteria.map((c: { score: number }) => c.score)).toEqual([5, 5, 5]);
  });

  it("refuses to overwrite a file, with exit 2, and leaves it alone", async () => {
    const cwd = copyOfData();
    const file = join(cwd, "consortia", "skt.yaml");
    const before = readFileSync(file, "utf8");
    const r = await cli(["init", "consortium", "skt"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("consortia/skt.yaml already exists; init never overwrites a file");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses an id that is not a slug, writing nothing", async () => {
    const cwd = fixture({ "criteria/default.yaml": rubricYaml({ criteria: [{ id: "a", weight: 1 }] }) });
    for (const id of ["My Team", "x/y", "x_", "Ä"]) {
      const r = await cli(["init", "consortium", id], { cwd });
      expect(r.code, id).toBe(2);
      expect(r.stderr).toMatch(/lowercase slug/);
    }
    expect(existsSync(join(cwd, "consortia"))).toBe(false);
  });

  it("scores the rubric given with -r and writes to --dir", async () => {
    const cwd = copyOfData();
    writeFileSync(
      join(cwd, "criteria", "two.yaml"),
      rubricYaml({
        criteria: [
          { id: "from_scratch", weight: 1 },
          { id: "service", weight: 2, min: 1, max: 5 },
          { id: "openness", weight: 1, levels: { closed: 0, open: 10 } },
        ],
      }),
    );
    const r = await cli(["init", "consortium", "lab-x", "-r", "two", "--dir", "extra"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("wrote extra/lab-x.yaml");
    expect(r.stdout).toContain("sovereign-ai validate -c extra -r two");
    expect(schemaLine(join(cwd, "extra", "lab-x.yaml"))).toBe(join(ROOT, "schema", "consortium.schema.json"));
    const v = await cli(["validate", "-r", "two", "-c", "extra"], { cwd });
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
    const j = JSON.parse((await cli(["explain", "lab-x", "-r", "two", "-c", "extra", "-f", "json"], { cwd })).stdout);
    expect(j.criteria.map((c: { score: number }) => c.score)).toEqual([5, 3, 5]);
  });

  it("validates for any rubric (random criteria, scales and levels)", async () => {
    const criterion = fc.record({
      min: fc.integer({ min: -50, max: 50 }),
      span: fc.integer({ min: 1, max: 100 }),
      weight: fc.integer({ min: 1, max: 9 }),
      levels: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(criterion, { minLength: 1, maxLength: 5 }), async (cs) => {
        const criteria = cs.map((c, i) => ({
          id: `c${i}_x`,
          weight: c.weight,
          min: c.min,
          max: c.min + c.span,
          ...(c.levels ? { levels: { low: c.min, top: c.min + c.span } } : {}),
        }));
        const cwd = fixture({ "criteria/default.yaml": rubricYaml({ criteria }) });
        const r = await cli(["init", "consortium", "t"], { cwd });
        expect(r.code).toBe(0);
        const v = await cli(["validate"], { cwd });
        expect(v.stderr).toBe("");
        expect(v.code).toBe(0);
        const g = await cli(["init", "rubric", "copy"], { cwd });
        expect(g.code).toBe(0);
        const w = await cli(["validate", "-r", "copy"], { cwd });
        expect(w.stderr).toBe("");
        expect(w.code).toBe(0);
      }),
      { numRuns: 12, seed: 11 },
    );
  });
});

describe("init rubric", () => {
  it("writes a scenario rubric from the one given, which validates and scores like its base", async () => {
    const cwd = copyOfData();
    const r = await cli(["init", "rubric", "my-scenario", "-r", "service-first"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'wrote criteria/my-scenario.yaml: it starts from "Service first"; try it with: sovereign-ai score -r my-scenario\n',
    );
    const file = join(cwd, "criteria", "my-scenario.yaml");
    expect(schemaLine(file)).toBe(join(ROOT, "schema", "rubric.schema.json"));
    expect(editorCheck.rubric(parse(readFileSync(file, "utf8")))).toBe(true);
    const v = await cli(["validate", "-r", "my-scenario"], { cwd });
    expect(v.code).toBe(0);
    const mine = JSON.parse((await cli(["score", "-r", "my-scenario", "-f", "json"], { cwd })).stdout);
    const base = JSON.parse((await cli(["score", "-r", "service-first", "-f", "json"], { cwd })).stdout);
    expect(mine.rubric.name).toBe("my-scenario");
    expect(mine.rubric.weights).toEqual(base.rubric.weights);
    expect(mine.results).toEqual(base.results);
  });

  it("refuses to overwrite an existing rubric and takes no --output", async () => {
    const cwd = copyOfData();
    const r = await cli(["init", "rubric", "default"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("criteria/default.yaml already exists");
    const o = await cli(["init", "rubric", "x", "-o", "x.yaml"], { cwd });
    expect(o.code).toBe(2);
    expect(existsSync(join(cwd, "x.yaml"))).toBe(false);
    expect(existsSync(join(cwd, "criteria", "x.yaml"))).toBe(false);
  });
});

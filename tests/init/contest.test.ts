/**
 * `init contest DIR` copies the bundled data to start from; `init consortium` warns when its new
 * consortia/ hides the bundled consortia (issue #12).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "../helpers/run.js";

const yamlIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];

describe("init contest DIR", () => {
  it("copies every bundled consortium, rubric and source record, and the copy scores like the bundled data", async () => {
    const cwd = tempDir();
    const r = await cli(["init", "contest", "mine"], { cwd });
    expect(r.code).toBe(0);
    for (const folder of ["consortia", "criteria", "sources"])
      expect(yamlIn(join(cwd, "mine", folder))).toEqual(yamlIn(join(ROOT, folder)));
    const n = yamlIn(join(ROOT, "consortia")).length;
    expect(r.stdout).toContain(`wrote mine/: a copy of the bundled data (${n} consortia, ${yamlIn(join(ROOT, "criteria")).length} rubrics`);
    const copy = await cli(["score", "-f", "json"], { cwd: join(cwd, "mine") });
    const original = await cli(["score", "-f", "json"], { cwd: tempDir() });
    expect(copy.stdout).toBe(original.stdout);
    expect((await cli(["validate"], { cwd: join(cwd, "mine") })).code).toBe(0);
  });

  it("points each copied file's schema line at the package's schema from its new place", async () => {
    const cwd = tempDir();
    await cli(["init", "contest", "a/b"], { cwd });
    const first = readFileSync(join(cwd, "a/b/consortia", yamlIn(join(ROOT, "consortia"))[0]!), "utf8").split("\n")[0]!;
    const ref = /\$schema=(.+)$/.exec(first)![1]!;
    expect(resolve(join(cwd, "a/b/consortia"), ref)).toBe(join(ROOT, "schema/consortium.schema.json"));
  });

  it("never overwrites: if one file it would write exists, it writes nothing (exit 2)", async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, "mine/criteria"), { recursive: true });
    writeFileSync(join(cwd, "mine/criteria/default.yaml"), "mine\n");
    const r = await cli(["init", "contest", "mine"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("mine/criteria/default.yaml already exists");
    expect(readFileSync(join(cwd, "mine/criteria/default.yaml"), "utf8")).toBe("mine\n");
    expect(existsSync(join(cwd, "mine/consortia"))).toBe(false);
  });
});

describe("init consortium in a folder without consortia/", () => {
  it("warns that the new folder hides the bundled consortia, and says how to keep them", async () => {
    const cwd = tempDir();
    const r = await cli(["init", "consortium", "newco"], { cwd });
    expect(r.code).toBe(0);
    const n = yamlIn(join(ROOT, "consortia")).length;
    expect(r.stdout).toContain(`instead of the ${n} bundled consortia`);
    expect(r.stdout).toContain("sovereign-ai init contest .");
    expect((await cli(["score"], { cwd })).stdout).toContain("1 consortium,");
  });
  it("does not warn when consortia/ was already there", async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, "consortia"));
    const r = await cli(["init", "consortium", "newco"], { cwd });
    expect(r.stdout).not.toContain("warning");
  });
});

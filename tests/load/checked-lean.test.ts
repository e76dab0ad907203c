/**
 * A file read by schemaFile keeps its text and value, not its YAML document (issue #13: 10,000 kept
 * documents held 200 MB and kept the garbage collector busy): the document is collectable once
 * schemaFile returns, and a position asked for later comes from parsing the text again.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { Problem } from "../../src/errors.js";
import { Consortium } from "../../src/schema/consortium.js";
import { tempDir } from "../helpers/run.js";

const docs = vi.hoisted(() => [] as WeakRef<object>[]);
vi.mock("../../src/parse/yaml.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/parse/yaml.js")>();
  return {
    ...real,
    parseYaml: (...args: Parameters<typeof real.parseYaml>) => {
      const r = real.parseYaml(...args);
      if (r.ok) docs.push(new WeakRef(r.parsed.doc));
      return r;
    },
  };
});
const { schemaFile } = await import("../../src/load/checked.js");
const { positionOf } = await import("../../src/parse/positions.js");

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

describe("schemaFile", () => {
  it("does not keep the parsed document alive, and parses the text again for a position", async () => {
    const dir = tempDir();
    const path = join(dir, "a.yaml");
    writeFileSync(path, "id: a\nname: A\nlead: { name: A Lab, kind: startup }\nscores:\n  x: { value: 3 }\n");
    const problems: Problem[] = [];
    const got = schemaFile(path, dir, problems, Consortium, "consortium");
    expect(problems).toEqual([]);
    expect(got?.value.id).toBe("a");
    expect(docs).toHaveLength(1);
    await new Promise((r) => setImmediate(r)); // a WeakRef holds its target until the job ends
    gc();
    expect(docs[0]!.deref(), "the first document is collected").toBeUndefined();
    // A problem about the file still has its line and column: from a second parse of the same text.
    expect(positionOf(got!.file, ["scores", "x", "value"])).toEqual({ line: 5, col: 15 }); // "  x: { value: 3 }": the 3 is the 15th character;
    expect(docs).toHaveLength(2);
  });
});

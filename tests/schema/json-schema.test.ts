import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Consortium } from "../../src/schema/consortium.js";
import { jsonSchema, jsonSchemaText, SCHEMA_KINDS, strayDescriptions, type SchemaKind } from "../../src/schema/json-schema.js";
import { Rubric } from "../../src/schema/rubric.js";
import { SourceRecord } from "../../src/schema/source.js";
import { Review } from "../../src/schema/review.js";
import { cli, ROOT } from "../helpers/run.js";

const ZOD = { consortium: Consortium, rubric: Rubric, source: SourceRecord, review: Review } as const;
const DIRS: Record<SchemaKind, string> = {
  consortium: "consortia",
  rubric: "criteria",
  source: "sources",
  review: "examples/panel/reviews",
};

function shipped(kind: SchemaKind): { file: string; text: string; data: unknown }[] {
  const dir = join(ROOT, DIRS[kind]);
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      return { file: join(DIRS[kind], f), text, data: parse(text) as unknown };
    });
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = Object.fromEntries(SCHEMA_KINDS.map((k) => [k, ajv.compile(jsonSchema(k))])) as Record<
  SchemaKind,
  ReturnType<typeof ajv.compile>
>;

describe("JSON Schemas", () => {
  it.each(SCHEMA_KINDS)("schema/%s.schema.json is what the zod schema generates (run `npm run schema` when this fails)", (kind) => {
    const file = join(ROOT, "schema", `${kind}.schema.json`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(jsonSchemaText(kind));
  });

  it.each(SCHEMA_KINDS)("every %s description points at a field that exists", (kind) => {
    expect(strayDescriptions(kind)).toEqual([]);
  });

  it.each(SCHEMA_KINDS)("the %s schema is byte-stable and describes the top-level fields", (kind) => {
    // Byte-stable: the text is its own parse re-serialised (2-space JSON, one final newline), so
    // nothing in it (key order, number format) depends on more than the schema's content.
    const text = jsonSchemaText(kind);
    expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
    expect(text.endsWith("}\n")).toBe(true);
    const s = jsonSchema(kind) as { description?: string; properties: Record<string, { description?: string }> };
    expect(s.description).toMatch(/\S/);
    for (const [field, node] of Object.entries(s.properties)) expect(node.description, field).toMatch(/\S/);
  });

  it.each(SCHEMA_KINDS)("every shipped %s file starts with a schema line that resolves, and passes the JSON Schema (ajv)", (kind) => {
    const files = shipped(kind);
    expect(files.length).toBeGreaterThan(0);
    for (const { file, text, data } of files) {
      const first = text.split("\n")[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, `${file}: first line`).not.toBeNull();
      expect(resolve(dirname(join(ROOT, file)), m![1]!)).toBe(join(ROOT, "schema", `${kind}.schema.json`));
      const ok = validators[kind](data);
      expect(ok, `${file}: ${ajv.errorsText(validators[kind].errors)}`).toBe(true);
      expect(ZOD[kind].safeParse(data).success, file).toBe(true);
    }
  });

  it("ajv rejects what zod rejects: unknown keys, missing required fields, wrong types", () => {
    const c = shipped("consortium")[0]!.data as Record<string, unknown>;
    const cases: unknown[] = [
      { ...c, colour: "red" },
      { ...c, id: "Not A Slug" },
      { ...c, scores: { from_scratch: { value: 5, range: [1, 2, 3] } } },
      { ...c, lead: { name: "x" } },
      Object.fromEntries(Object.entries(c).filter(([k]) => k !== "scores")),
    ];
    for (const x of cases) {
      expect(ZOD.consortium.safeParse(x).success).toBe(false);
      expect(validators.consortium(x)).toBe(false);
    }
  });

  // Random edits of the shipped files: the generated schema and zod must agree on every one.
  const editable = (kind: SchemaKind) => shipped(kind).map((f) => f.data as Record<string, unknown>);
  const replacement = fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 3 }),
    fc.integer({ min: -3, max: 3 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -5, max: 5 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.constant("from_scratch"),
  );

  function edit(data: unknown, path: readonly number[], value: unknown, addKey: string | undefined): unknown {
    const copy = structuredClone(data) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (const step of path) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      const child = node[key];
      if (child === null || typeof child !== "object") {
        if (value === undefined) delete node[key];
        else node[key] = value;
        return copy;
      }
      node = child as Record<string, unknown>;
    }
    if (addKey !== undefined) node[addKey] = value ?? 1;
    return copy;
  }

  it.each(SCHEMA_KINDS)("zod and the JSON Schema agree on random edits of the shipped %s files", (kind) => {
    const base = editable(kind);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        replacement,
        fc.option(fc.constantFrom("extra", "id", "name", "value", "min", "0"), { nil: undefined }),
        (i, path, value, addKey) => {
          const x = edit(base[i], path, value, addKey);
          expect(validators[kind](x)).toBe(ZOD[kind].safeParse(x).success);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("sovereign-ai schema", () => {
  it("prints the schema of each kind", async () => {
    for (const kind of SCHEMA_KINDS) {
      const r = await cli(["schema", kind]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(jsonSchemaText(kind));
    }
  });

  it("refuses an unknown kind with exit 2", async () => {
    const r = await cli(["schema", "team"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/consortium, rubric/);
    expect(r.stdout).toBe("");
  });
});

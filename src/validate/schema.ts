/**
 * Stage 2a: check one parsed file against its zod schema, turning every zod issue into a Problem
 * with the file, line and column, the field path and what was expected, in words.
 */
import type * as z from "zod/mini";
import { didYouMean, type Got, type Problem } from "../errors.js";
import { problemSaid } from "../parse/positions.js";
import type { ParsedFile, PathSegment } from "../parse/yaml.js";

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** A value as data, for the catalogues' sentence (src/i18n: problems.got). */
function gotOf(value: unknown): Got {
  if (value === null) return { kind: "null" };
  if (Array.isArray(value)) return { kind: "list" };
  if (typeof value === "object") return { kind: "mapping" };
  if (typeof value === "string") return { kind: "text", value: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) };
  if (typeof value === "number")
    return Number.isNaN(value)
      ? { kind: "nan" }
      : Number.isFinite(value)
        ? { kind: "number", value: String(value) }
        : { kind: value < 0 ? "minus-infinity" : "infinity" };
  if (typeof value === "boolean") return { kind: "boolean", value: String(value) };
  return { kind: "other", value: typeof value };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): { value: unknown; present: boolean } {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, seg)) return { value: undefined, present: false };
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { value: cur, present: true };
}

const TYPE_WORDS: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping (key: value lines)",
  array: "a list",
  record: "a mapping",
  tuple: "a list",
};

/** The schema that applies at `path`, unwrapping optional, array, record and tuple layers. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let cur: AnySchema | undefined = schema;
  for (const seg of path) {
    cur = unwrap(cur);
    const def = cur?._zod.def as unknown as Record<string, unknown> | undefined;
    if (!def) return undefined;
    if (def.type === "object") cur = (def.shape as Record<string, AnySchema>)[String(seg)];
    else if (def.type === "array") cur = def.element as AnySchema;
    else if (def.type === "record") cur = def.valueType as AnySchema;
    else if (def.type === "tuple") cur = (def.items as AnySchema[])[Number(seg)];
    else return undefined;
  }
  return unwrap(cur);
}

function unwrap(s: AnySchema | undefined): AnySchema | undefined {
  let cur = s;
  while (cur && ((cur._zod.def as { type: string }).type === "optional" || (cur._zod.def as { type: string }).type === "nullable")) {
    cur = (cur._zod.def as unknown as { innerType: AnySchema }).innerType;
  }
  return cur;
}

function expectedOf(schema: AnySchema | undefined): string {
  const def = schema?._zod.def as unknown as Record<string, unknown> | undefined;
  if (!def) return "a valid value";
  if (def.type === "union") return (def.options as AnySchema[]).map(expectedOf).join(" or ");
  if (def.type === "tuple") return `a list of ${(def.items as AnySchema[]).length} items, e.g. [low, high]`;
  if (def.type === "enum")
    return `one of ${Object.values(def.entries as object)
      .map((v) => JSON.stringify(v))
      .join(", ")}`;
  if (def.type === "number" && (def as { format?: string }).format) return "a whole number";
  return TYPE_WORDS[String(def.type)] ?? String(def.type);
}

function customMessage(issue: Issue): string | undefined {
  return issue.message && issue.message !== "Invalid input" ? issue.message : undefined;
}

function toProblems(issue: Issue, file: ParsedFile, schema: AnySchema): Problem[] {
  const path = issue.path as PathSegment[];
  if (issue.code === "unrecognized_keys") {
    const allowed = schemaAt(schema, path);
    const shape = (allowed?._zod.def as unknown as { shape?: Record<string, unknown> })?.shape ?? {};
    const known = Object.keys(shape);
    return issue.keys.map((k) =>
      problemSaid(file, [...path, k], { code: "unknown-key", key: k, suggestion: didYouMean(k, known) ?? null, allowed: known }, true),
    );
  }
  const { value, present } = valueAt(file.data, issue.path);
  const target = schemaAt(schema, issue.path);
  if (!present) {
    return [
      problemSaid(file, path.slice(0, -1), {
        code: "missing-field",
        field: path.length > 0 ? String(path[path.length - 1]) : null,
        expected: expectedOf(target),
      }),
    ];
  }
  const got = gotOf(value);
  switch (issue.code) {
    case "invalid_type":
      if (typeof value === "number" && !Number.isFinite(value)) return [problemSaid(file, path, { code: "not-finite", got })];
      return [problemSaid(file, path, { code: "bad-type", expected: customMessage(issue) ?? expectedOf(target), got })];
    case "invalid_union":
      return [problemSaid(file, path, { code: "bad-type", expected: expectedOf(target), got })];
    case "invalid_value": {
      const suggestion = typeof value === "string" ? (didYouMean(value, issue.values.map(String)) ?? null) : null;
      return [problemSaid(file, path, { code: "bad-value", form: "choice", values: issue.values.map(String), got, suggestion })];
    }
    case "too_small":
    case "too_big":
    case "invalid_format":
    case "custom": {
      const code = issue.code === "invalid_format" ? "bad-format" : issue.code === "custom" ? "invalid" : "out-of-range";
      return [problemSaid(file, path, { code, expected: customMessage(issue) ?? expectedOf(target), got })];
    }
    default:
      return [problemSaid(file, path, { code: "invalid", expected: customMessage(issue) ?? null, got })];
  }
}

/** Validate `file.data` against `schema`; all problems at once. */
export function checkSchema<S extends z.ZodMiniType>(
  file: ParsedFile,
  schema: S,
): { ok: true; value: z.infer<S> } | { ok: false; problems: Problem[] } {
  if (file.data === null || typeof file.data !== "object" || Array.isArray(file.data)) {
    return { ok: false, problems: [problemSaid(file, [], { code: "not-a-mapping", got: gotOf(file.data) })] };
  }
  const r = schema.safeParse(file.data);
  if (r.success) return { ok: true, value: r.data };
  const issues = r.error.issues;
  // A misspelt key ("knd") already says "did you mean kind": the missing "kind" would repeat it.
  const explained = new Set(
    issues.flatMap((i) => {
      if (i.code !== "unrecognized_keys") return [];
      const shape = (schemaAt(schema, i.path)?._zod.def as unknown as { shape?: Record<string, unknown> })?.shape ?? {};
      return i.keys.flatMap((k) => {
        const m = didYouMean(k, Object.keys(shape));
        return m ? [JSON.stringify([...i.path, m])] : [];
      });
    }),
  );
  const problems = issues
    .filter((i) => !(explained.has(JSON.stringify(i.path)) && !valueAt(file.data, i.path).present))
    .flatMap((i) => toProblems(i, file, schema));
  return { ok: false, problems };
}

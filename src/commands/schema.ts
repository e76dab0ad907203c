/** `sovereign-ai schema consortium|rubric`: the JSON Schema of a kind of file, for editors and tools. */
import { jsonSchemaText, type SchemaKind } from "../schema/json-schema.js";
import type { CommandResult } from "./context.js";

export function runSchema(kind: SchemaKind): CommandResult {
  return { text: jsonSchemaText(kind), inputs: [] };
}

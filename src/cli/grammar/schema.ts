import { Argument, type Command } from "commander";
import type { SchemaKind } from "../../schema/json-schema.js";
import { type GrammarContext, helpAfter } from "./shared.js";

// Kept here, not imported from the schema module: the grammar must not load zod at start-up.
const SCHEMA_KINDS: readonly SchemaKind[] = ["consortium", "rubric", "source", "review"];

export function defineSchema(program: Command, { inv, lang }: GrammarContext): void {
  program
    .command("schema")
    .description("print the JSON Schema of a consortium, rubric or source file, for editors and other tools")
    .addArgument(new Argument("<kind>", "which kind of file").choices(SCHEMA_KINDS))
    .option("-o, --output <file>", "write to FILE atomically instead of standard output")
    .addHelpText("after", helpAfter(lang, "schema"))
    .action(async (kind: SchemaKind, o: { output?: string }) => {
      const { runSchema } = await import("../../commands/schema.js");
      inv.options = o;
      inv.result = runSchema(kind);
    });
}

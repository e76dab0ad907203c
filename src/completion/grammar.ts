/**
 * The command grammar as data for shell completion, read from commander itself, so a command or
 * option added later completes without touching the completion code. What a value can be:
 * a fixed list (formats, strategies), a rubric name, a consortium id, a file, or anything (a number).
 */
import type { Argument, Command, Option } from "commander";

/** Where a value's candidates come from. */
export type ValueKind =
  | { kind: "choices"; choices: readonly string[] }
  | { kind: "rubric" }
  | { kind: "consortium" }
  | { kind: "file" }
  | { kind: "dir" }
  | { kind: "any" };

export interface OptionSpec {
  short?: string;
  long: string;
  description: string;
  /** Undefined for a flag that takes no value. */
  value?: ValueKind;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** The positional arguments, in order; the last may repeat. */
  args: { name: string; value: ValueKind; variadic: boolean }[];
}

export interface GrammarSpec {
  program: string;
  /** The program's own options, typed before the command (`--lang ko score`). */
  options: OptionSpec[];
  commands: CommandSpec[];
}

/** Options whose values are files or folders, rubrics or consortia, by their long name. */
const BY_OPTION: Record<string, ValueKind> = {
  "--rubric": { kind: "rubric" },
  "--consortia": { kind: "file" },
  "--output": { kind: "file" },
  "--reviews": { kind: "file" },
  "--sources": { kind: "dir" },
  "--programme": { kind: "dir" },
  "--dir": { kind: "dir" },
  "--vs": { kind: "consortium" },
};

/** Positional arguments by command and argument name. */
const BY_ARGUMENT: Record<string, ValueKind> = {
  "explain id": { kind: "consortium" },
  "compare rubric": { kind: "rubric" },
};

function optionSpec(o: Option): OptionSpec | undefined {
  if (!o.long || o.hidden) return undefined;
  const takes = o.required || o.optional;
  const value: ValueKind | undefined = !takes
    ? undefined
    : o.argChoices?.length
      ? { kind: "choices", choices: o.argChoices }
      : (BY_OPTION[o.long] ?? { kind: "any" });
  return { ...(o.short ? { short: o.short } : {}), long: o.long, description: o.description, ...(value ? { value } : {}) };
}

function argumentSpec(cmd: string, a: Argument): CommandSpec["args"][number] {
  const value: ValueKind = a.argChoices?.length
    ? { kind: "choices", choices: a.argChoices }
    : (BY_ARGUMENT[`${cmd} ${a.name()}`] ?? { kind: "any" });
  return { name: a.name(), value, variadic: a.variadic };
}

export function describeGrammar(program: Command): GrammarSpec {
  const help: OptionSpec = { short: "-h", long: "--help", description: "show help" };
  return {
    program: program.name(),
    options: (program.options as readonly Option[]).flatMap((o) => optionSpec(o) ?? []),
    commands: program.commands
      .filter((c) => !(c as Command & { _hidden?: boolean })._hidden)
      .map((c) => ({
        name: c.name(),
        description: c.description(),
        options: [...(c.options as readonly Option[]).flatMap((o) => optionSpec(o) ?? []), help],
        args: c.registeredArguments.map((a) => argumentSpec(c.name(), a)),
      })),
  };
}

/** Every word an option can be typed as: `-f`, `--format`. */
export const optionWords = (o: OptionSpec) => [...(o.short ? [o.short] : []), o.long];

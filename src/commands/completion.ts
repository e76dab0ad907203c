/**
 * `sovereign-ai completion bash|zsh|fish`: the shell's completion script, generated from the
 * command grammar. `--names rubrics|consortia` (used by the scripts, not listed in the help): the
 * rubric names and consortium ids the program would find from the working directory, one a line.
 */
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { bashScript } from "../completion/bash.js";
import { fishScript } from "../completion/fish.js";
import { describeGrammar } from "../completion/grammar.js";
import { zshScript } from "../completion/zsh.js";
import { rubricFiles, resolveConsortiaPaths } from "../load/paths.js";
import { listYamlFiles } from "../load/read.js";
import { place, type CommandResult, type RunContext } from "./context.js";

const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];
const NAME_KINDS = ["rubrics", "consortia"] as const;

/** Names for completion: never an error (a completion must not print one), at worst nothing. */
function names(ctx: RunContext, kind: string): string[] {
  const p = place(ctx);
  if (kind === "rubrics") return [...new Set(rubricFiles(p).map((f) => f.name))];
  if (kind === "consortia") {
    const { files } = listYamlFiles(resolveConsortiaPaths(undefined, p), p.cwd);
    return [...new Set(files.map((f) => f.replace(/^.*[\\/]/, "").replace(/\.ya?ml$/i, "")))].sort();
  }
  throw new UsageError({ code: "names-kind", kind, known: NAME_KINDS });
}

export function runCompletion(ctx: RunContext, program: Command, shell: Shell, opts: { names?: string }): CommandResult {
  if (opts.names !== undefined) {
    const list = names(ctx, opts.names);
    return { text: list.length ? `${list.join("\n")}\n` : "", inputs: [] };
  }
  const g = describeGrammar(program);
  const text = shell === "bash" ? bashScript(g) : shell === "zsh" ? zshScript(g) : fishScript(g);
  return { text, inputs: [] };
}

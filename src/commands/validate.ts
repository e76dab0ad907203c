/** `sovereign-ai validate`: check the rubric and consortium files; `ok` or every problem. */
import { dataOptions, type CommonOptions } from "../cli/options.js";
import { loadData } from "../load/contest.js";
import { place, type CommandResult, type RunContext } from "./context.js";

export function runValidate(ctx: RunContext, opts: CommonOptions): CommandResult {
  const data = loadData(dataOptions(opts), place(ctx));
  const n = data.consortia.length;
  return { text: `ok: rubric "${data.rubric.value.name}" and ${n} consortium file${n === 1 ? "" : "s"} are valid\n`, inputs: data.files };
}

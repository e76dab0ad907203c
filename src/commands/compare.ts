/** `sovereign-ai compare RUBRIC…`: the same consortia under several rubrics, side by side. */
import { basename } from "node:path";
import { compareScenarios, type Scenario } from "../analyse/compare.js";
import type { CommonOptions } from "../cli/options.js";
import { UsageError } from "../errors.js";
import { loadContest } from "../load/contest.js";
import { compareCsv, compareJson, compareMarkdown, compareTable } from "../render/compare.js";
import { evaluate } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type RunContext } from "./context.js";

/** A bare name as given; a path by its file name without `.yaml`; repeats numbered (#2, #3…). */
export function scenarioLabels(rubrics: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return rubrics.map((r) => {
    const base = /[\\/]|\.ya?ml$/i.test(r) ? basename(r).replace(/\.ya?ml$/i, "") : r;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export function runCompare(ctx: RunContext, rubrics: readonly string[], opts: CommonOptions): CommandResult {
  if (rubrics.length < 2) throw new UsageError(`compare needs two or more rubrics, got ${rubrics.length}; e.g. sovereign-ai compare default service-first`);
  const labels = scenarioLabels(rubrics);
  const inputs = new Set<string>();
  const scenarios: Scenario[] = rubrics.map((rubric, k) => {
    const { contest, files } = loadContest({ rubric, ...(opts.consortia ? { consortia: opts.consortia } : {}), ...(opts.stdin ? { stdin: opts.stdin } : {}) }, place(ctx));
    for (const f of files) inputs.add(f);
    return { label: labels[k]!, ev: evaluate(contest) };
  });
  const cmp = compareScenarios(scenarios);
  const text = renderAs(ctx, opts.wide, {
    json: () => compareJson(cmp),
    csv: () => compareCsv(cmp),
    markdown: () => compareMarkdown(cmp),
    table: (o) => compareTable(cmp, o),
  });
  return { text, inputs: [...inputs] };
}

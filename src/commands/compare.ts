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
/**
 * One label per rubric, all different: the rubric's name (a path's file name without .yaml); when
 * two share it, each of those is labelled by the path as given; a rubric named twice gets #2, #3 ….
 */
export function scenarioLabels(rubrics: readonly string[]): string[] {
  const base = (r: string) => (/[\\/]|\.ya?ml$/i.test(r) ? basename(r).replace(/\.ya?ml$/i, "") : r);
  const count = new Map<string, number>();
  for (const r of rubrics) count.set(base(r), (count.get(base(r)) ?? 0) + 1);
  const used = new Set<string>();
  return rubrics.map((r) => {
    const first = count.get(base(r))! > 1 ? r : base(r);
    let label = first;
    for (let n = 2; used.has(label); n++) label = `${first}#${n}`;
    used.add(label);
    return label;
  });
}

export function runCompare(ctx: RunContext, rubrics: readonly string[], opts: CommonOptions): CommandResult {
  if (rubrics.length < 2) throw new UsageError(`compare needs two or more rubrics, got ${rubrics.length}; e.g. sovereign-ai compare default service-first`);
  const labels = scenarioLabels(rubrics);
  const inputs = new Set<string>();
  const scenarios: Scenario[] = rubrics.map((rubric, k) => {
    const { contest, files } = loadContest({ rubric, ...(opts.consortia ? { consortia: opts.consortia } : {}), ...(opts.reviews ? { reviews: opts.reviews } : {}), ...(opts.stdin ? { stdin: opts.stdin } : {}), ...(opts.seed !== undefined ? { seed: opts.seed } : {}) }, place(ctx));
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

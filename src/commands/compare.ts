/** `sovereign-ai compare RUBRIC…`: the same consortia under several rubrics, side by side. */
import { basename } from "node:path";
import { compareScenarios, type Comparison, type Scenario } from "../analyse/compare.js";
import { METHOD_NAMES, type MethodName } from "../methods/names.js";
import type { CommonOptions } from "./options.js";
import { didYouMean, UsageError } from "../errors.js";
import { loadContest } from "../load/contest.js";
import { compareCsv, compareJson, compareMarkdown, compareTable } from "../render/compare.js";
import { evaluate } from "../select/evaluate.js";
import { place, renderAs, type CommandResult, type Renderers, type RunContext } from "./context.js";

/** A bare name as given; a path by its file name without `.yaml`; repeats numbered (#2, #3…). */
/**
 * One label per rubric, all different: the rubric's name (a path's file name without .yaml); when
 * two share it, each of those is labelled by the path as given; a rubric named twice gets #2, #3 ….
 */

/** `compare` in every format: a format without a renderer here does not compile. */
export const compareRenderers: Renderers<Parameters<typeof compareJson>[0]> = {
  json: (x) => compareJson(x),
  csv: (x) => compareCsv(x),
  markdown: (x, _o, m) => compareMarkdown(x, m),
  table: (x, o, m) => compareTable(x, o, m),
};

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

/** `--methods a,b,c`: two or more known methods, each once, in the order given. */
function parseMethods(text: string): MethodName[] {
  const names = text
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
  for (const n of names) {
    if (!(METHOD_NAMES as readonly string[]).includes(n))
      throw new UsageError({ code: "unknown-method", name: n, suggestion: didYouMean(n, METHOD_NAMES) ?? null, known: METHOD_NAMES });
  }
  const unique = [...new Set(names)] as MethodName[];
  if (unique.length < 2) throw new UsageError({ code: "methods-few", known: METHOD_NAMES });
  return unique;
}

/** What the loader is given for one rubric (the default one when `rubric` is undefined). */
function contestOptions(opts: CompareOptions, rubric: string | undefined): Parameters<typeof loadContest>[0] {
  return {
    ...(rubric !== undefined ? { rubric } : {}),
    ...(opts.consortia ? { consortia: opts.consortia } : {}),
    ...(opts.reviews ? { reviews: opts.reviews } : {}),
    ...(opts.stdin ? { stdin: opts.stdin } : {}),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
  };
}

/** One rubric under several methods: the rank-reversal check (each method's ranking, τ-b between them). */
function methodScenarios(ctx: RunContext, rubrics: readonly string[], opts: CompareOptions, inputs: Set<string>): Scenario[] {
  if (rubrics.length > 1) throw new UsageError({ code: "methods-rubrics", n: rubrics.length });
  const methods = parseMethods(opts.methods!);
  const { contest, files } = loadContest(contestOptions(opts, rubrics[0]), place(ctx));
  for (const f of files) inputs.add(f);
  return methods.map((method) => ({ label: method, ev: evaluate({ ...contest, method }) }));
}

export interface CompareOptions extends CommonOptions {
  /** --methods: one rubric under these methods instead of several rubrics. */
  methods?: string;
}

export function runCompare(ctx: RunContext, rubrics: readonly string[], opts: CompareOptions): CommandResult {
  if (opts.methods !== undefined) {
    const inputs = new Set<string>();
    return { text: render(ctx, opts, compareScenarios(methodScenarios(ctx, rubrics, opts, inputs))), inputs: [...inputs] };
  }
  if (rubrics.length < 2) throw new UsageError({ code: "compare-few", n: rubrics.length, methods: METHOD_NAMES });
  const labels = scenarioLabels(rubrics);
  const inputs = new Set<string>();
  const scenarios: Scenario[] = rubrics.map((rubric, k) => {
    const { contest, files } = loadContest(contestOptions(opts, rubric), place(ctx));
    for (const f of files) inputs.add(f);
    return { label: labels[k]!, ev: evaluate(contest) };
  });
  return { text: render(ctx, opts, compareScenarios(scenarios)), inputs: [...inputs] };
}

function render(ctx: RunContext, opts: CommonOptions, cmp: Comparison): string {
  return renderAs(ctx, opts.wide, compareRenderers, cmp);
}

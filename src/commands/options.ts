/**
 * What a command receives from the shell: the options every command that reads the data shares,
 * the output formats, and the data options it passes to the loader. The shell (`src/cli/options.ts`)
 * declares the flags that fill them; commands never import the shell.
 */
import type { DataOptions } from "../load/contest.js";
import type { MethodName } from "../methods/names.js";
import type { Lang } from "../i18n/index.js";
import type { WeightOverride } from "../score/weights.js";

export const FORMATS = ["table", "csv", "json", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export interface CommonOptions {
  rubric?: string;
  consortia?: string[];
  weight?: WeightOverride[];
  /** --method: the aggregation method instead of the rubric's. */
  method?: MethodName;
  sources?: string;
  reviews?: string;
  format?: Format;
  output?: string;
  color?: boolean;
  wide?: boolean;
  excel?: boolean;
  /** --watch: rerun when an input file changes. */
  watch?: boolean;
  /** --lang: the language of text for people (default from the environment, see i18n langFromEnv). */
  lang?: Lang;
  /** Standard input, when `-r -` or `-c -` asked for it (read by `stdinFor`). */
  stdin?: Uint8Array;
  /** --seed: the lottery's draw (a tie-break chain ending with `lottery`) and the simulation's runs. */
  seed?: number;
  /** false with --no-cache. */
  cache?: boolean;
}

export function dataOptions(o: CommonOptions): DataOptions {
  return {
    ...(o.rubric !== undefined ? { rubric: o.rubric } : {}),
    ...(o.consortia !== undefined ? { consortia: o.consortia } : {}),
    ...(o.weight !== undefined ? { weights: o.weight } : {}),
    ...(o.method !== undefined ? { method: o.method } : {}),
    ...(o.sources !== undefined ? { sources: o.sources } : {}),
    ...(o.stdin !== undefined ? { stdin: o.stdin } : {}),
    ...(o.reviews !== undefined ? { reviews: o.reviews } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.cache === false ? { noCache: true } : {}),
  };
}

/**
 * The aggregation methods by name: what a rubric's `method:` and `--method` accept. The registry
 * (index.ts) maps every name to its module, so a name without an implementation does not compile.
 */
export const METHOD_NAMES = ["weighted-sum", "weighted-product", "topsis"] as const;
export type MethodName = (typeof METHOD_NAMES)[number];
export const DEFAULT_METHOD = "weighted-sum" satisfies MethodName;

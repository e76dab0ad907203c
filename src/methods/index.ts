/**
 * The registry of aggregation methods: one module per method (weighted-sum.ts, weighted-product.ts,
 * topsis.ts), each behind the `Method` interface. Adding a method: a module, its name in names.ts,
 * its entry here (the Record type makes a missing one a compile error).
 */
import type { Method } from "./method.js";
import { DEFAULT_METHOD, type MethodName } from "./names.js";
import { topsis } from "./topsis.js";
import { weightedProduct } from "./weighted-product.js";
import { weightedSum } from "./weighted-sum.js";

export const METHODS: Readonly<Record<MethodName, Method>> = {
  "weighted-sum": weightedSum,
  "weighted-product": weightedProduct,
  topsis,
};

/** The method a contest (or plan) uses: its `method`, else the weighted sum. */
export function methodOf(x: { readonly method?: MethodName | undefined }): Method {
  return METHODS[x.method ?? DEFAULT_METHOD];
}

export type { Method } from "./method.js";
export { DEFAULT_METHOD, METHOD_NAMES, type MethodName } from "./names.js";

/**
 * `--weight ID=VALUE` overrides: parsed and checked (usage errors, exit 2), then applied to the
 * rubric's relative weights before normalising.
 */
import { hint, UsageError } from "../errors.js";
import type { Criterion } from "../schema/rubric.js";

export interface WeightOverride {
  id: string;
  value: number;
}

export function parseWeightOverride(text: string): WeightOverride {
  const m = /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/.exec(text);
  if (!m) throw new UsageError(`--weight "${text}": expected ID=VALUE, e.g. --weight openness=40`);
  const [, id, raw] = m as unknown as [string, string, string];
  const value = raw === "" ? NaN : Number(raw);
  if (!Number.isFinite(value)) throw new UsageError(`--weight ${id}=${raw}: expected a finite number, e.g. --weight ${id}=40`);
  if (value < 0) throw new UsageError(`--weight ${id}=${raw}: a weight cannot be negative; use 0 to ignore a criterion`);
  return { id, value };
}

/** The rubric's relative weights with the overrides applied (later overrides win). */
export function applyWeightOverrides(criteria: readonly Criterion[], overrides: readonly WeightOverride[]): number[] {
  const ids = criteria.map((c) => c.id);
  const weights = criteria.map((c) => c.weight);
  for (const o of overrides) {
    const i = ids.indexOf(o.id);
    if (i < 0) throw new UsageError(`--weight ${o.id}=…: unknown criterion "${o.id}"${hint(o.id, ids)}; the rubric's criteria are: ${ids.join(", ")}`);
    weights[i] = o.value;
  }
  if (weights.every((w) => w === 0)) throw new UsageError("every weight is 0 after --weight; give at least one criterion a weight above 0");
  return weights;
}

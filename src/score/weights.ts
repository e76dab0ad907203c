/**
 * `--weight ID=VALUE` overrides: parsed and checked (usage errors, exit 2), then applied to the
 * rubric's relative weights before normalising.
 */
import { didYouMean, UsageError } from "../errors.js";
import type { Criterion } from "../schema/rubric.js";

export interface WeightOverride {
  id: string;
  value: number;
}

export function parseWeightOverride(text: string): WeightOverride {
  const m = /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/.exec(text);
  if (!m) throw new UsageError({ code: "weight-syntax", text });
  const [, id, raw] = m as unknown as [string, string, string];
  const value = raw === "" ? NaN : Number(raw);
  if (!Number.isFinite(value)) throw new UsageError({ code: "weight-number", id, raw });
  if (value < 0) throw new UsageError({ code: "weight-negative", id, raw });
  return { id, value };
}

/** The rubric's relative weights with the overrides applied (later overrides win). */
export function applyWeightOverrides(criteria: readonly Criterion[], overrides: readonly WeightOverride[]): number[] {
  const ids = criteria.map((c) => c.id);
  const weights = criteria.map((c) => c.weight);
  for (const o of overrides) {
    const i = ids.indexOf(o.id);
    if (i < 0) throw new UsageError({ code: "weight-unknown", id: o.id, suggestion: didYouMean(o.id, ids) ?? null, known: ids });
    weights[i] = o.value;
  }
  if (weights.every((w) => w === 0)) throw new UsageError({ code: "weights-zero" });
  return weights;
}

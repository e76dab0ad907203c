/** Scores and thresholds given as a number or as a level name, resolved on a criterion's scale. */
import { didYouMean } from "../errors.js";
import type { Said } from "../said.js";
import type { Criterion } from "../schema/rubric.js";

const fmt = (n: number) => String(Number(n.toPrecision(12)));

/** A value given as a number or a level name, resolved on `criterion`, or the problem as data. */
export function resolveLevel(criterion: Criterion, value: number | string): { ok: true; value: number } | { ok: false; said: Said } {
  if (typeof value === "number") return { ok: true, value };
  const levels = criterion.levels ?? {};
  if (Object.hasOwn(levels, value)) return { ok: true, value: levels[value]! };
  const names = Object.keys(levels);
  const [min, max] = [fmt(criterion.scale.min), fmt(criterion.scale.max)];
  return {
    ok: false,
    said: names.length
      ? {
          code: "unknown-level",
          form: "unknown",
          value,
          criterion: criterion.id,
          suggestion: didYouMean(value, names) ?? null,
          min,
          max,
          names,
        }
      : { code: "unknown-level", form: "no-levels", value, criterion: criterion.id, min, max },
  };
}

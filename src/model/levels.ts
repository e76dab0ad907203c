/** Scores and thresholds given as a number or as a level name, resolved on a criterion's scale. */
import { hint } from "../errors.js";
import type { Criterion } from "../schema/rubric.js";

const fmt = (n: number) => String(Number(n.toPrecision(12)));

/** A value given as a number or a level name, resolved on `criterion`, or a problem text. */
export function resolveLevel(criterion: Criterion, value: number | string): { ok: true; value: number } | { ok: false; message: string } {
  if (typeof value === "number") return { ok: true, value };
  const levels = criterion.levels ?? {};
  if (Object.prototype.hasOwnProperty.call(levels, value)) return { ok: true, value: levels[value]! };
  const names = Object.keys(levels);
  return {
    ok: false,
    message: names.length
      ? `unknown level "${value}" for criterion "${criterion.id}"${hint(value, names)}; expected a number from ${fmt(criterion.scale.min)} to ${fmt(criterion.scale.max)} or one of: ${names.join(", ")}`
      : `expected a number from ${fmt(criterion.scale.min)} to ${fmt(criterion.scale.max)}, got the text "${value}" (criterion "${criterion.id}" defines no levels)`,
  };
}

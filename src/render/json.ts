/**
 * JSON output: two-space indented, keys in a fixed order, ending with a newline. Numbers that are
 * not whole are rounded to 10 significant digits, so floating-point noise (59.99999999999999) never
 * reaches a reader or a `jq` filter: 60.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" ? roundJson(v) : v), 2)}\n`;
}

/** A number to 10 significant digits (whole numbers and non-finite values as they are). */
export function roundJson(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return n;
  const r = Number(n.toPrecision(10));
  return Object.is(r, -0) ? 0 : r;
}

/** JSON output: two-space indented, keys in a fixed order, full precision, ending with a newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/**
 * The one order of ids and other keys everywhere: by UTF-16 code units, as `Array.prototype.sort`
 * with no comparator, never the locale's order, so that a ranking, a tie decided by id and a listing
 * read the same on every machine (Korean ids included).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

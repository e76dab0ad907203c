/**
 * CSV output (RFC 4180, via csv-stringify). Text cells that a spreadsheet would run as a formula —
 * starting with =, +, -, @, a tab or a carriage return — are prefixed with a single quote and
 * wrapped in double quotes (OWASP's advice). Numbers are written as numbers and never touched.
 */
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that `neutralise` changed: always quoted, so no reader mistakes it for a plain value. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

export function neutralise(cell: Cell): Cell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const safe = [header.map(neutralise), ...rows.map((r) => r.map(neutralise))];
  return stringify(safe as Cell[][], {
    record_delimiter: "\r\n",
    quoted_match: NEUTRALISED,
    cast: { boolean: (b) => (b ? "true" : "false"), number: (n) => String(n) },
  });
}

/** Round to `d` decimals for display in CSV and tables (JSON keeps full precision). */
export function round(n: number, d = 2): number {
  const f = 10 ** d;
  const r = Math.round((n + Number.EPSILON * Math.sign(n)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

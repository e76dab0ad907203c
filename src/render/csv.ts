/**
 * CSV output (RFC 4180, via csv-stringify). Text cells that a spreadsheet would run as a formula —
 * starting with =, +, -, @, a tab or a carriage return — are prefixed with a single quote and
 * wrapped in double quotes (OWASP's advice). Numbers are written as numbers and never touched.
 * Records end in LF, for pipes (`grep`, `awk`, `cut`); `forSpreadsheet` turns that into what
 * spreadsheet programs expect (a UTF-8 byte-order mark and CRLF).
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
    record_delimiter: "\n",
    // A carriage return inside a cell is quoted too: LF ends a record, but many readers also split on CR.
    quoted_match: [NEUTRALISED, /\r/],
    cast: { boolean: (b) => (b ? "true" : "false"), number: (n) => String(n) },
  });
}

/**
 * CSV for spreadsheet programs (`--excel`): a UTF-8 byte-order mark, so that Excel reads the
 * Hangul as UTF-8, and CRLF between records. A line break inside a quoted cell is part of the cell
 * and stays as it is; in csv-stringify's output a `"` toggles quoting (`""` toggles twice).
 */
export function forSpreadsheet(csv: string): string {
  let out = "\uFEFF";
  let quoted = false;
  let from = 0;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) {
      out += `${csv.slice(from, i)}\r\n`;
      from = i + 1;
    }
  }
  return out + csv.slice(from);
}

/** Round to `d` decimals for display in CSV and tables (JSON keeps full precision). */
export function round(n: number, d = 2): number {
  const f = 10 ** d;
  const r = Math.round((n + Number.EPSILON * Math.sign(n)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * cli-table3 for any number of rows. Its layout is quadratic in the rows (every cell checks every
 * row above it for spans: 10,000 rows took 40 s), so a long table is laid out in slices of
 * `SLICE` rows with the same column widths — measured once over every row, as cli-table3 would —
 * and the slices are joined where their borders meet. The text is identical to a single table's.
 * Cells are cut to a sane width first (cli-table3's truncation is quadratic in a cell's length).
 *
 * Past the first slice, the plain tables every view draws (compact, no border colours, no wrapping,
 * one line per cell) have their rows drawn here with cli-table3's own helpers (colour state, width,
 * truncation, padding), line for line as its cells draw them: its per-cell set-up (options merged
 * into every cell, a layout of spans) cost about 20 µs a cell, 2 s for a table of 10,000 rows.
 */
import Table from "cli-table3";
import tableUtils from "cli-table3/src/utils.js";
import { stripVTControlCharacters } from "node:util";
import { displayWidth, truncateToWidth } from "./width.js";

export const SLICE = 200;

/** cli-table3's options (alignments may be typed loosely as strings). */
type Options = { head?: string[]; colWidths?: (number | null)[]; style?: object; [option: string]: unknown };

const cellWidth = (cell: string) => Math.max(0, ...stripVTControlCharacters(cell).split("\n").map(displayWidth));

/**
 * Widest a cell's line may be, in columns: a longer name is cut with "…" (JSON and CSV keep it
 * whole). A column that cli-table3 wraps (a given width and `wordWrap`) may hold more lines.
 */
export const MAX_CELL_WIDTH = 60;
const MAX_WRAPPED_CELL_WIDTH = 600;

/** Every line of `cell` cut to `width` columns (linear in its length). */
function capCell(cell: string, width: number): string {
  if (cell.length * 2 <= width) return cell;
  return cell.includes("\n")
    ? cell
        .split("\n")
        .map((l) => truncateToWidth(l, width))
        .join("\n")
    : truncateToWidth(cell, width);
}

/** The table of `rows` (strings) with `options`, as cli-table3 would draw it; no cell wider than MAX_CELL_WIDTH. */
export function drawTable(options: Options, given: readonly (readonly string[])[]): string {
  const wrapped = (k: number) => options.wordWrap === true && typeof options.colWidths?.[k] === "number";
  const rows = given.map((r) => r.map((cell, k) => capCell(cell, wrapped(k) ? MAX_WRAPPED_CELL_WIDTH : MAX_CELL_WIDTH)));
  const head = options.head ?? [];
  const cols = Math.max(head.length, ...rows.map((r) => r.length));
  const plain = rows.length > 1 && plainRows(options, rows, cols);
  if (rows.length <= SLICE && !plain) {
    const t = new Table(options as ConstructorParameters<typeof Table>[0]);
    for (const r of rows) t.push([...r]);
    return t.toString();
  }
  const style = (options.style ?? {}) as { "padding-left"?: number; "padding-right"?: number };
  const pad = (style["padding-left"] ?? 1) + (style["padding-right"] ?? 1);
  const widths = Array.from({ length: cols }, (_, k) => {
    const given = options.colWidths?.[k];
    if (typeof given === "number") return given;
    let w = head[k] !== undefined ? cellWidth(head[k]!) : 0;
    for (const r of rows) if (r[k] !== undefined) w = Math.max(w, cellWidth(r[k]!));
    return w + pad;
  });
  if (plain) {
    // cli-table3 draws the head, the first row and the borders; every other row is drawn here, at any
    // length (its per-cell set-up is most of the time even for the 11 rows of the bundled data).
    const first = new Table({ ...options, colWidths: widths } as ConstructorParameters<typeof Table>[0]);
    first.push([...rows[0]!]);
    const lines = first.toString().split("\n");
    const bottom = lines.pop()!;
    return [...lines, ...rows.slice(1).map((r) => plainRow(options, r, widths)), bottom].join("\n");
  }
  const parts: string[] = [];
  for (let at = 0; at < rows.length; at += SLICE) {
    const t = new Table({ ...options, head: at === 0 ? head : [], colWidths: widths } as ConstructorParameters<typeof Table>[0]);
    for (const r of rows.slice(at, at + SLICE)) t.push([...r]);
    const lines = t.toString().split("\n");
    const first = at === 0 ? 0 : 1;
    const last = at + SLICE >= rows.length ? lines.length : lines.length - 1;
    parts.push(lines.slice(first, last).join("\n"));
  }
  return parts.join("\n");
}

type Align = "left" | "right" | "center";

/**
 * Whether cli-table3 would draw every row of `rows` as one plain line: a compact table without
 * border or wrapping options of its own, each cell one line of text.
 */
function plainRows(options: Options, rows: readonly (readonly string[])[], cols: number): boolean {
  const style = (options.style ?? {}) as { compact?: unknown; border?: unknown };
  const known = new Set(["head", "style", "chars", "colAligns"]);
  if (Object.keys(options).some((k) => !known.has(k))) return false;
  if (style.compact !== true || !Array.isArray(style.border) || style.border.length > 0) return false;
  return rows.every((r) => r.length === cols && r.every((cell) => !cell.includes("\n")));
}

const DEFAULT_EDGE = "│";

/** One body row as a cli-table3 cell draws its line (Cell.drawLine): edge, padding, content cut and padded to the width, edge. */
function plainRow(options: Options, row: readonly string[], widths: readonly number[]): string {
  const chars = (options.chars ?? {}) as Record<string, string | undefined>;
  const style = (options.style ?? {}) as { "padding-left"?: number; "padding-right"?: number };
  const pl = style["padding-left"] ?? 1;
  const pr = style["padding-right"] ?? 1;
  const aligns = (options.colAligns ?? []) as (Align | undefined)[];
  let line = "";
  for (let x = 0; x < row.length; x++) {
    const len = widths[x]! - pl - pr;
    const cell = row[x]!;
    const text = cell.includes("\u001b") ? tableUtils.colorizeLines([cell])[0]! : cell; // no codes: nothing to re-open or close
    line +=
      (x === 0 ? (chars.left ?? DEFAULT_EDGE) : (chars.middle ?? DEFAULT_EDGE)) +
      " ".repeat(pl) +
      tableUtils.pad(tableUtils.truncate(text, len, "…"), len, " ", aligns[x] ?? "left") +
      " ".repeat(pr);
  }
  return line + (chars.right ?? DEFAULT_EDGE);
}

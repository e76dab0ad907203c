/**
 * A table that fits the terminal: columns that may go are dropped (or first narrowed) in the order
 * their `drop` ranks give, least useful first, until the table fits `columns`; a text column that
 * wraps takes the room left. `--wide` shows every column at its widest. What was hidden is named,
 * so a reader knows the table is not the whole answer (`hiddenNote`).
 */
import { en, type Messages } from "../i18n/en.js";
import { stripVTControlCharacters } from "node:util";
import { drawTable } from "./table.js";
import { displayWidth, wrap } from "./width.js";

export type Align = "left" | "right" | "center";

export interface FitColumn {
  head: string;
  /** One cell per row (may hold colour codes and line breaks). */
  cells: readonly string[];
  align?: Align;
  /** What the note calls it when hidden (default: the header). */
  name?: string;
  /** The order in which it gives way: lower first. Absent: always shown. */
  drop?: number;
  /** Narrower forms of the column, widest first, tried before it is dropped (a shorter bar). */
  narrower?: readonly Omit<FitColumn, "narrower" | "drop" | "name" | "narrowAt">[];
  /** The rank at which it takes its narrower forms, when not `drop` (a header over two lines early, the column itself late). */
  narrowAt?: number;
  /** A text column that wraps to the room left, but never narrower than this many columns. */
  wrapMin?: number;
}

export interface FitOptions {
  columns: number;
  wide: boolean;
  /** Extra cli-table3 options (style, chars). */
  table?: Record<string, unknown>;
}

export interface Fitted {
  text: string;
  /** Names of the columns left out, in table order. */
  hidden: string[];
}

const PAD = 2;

const cellWidth = (cell: string) => Math.max(0, ...stripVTControlCharacters(cell).split("\n").map(displayWidth));
const naturalWidth = (c: Pick<FitColumn, "head" | "cells">) => Math.max(cellWidth(c.head), ...c.cells.map(cellWidth));

/** The width of a bordered table with these content widths: a border before each column and one at the end. */
export const bordered = (widths: readonly number[]) => 1 + widths.reduce((a, w) => a + w + PAD + 1, 0);

interface State {
  col: FitColumn;
  /** -1: dropped; 0: the column itself; k: its k-th narrower form. */
  form: number;
}

const shown = (st: State) => (st.form === 0 ? st.col : st.col.narrower![st.form - 1]!);

/** Content widths of the shown columns; a wrapping column gets what is left, between its minimum and its natural width. */
function widths(states: readonly State[], columns: number, wide: boolean): number[] {
  const live = states.filter((st) => st.form >= 0);
  const natural = live.map((st) => naturalWidth(shown(st)));
  const flex = live.map((st) => !wide && st.col.wrapMin !== undefined);
  const n = flex.filter(Boolean).length;
  if (n === 0) return natural;
  // The fixed columns, and the borders and padding of the wrapping ones; the rest is shared.
  const each = Math.floor((columns - bordered(live.map((_, i) => (flex[i] ? 0 : natural[i]!)))) / n);
  return live.map((st, i) => (flex[i] ? Math.max(st.col.wrapMin!, Math.min(natural[i]!, each)) : natural[i]!));
}

export function fitTable(cols: readonly FitColumn[], o: FitOptions): Fitted {
  const states: State[] = cols.map((col) => ({ col, form: 0 }));
  if (!o.wide) {
    // Give way one step at a time: the lowest rank first, through its narrower forms, then gone.
    for (;;) {
      if (bordered(widths(states, o.columns, false)) <= o.columns) break;
      const rank = (st: State) => (st.form < (st.col.narrower?.length ?? 0) ? (st.col.narrowAt ?? st.col.drop) : st.col.drop);
      const next = states.filter((st) => st.form >= 0 && rank(st) !== undefined).sort((a, b) => rank(a)! - rank(b)!)[0];
      if (!next) break;
      next.form = next.form < (next.col.narrower?.length ?? 0) ? next.form + 1 : -1;
    }
  }
  const live = states.filter((st) => st.form >= 0);
  const w = widths(states, o.columns, o.wide);
  const wraps = live.some((st) => st.col.wrapMin !== undefined) && !o.wide;
  const rowCount = cols[0]?.cells.length ?? 0;
  const rows = Array.from({ length: rowCount }, (_, r) => live.map((st) => shown(st).cells[r] ?? ""));
  const text = drawTable(
    {
      ...o.table,
      head: live.map((st) => shown(st).head),
      colAligns: live.map((st) => shown(st).align ?? "left"),
      ...(wraps ? { wordWrap: true, colWidths: live.map((st, i) => (st.col.wrapMin !== undefined ? w[i]! + PAD : null)) } : {}),
    },
    rows,
  );
  return { text, hidden: states.filter((st) => st.form < 0).map((st) => st.col.name ?? stripVTControlCharacters(st.col.head)) };
}

/** The dim line under a table that left columns out: what, and how to see them. Empty when nothing was hidden. */
export function hiddenNote(hidden: readonly string[], columns: number, m: Messages = en): string[] {
  if (!hidden.length) return [];
  return [wrap(m.score.hidden({ columns, list: hidden.join(", ") }), columns)];
}

/**
 * Lines of text wrapped to `columns` (nothing changes under --wide), each keeping its indent, its
 * continuation lines indented two more.
 */
export function fitLines(lines: readonly string[], columns: number, wide: boolean): string[] {
  if (wide) return [...lines];
  return lines.flatMap((line) => {
    if (displayWidth(stripVTControlCharacters(line)) <= columns) return [line];
    const indent = /^ */.exec(line)![0];
    const more = " ".repeat(Math.min(indent.length + 2, Math.floor(columns / 2)));
    const out: string[] = [];
    let cur = indent;
    for (const word of line.slice(indent.length).split(" ")) {
      const lead = out.length ? more : indent;
      if (cur !== lead && displayWidth(stripVTControlCharacters(`${cur} ${word}`)) > columns) {
        out.push(cur);
        cur = more + word;
      } else cur = cur === lead ? lead + word : `${cur} ${word}`;
    }
    out.push(cur);
    return out;
  });
}

/**
 * `tune`'s screen as text: the criteria as sliders on the left (the chosen one with its tipping
 * points marked), the ranking on the right, the keys and the status at the bottom. Pure: lines in,
 * at most `rows` lines of at most `columns` characters out (ids are cut to fit).
 */
import type { Frame, Tick } from "./frame.js";
import { isDirty, type TuneState } from "./state.js";

export interface Screen {
  readonly columns: number;
  readonly rows: number;
  /** The rubric file, as the user named it. */
  readonly file: string;
}

const KEYS = "↑↓ criterion  ←→ ±1  Shift+←→ or < > ±5  0 zero  r reset  s save  q quit";

const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, Math.max(0, w - 1))}…` : s.padEnd(w));

/** A weight as the file would hold it: whole numbers plain, others to at most 3 decimals. */
function showWeight(w: number): string {
  if (!Number.isFinite(w)) return "∞";
  return Number.isInteger(w) ? String(w) : String(Math.round(w * 1000) / 1000);
}

/**
 * A slider for a share (0..1) `width` characters wide: ● at the share, | at the tipping points
 * (when given), ─ elsewhere, between [ and ].
 */
export function slider(share: number, width: number, ticks: readonly number[] = []): string {
  const inner = Math.max(2, width - 2);
  const at = (t: number) => Math.min(inner - 1, Math.max(0, Math.round(t * (inner - 1))));
  const cells = Array.from({ length: inner }, () => "─");
  for (const t of ticks) cells[at(t)] = "|";
  cells[at(share)] = "●";
  return `[${cells.join("")}]`;
}

function tickText(tick: Tick | undefined, dir: "below" | "above"): string {
  if (!tick) return dir === "below" ? "no change down to 0" : "no change up to 100 %";
  const who = [...tick.enters.map((id) => `+${id}`), ...tick.leaves.map((id) => `-${id}`)].join(" ");
  return `${dir === "below" ? "↓" : "↑"} at ${showWeight(Math.round(tick.weight * 100) / 100)} (${(tick.t * 100).toFixed(1)} %): ${who}`;
}

function leftPanel(state: TuneState, f: Frame, width: number, height: number): string[] {
  const label = Math.max(4, width - 18);
  const lines: string[] = [];
  let cursorLine = 0;
  state.ids.forEach((id, i) => {
    const chosen = i === state.cursor;
    if (chosen) cursorLine = lines.length;
    const pct = `${(f.shares[i]! * 100).toFixed(1)} %`;
    lines.push(`${chosen ? "▸" : " "} ${fit(id, label)} ${showWeight(state.weights[i]!).padStart(6)} ${pct.padStart(7)}`);
    const ticks = chosen ? [f.below?.t, f.above?.t].filter((t): t is number => t !== undefined) : [];
    lines.push(`  ${slider(f.shares[i]!, width - 3, ticks)}`);
  });
  // Scroll so that the chosen criterion stays in view, keeping two lines for its tipping points.
  const room = Math.max(2, height - 3);
  const start = Math.max(0, Math.min(cursorLine - room + 2, lines.length - room));
  const shown = lines.slice(Math.max(0, start), Math.max(0, start) + room);
  const id = state.ids[state.cursor]!;
  shown.push(
    "",
    fit(`${id}: the picked set changes`, width),
    fit(` ${tickText(f.below, "below")}`, width),
    fit(` ${tickText(f.above, "above")}`, width),
  );
  return shown.slice(0, height);
}

function move(n: number): string {
  return n > 0 ? `↑${n}` : n < 0 ? `↓${-n}` : "";
}

function rightPanel(f: Frame, width: number, height: number): string[] {
  const idw = Math.max(4, width - 24);
  const lines = [`${"".padEnd(4)}  ${fit("team", idw)} ${"total".padStart(6)}  moved`];
  const room = height - 1;
  const rows = f.rows.length > room ? f.rows.slice(0, room - 1) : f.rows;
  for (const r of rows) {
    const change = r.change === "in" ? " new" : r.change === "out" ? " out" : "";
    lines.push(
      `${r.place.padStart(3)} ${r.picked ? "✔" : " "} ${fit(r.id, idw)} ${r.total.toFixed(2).padStart(6)}  ${move(r.move)}${change}`,
    );
  }
  if (rows.length < f.rows.length) lines.push(`    … ${f.rows.length - rows.length} more`);
  return lines;
}

/** The whole screen, one string per line. */
export function view(state: TuneState, f: Frame, screen: Screen): string[] {
  const { columns, rows } = screen;
  const leftWidth = Math.min(44, Math.floor(columns / 2) + 4);
  const rightWidth = columns - leftWidth - 1;
  const body = Math.max(4, rows - 4);
  const left = leftPanel(state, f, leftWidth, body);
  const right = rightPanel(f, rightWidth, body);
  const title = `sovereign-ai tune: ${screen.file}${isDirty(state) ? " (unsaved changes)" : ""}`;
  const out = [fit(title, columns), ""];
  for (let i = 0; i < Math.max(left.length, right.length); i++) out.push(`${fit(left[i] ?? "", leftWidth)} ${right[i] ?? ""}`.trimEnd());
  while (out.length < rows - 2) out.push("");
  const status =
    state.prompt === "save"
      ? `save to ${screen.file}? (y/n)`
      : state.prompt === "quit"
        ? "quit without saving? (y/n)"
        : (state.message ?? "");
  out.push(fit(KEYS, columns).trimEnd(), fit(status, columns).trimEnd());
  return out.slice(0, rows).map((l) => (l.length > columns ? l.slice(0, columns) : l));
}

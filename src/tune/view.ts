/**
 * `tune`'s screen as text: the criteria as sliders on the left (the chosen one with its tipping
 * points marked), the ranking on the right, the keys and the status at the bottom. Pure: lines in,
 * at most `rows` lines of at most `columns` terminal columns out (Hangul counts two; ids and labels
 * are cut to fit). Every word comes from the catalogue (`m.tune`).
 */
import { en, type Messages } from "../i18n/en.js";
import { displayWidth, truncateToWidth } from "../render/width.js";
import type { Frame, Tick } from "./frame.js";
import { isDirty, type TuneState } from "./state.js";

export interface Screen {
  readonly columns: number;
  readonly rows: number;
  /** The rubric file, as the user named it. */
  readonly file: string;
}

/** `s` in exactly `w` columns: cut with … when wider, padded with spaces when narrower. */
function fit(s: string, w: number): string {
  const cut = displayWidth(s) > w ? truncateToWidth(s, Math.max(1, w)) : s;
  return cut + " ".repeat(Math.max(0, w - displayWidth(cut)));
}

/** `s` right-aligned in `w` columns (cut when wider). */
const fitStart = (s: string, w: number) => (displayWidth(s) >= w ? truncateToWidth(s, w) : " ".repeat(w - displayWidth(s)) + s);

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

function tickText(tick: Tick | undefined, dir: "below" | "above", m: Messages): string {
  const t = m.tune;
  if (!tick) return dir === "below" ? t.noChangeDown : t.noChangeUp;
  const who = [...tick.enters.map((id) => `+${id}`), ...tick.leaves.map((id) => `-${id}`)].join(" ");
  const p = { weight: showWeight(Math.round(tick.weight * 100) / 100), pct: (tick.t * 100).toFixed(1), who };
  return dir === "below" ? t.tickDown(p) : t.tickUp(p);
}

function leftPanel(state: TuneState, f: Frame, width: number, height: number, m: Messages): string[] {
  const label = Math.max(4, width - 18);
  const h = m.tune.head;
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
  // Scroll so that the chosen criterion stays in view, keeping a line for the head and four for its tipping points.
  const room = Math.max(2, height - 5);
  const start = Math.max(0, Math.min(cursorLine - room + 2, lines.length - room));
  const shown = [
    `  ${fit(h.criterion, label)} ${fitStart(h.weight, 6)} ${fitStart(h.share, 7)}`,
    ...lines.slice(Math.max(0, start), Math.max(0, start) + room),
  ];
  const id = state.ids[state.cursor]!;
  shown.push(
    "",
    fit(m.tune.changes({ id }), width),
    fit(` ${tickText(f.below, "below", m)}`, width),
    fit(` ${tickText(f.above, "above", m)}`, width),
  );
  return shown.slice(0, height);
}

function move(n: number): string {
  return n > 0 ? `↑${n}` : n < 0 ? `↓${-n}` : "";
}

function rightPanel(f: Frame, width: number, height: number, m: Messages): string[] {
  const t = m.tune;
  const idw = Math.max(4, width - 24);
  const lines = [`${"".padEnd(4)}  ${fit(t.head.team, idw)} ${fitStart(t.head.total, 6)}  ${t.head.moved}`];
  // The head above the ranking, the legend below it.
  const room = height - 2;
  const rows = f.rows.length > room ? f.rows.slice(0, room - 1) : f.rows;
  for (const r of rows) {
    const change = r.change === "in" ? ` ${t.entered}` : r.change === "out" ? ` ${t.left}` : "";
    lines.push(
      `${r.place.padStart(3)} ${r.picked ? "✔" : " "} ${fit(r.id, idw)} ${r.total.toFixed(2).padStart(6)}  ${move(r.move)}${change}`,
    );
  }
  if (rows.length < f.rows.length) lines.push(`    ${t.more({ n: f.rows.length - rows.length })}`);
  lines.push(`    ${t.legend}`);
  return lines.map((l) => (displayWidth(l) > width ? truncateToWidth(l, width) : l));
}

/** The whole screen, one string per line, in the catalogue's language (English by default). */
export function view(state: TuneState, f: Frame, screen: Screen, m: Messages = en): string[] {
  const { columns, rows } = screen;
  const leftWidth = Math.min(44, Math.floor(columns / 2) + 4);
  const rightWidth = columns - leftWidth - 1;
  const body = Math.max(4, rows - 4);
  const left = leftPanel(state, f, leftWidth, body, m);
  const right = rightPanel(f, rightWidth, body, m);
  const t = m.tune;
  const title = t.title({ file: screen.file, dirty: isDirty(state) });
  const out = [fit(title, columns).trimEnd(), ""];
  for (let i = 0; i < Math.max(left.length, right.length); i++) out.push(`${fit(left[i] ?? "", leftWidth)} ${right[i] ?? ""}`.trimEnd());
  while (out.length < rows - 2) out.push("");
  const status =
    state.prompt === "save"
      ? t.savePrompt({ file: screen.file })
      : state.prompt === "quit"
        ? t.quitPrompt
        : state.note
          ? t.note(state.note, m.usage.say)
          : "";
  out.push(fit(t.keys, columns).trimEnd(), fit(status, columns).trimEnd());
  return out.slice(0, rows).map((l) => (displayWidth(l) > columns ? truncateToWidth(l, columns) : l));
}

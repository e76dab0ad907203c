/**
 * `score` output in four formats. Each renderer takes the evaluation and returns a string.
 */
import Table from "cli-table3";
import type { ChalkInstance } from "chalk";
import type { Evaluation } from "../select/evaluate.js";
import { toCsv, round } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import { bar, num, pct } from "./text.js";

export interface TableOptions {
  style: ChalkInstance;
  /** Terminal width; tables drop detail columns to fit unless `wide`. */
  columns: number;
  wide: boolean;
}

const rows = (ev: Evaluation, top?: number) => (top === undefined ? ev.ranked : ev.ranked.slice(0, top));

export function weightsLine(ev: Evaluation): string {
  return ev.contest.criteria.map((c, i) => `${c.id} ${pct(ev.contest.weights[i]!)}`).join(" · ");
}

export function scoreJson(ev: Evaluation, top?: number): string {
  const { contest } = ev;
  const ids = contest.criteria.map((c) => c.id);
  return toJson({
    rubric: { name: contest.rubric.name, weights: Object.fromEntries(ids.map((id, i) => [id, contest.weights[i]])) },
    results: rows(ev, top).map((r) => ({
      rank: r.rank,
      id: r.team.id,
      name: r.team.name,
      kind: r.team.kind,
      scores: Object.fromEntries(ids.map((id, i) => [id, r.team.scores[i]])),
      contributions: Object.fromEntries(ids.map((id, i) => [id, r.contributions[i]])),
      bonus: r.bonus,
      total: r.total,
      selected: ev.selected.has(r.index),
    })),
  });
}

export function scoreCsv(ev: Evaluation, top?: number): string {
  const ids = ev.contest.criteria.map((c) => c.id);
  return toCsv(
    ["rank", "id", "name", "kind", ...ids, "bonus", "total", "selected"],
    rows(ev, top).map((r) => [r.rank, r.team.id, r.team.name, r.team.kind, ...r.team.scores, r.bonus, round(r.total), ev.selected.has(r.index)]),
  );
}

export function scoreMarkdown(ev: Evaluation, top?: number): string {
  const ids = ev.contest.criteria.map((c) => c.id);
  const head = `**${ev.contest.rubric.name}** — weights: ${weightsLine(ev)}\n\n`;
  return (
    head +
    toMarkdownTable(
      ["rank", "id", "name", "kind", ...ids, "bonus", "total", "selected"],
      rows(ev, top).map((r) => [r.rank, r.team.id, r.team.name, r.team.kind, ...r.team.scores.map((s) => num(s, 1)), num(r.bonus), num(r.total), ev.selected.has(r.index) ? "✓" : ""]),
      ["r", "l", "l", "l", ...ids.map(() => "r" as const), "r", "r", "l"],
    )
  );
}

export function scoreTable(ev: Evaluation, o: TableOptions, top?: number): string {
  const { contest } = ev;
  const s = o.style;
  const ids = contest.criteria.map((c) => c.id);
  const showKo = o.wide;
  const barWidth = o.wide ? 20 : 10;
  const head = ["#", "", "consortium", ...(showKo ? ["이름"] : []), "kind", ...ids.map(shortId), "bonus", "total", ""];
  const table = new Table({
    head: head.map((h) => s.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: ["right", "left", "left", ...(showKo ? ["left" as const] : []), "left", ...ids.map(() => "right" as const), "right", "right", "left"],
  });
  const maxTotal = Math.max(100, ...ev.ranked.map((r) => r.total));
  for (const r of rows(ev, top)) {
    const picked = ev.selected.has(r.index);
    const mark = picked ? s.green("✔") : "";
    const name = picked ? s.bold(r.team.id) : r.team.id;
    table.push([
      String(r.rank),
      mark,
      name,
      ...(showKo ? [r.team.consortium.name_ko ?? ""] : []),
      r.team.kind,
      ...r.team.scores.map((v) => num(v, 1)),
      r.bonus ? `+${num(r.bonus, 1)}` : "",
      num(r.total),
      s.cyan(bar(r.total / maxTotal, barWidth)),
    ]);
  }
  const title = `${s.bold(contest.rubric.name)} — ${contest.teams.length} consortia, up to ${contest.rules.teams} picked (${s.green("✔")})`;
  const weights = s.dim(`weights: ${weightsLine(ev)}`);
  const unmet = ev.selection.unmet.map((u) => s.yellow(`unmet: ${u}`));
  return [title, weights, table.toString(), ...unmet].join("\n") + "\n";
}

/** Long criterion ids shortened for narrow table headers. */
function shortId(id: string): string {
  return id.length > 12 ? id.slice(0, 11) + "…" : id;
}

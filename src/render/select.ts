/**
 * `select` output: the picked teams in order, then an audit log with every consortium and why it
 * was or was not picked, then the rules that could not be met.
 */
import { drawTable } from "./table.js";
import { reasonsOf, type Evaluation } from "../select/evaluate.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import { dominatedBy, lotteryField, placeOf, tieFields, tieLines, type TableOptions } from "./score.js";
import { num } from "./text.js";
import { wrapLines } from "./width.js";

interface Row {
  rank: number;
  place: string;
  id: string;
  name: string;
  name_ko: string;
  kind: string;
  total: number;
  selected: boolean;
  reasons: readonly string[];
  dominatedBy: readonly string[];
  index: number;
}

function auditRows(ev: Evaluation): Row[] {
  return ev.ranked.map((r) => ({
    rank: r.rank,
    place: placeOf(ev, r.index),
    id: r.team.id,
    name: r.team.name,
    name_ko: r.team.consortium.name_ko ?? "",
    kind: r.team.kind,
    total: r.total,
    selected: ev.selected.has(r.index),
    reasons: reasonsOf(ev, r.index),
    dominatedBy: ev.dominators.get(r.index) ?? [],
    index: r.index,
  }));
}

const strategyOf = (ev: Evaluation) => ev.contest.rules.strategy;
const pickedIds = (ev: Evaluation) => ev.selection.selected.map((i) => ev.contest.teams[i]!.id);

export function selectJson(ev: Evaluation, full = false): string {
  return toJson({
    rubric: ev.contest.rubric.name,
    strategy: strategyOf(ev),
    ...lotteryField(ev),
    selected: pickedIds(ev),
    decisions: auditRows(ev).map((r) => ({
      id: r.id,
      name: r.name,
      name_ko: r.name_ko,
      rank: r.rank,
      total: r.total,
      selected: r.selected,
      ...tieFields(ev, r.index),
      reasons: r.reasons,
      ...dominatedBy(ev, r.index, full),
    })),
    ties: tieLines(ev),
    unmet: ev.selection.unmet,
  });
}

export function selectCsv(ev: Evaluation): string {
  return toCsv(
    ["rank", "id", "name", "name_ko", "kind", "total", "selected", "reasons"],
    [
      ...auditRows(ev).map((r) => [r.rank, r.id, r.name, r.name_ko, r.kind, round(r.total), r.selected, r.reasons.join("; ")]),
      // Rules that could not be met follow, one row each, so that the spreadsheet sees them too.
      ...ev.selection.unmet.map((u) => ["", "", "(unmet rule)", "", "", "", false, u]),
    ],
  );
}

export function selectMarkdown(ev: Evaluation): string {
  const picked = pickedIds(ev);
  const ties = tieLines(ev).map((l) => `${l}\n\n`).join("");
  const head = `**${ev.contest.rubric.name}** — strategy ${strategyOf(ev)}; picked ${picked.length} of up to ${ev.contest.rules.teams}: ${picked.join(", ") || "none"}\n\n${ties}`;
  const unmet = ev.selection.unmet.length ? `\nUnmet rules:\n\n${ev.selection.unmet.map((u) => `- ${u}`).join("\n")}\n` : "";
  return (
    head +
    toMarkdownTable(
      ["rank", "id", "name", "kind", "total", "selected", "reasons"],
      auditRows(ev).map((r) => [r.place, r.id, r.name, r.kind, num(r.total), r.selected ? "✓" : "", r.reasons.join("; ")]),
      ["r", "l", "l", "l", "r", "l", "l"],
    ) +
    unmet
  );
}

export function selectTable(ev: Evaluation, o: TableOptions): string {
  const s = o.style;
  const rows = auditRows(ev);
  const picked = rows.filter((r) => r.selected);
  const order = new Map(ev.selection.selected.map((i, k) => [ev.contest.teams[i]!.id, k]));
  picked.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const lines: string[] = [];
  lines.push(`${s.bold(ev.contest.rubric.name)} — strategy ${strategyOf(ev)}, up to ${ev.contest.rules.teams} teams`);
  lines.push("");
  lines.push(s.bold(`Picked (${picked.length}):`));
  picked.forEach((r, k) => lines.push(`  ${k + 1}. ${s.green(r.id.padEnd(10))} ${num(r.total).padStart(6)}  ${r.name}`));
  if (picked.length === 0) lines.push("  none");
  lines.push("");
  for (const l of tieLines(ev)) lines.push(...wrapLines(l, o.wide ? Infinity : o.columns).map((x) => s.yellow(x)), "");
  lines.push(s.bold("Audit log:"));
  const reasonWidth = o.wide ? 90 : Math.max(30, o.columns - 34);
  const options = {
    head: ["#", "consortium", "total", "", "why"].map((h) => s.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: ["right", "left", "right", "left", "left"],
    colWidths: [null, null, null, null, reasonWidth] as unknown as number[],
    wordWrap: true,
  };
  lines.push(drawTable(options, rows.map((r) => [r.place, r.id, num(r.total), r.selected ? s.green("✔") : s.dim("·"), r.reasons.join("; ")])));
  if (ev.selection.unmet.length) {
    lines.push("");
    lines.push(s.yellow(s.bold("Unmet rules:")));
    for (const u of ev.selection.unmet) lines.push(s.yellow(`  - ${u}`));
  }
  return lines.join("\n") + "\n";
}

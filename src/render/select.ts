/**
 * `select` output: the picked teams in order, then an audit log with every consortium and why it
 * was or was not picked, then the rules that could not be met.
 */
import { fitLines, fitTable } from "./fit.js";
import { reasonsOf, type Evaluation } from "../select/evaluate.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import { displayName, dominatedBy, lotteryField, placeOf, tieCodes, tieFields, tieLines, type TableOptions } from "./score.js";
import { num } from "./text.js";
import { wrapLines } from "./width.js";
import { localized, reasonText, unmetText, type Messages } from "../i18n/index.js";
import type { Reason } from "../select/reasons.js";

interface Row {
  rank: number;
  place: string;
  id: string;
  name: string;
  name_ko: string;
  kind: string;
  total: number;
  selected: boolean;
  reasons: readonly Reason[];
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
/** A row's reasons in words, joined. */
const why = (r: Row, m: Messages) => r.reasons.map((x) => reasonText(x, m)).join("; ");
const unmetTexts = (ev: Evaluation, m: Messages) => ev.selection.unmet.map((u) => unmetText(u, m));

/**
 * JSON: `reasons` (texts, in the language asked for) with `reason_codes` beside them (the same
 * reasons as codes and parameters, never translated); likewise `unmet`/`unmet_codes` and
 * `ties`/`tie_codes`.
 */
export function selectJson(ev: Evaluation, m: Messages, full = false): string {
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
      reasons: r.reasons.map((x) => reasonText(x, m)),
      reason_codes: r.reasons,
      ...dominatedBy(ev, r.index, full),
    })),
    ties: tieLines(ev, m),
    tie_codes: tieCodes(ev),
    unmet: unmetTexts(ev, m),
    unmet_codes: ev.selection.unmet,
  });
}

/** CSV: the headers and codes are the same in every language; the reasons column follows --lang. */
export function selectCsv(ev: Evaluation, m: Messages): string {
  return toCsv(
    ["rank", "id", "name", "name_ko", "kind", "total", "selected", "reasons", "codes"],
    [
      ...auditRows(ev).map((r) => [
        r.rank,
        r.id,
        r.name,
        r.name_ko,
        r.kind,
        round(r.total),
        r.selected,
        why(r, m),
        r.reasons.map((x) => x.code).join("; "),
      ]),
      // Rules that could not be met follow, one row each, so that the spreadsheet sees them too.
      ...ev.selection.unmet.map((u) => ["", "", m.select.unmetRow, "", "", "", false, unmetText(u, m), u.code]),
    ],
  );
}

export function selectMarkdown(ev: Evaluation, m: Messages): string {
  const picked = pickedIds(ev);
  const ties = tieLines(ev, m)
    .map((l) => `${l}\n\n`)
    .join("");
  const head = `${m.select.markdownHead({ rubric: localized(m, ev.contest.rubric.name, ev.contest.rubric.name_ko), strategy: m.common.strategy[strategyOf(ev)], n: picked.length, places: ev.contest.rules.teams, picked: picked.join(", ") || m.common.none })}\n\n${ties}`;
  const unmet = ev.selection.unmet.length
    ? `\n${m.select.unmetRules}\n\n${unmetTexts(ev, m)
        .map((u) => `- ${u}`)
        .join("\n")}\n`
    : "";
  const h = m.select.head;
  return (
    head +
    toMarkdownTable(
      [h.rank, h.id, h.name, h.kind, h.total, h.selected, h.reasons],
      auditRows(ev).map((r) => [r.place, r.id, r.name, r.kind, num(r.total), r.selected ? "✓" : "", why(r, m)]),
      ["r", "l", "l", "l", "r", "l", "l"],
    ) +
    unmet
  );
}

export function selectTable(ev: Evaluation, o: TableOptions, m: Messages): string {
  const s = o.style;
  const rows = auditRows(ev);
  const picked = rows.filter((r) => r.selected);
  const order = new Map(ev.selection.selected.map((i, k) => [ev.contest.teams[i]!.id, k]));
  picked.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const lines: string[] = [];
  lines.push(
    ...fitLines(
      [
        m.select.title({
          rubric: s.bold(localized(m, ev.contest.rubric.name, ev.contest.rubric.name_ko)),
          strategy: m.common.strategy[strategyOf(ev)],
          places: ev.contest.rules.teams,
        }),
      ],
      o.columns,
      o.wide,
    ),
  );
  lines.push("");
  lines.push(s.bold(m.select.picked({ n: picked.length })));
  picked.forEach((r, k) =>
    lines.push(
      ...fitLines([`  ${k + 1}. ${s.green(r.id.padEnd(10))} ${num(r.total).padStart(6)}  ${displayName(r, m)}`], o.columns, o.wide),
    ),
  );
  if (picked.length === 0) lines.push(`  ${m.common.none}`);
  lines.push("");
  for (const l of tieLines(ev, m)) lines.push(...wrapLines(l, o.wide ? Infinity : o.columns).map((x) => s.yellow(x)), "");
  lines.push(s.bold(m.select.audit));
  const fitted = fitTable(
    [
      { head: s.bold("#"), cells: rows.map((r) => r.place), align: "right" },
      { head: s.bold(m.select.head.consortium), cells: rows.map((r) => r.id) },
      { head: s.bold(m.select.head.total), cells: rows.map((r) => num(r.total)), align: "right" },
      { head: "", cells: rows.map((r) => (r.selected ? s.green("✔") : s.dim("·"))) },
      { head: s.bold(m.select.head.why), cells: rows.map((r) => why(r, m)), wrapMin: 16 },
    ],
    {
      columns: o.columns,
      wide: o.wide,
      table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
    },
  );
  lines.push(fitted.text);
  if (ev.selection.unmet.length) {
    lines.push("");
    lines.push(s.yellow(s.bold(m.select.unmetRules)));
    for (const u of unmetTexts(ev, m)) lines.push(...fitLines([`  - ${u}`], o.columns, o.wide).map((l) => s.yellow(l)));
  }
  return `${lines.join("\n")}\n`;
}

/** `panel` output in four formats: each team's panel score per criterion, agreement, recusals, sway. */
import { fitLines, fitTable, hiddenNote, type FitColumn } from "./fit.js";
import { alphaWords, type PanelReport } from "../panel/report.js";
import type { PanelCell } from "../panel/compute.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";

const n2 = (n: number | null) => (n === null ? "" : String(round(n, 2)));
const n3 = (n: number | null) => (n === null ? "–" : n.toFixed(3));
const list = (xs: readonly string[]) => xs.join(" ");

function cellRows(r: PanelReport): { team: string; cell: PanelCell }[] {
  return r.result.teams.flatMap((t) => t.cells.map((cell) => ({ team: t.id, cell })));
}

export function panelJson(r: PanelReport): string {
  const spec = r.result.spec;
  return toJson({
    panel: {
      reviews: r.result.source,
      reviewers: r.result.reviewers.map((x) => x.id),
      aggregate: spec.aggregate,
      ...(spec.aggregate === "trimmed-mean" ? { trim: spec.trim } : {}),
      min_reviewers: spec.minReviewers,
      recusal: spec.recusal,
    },
    teams: r.result.teams.map((t) => ({
      id: t.id,
      criteria: Object.fromEntries(
        t.cells.map((c) => [
          c.criterion,
          { value: c.value, n: c.n, min: c.min, max: c.max, sd: c.sd, recused: c.recused, dropped: c.dropped, from_file: c.fromFile },
        ]),
      ),
    })),
    agreement: Object.fromEntries(r.agreement.map((a) => [a.criterion, { alpha: a.alpha, w: a.w }])),
    recusals: r.result.recusals,
    picked: r.picked,
    ...(r.influence
      ? {
          influence: r.influence.map((i) => ({
            reviewer: i.reviewer,
            changes: i.gained.length + i.lost.length > 0,
            picked: i.picked ?? null,
            in: i.gained,
            out: i.lost,
            ...(i.problem ? { problem: i.problem } : {}),
          })),
        }
      : {}),
  });
}

export function panelCsv(r: PanelReport): string {
  if (r.influence) {
    return toCsv(
      ["reviewer", "changes", "in", "out", "picked_without", "problem"],
      r.influence.map((i) => [i.reviewer, i.gained.length + i.lost.length > 0, i.gained.join(";"), i.lost.join(";"), i.picked?.join(";") ?? "", i.problem ?? ""]),
    );
  }
  return toCsv(
    ["team", "criterion", "value", "n", "min", "max", "sd", "recused", "dropped", "from_file"],
    cellRows(r).map(({ team, cell: c }) => [team, c.criterion, round(c.value, 4), c.n, c.min, c.max, c.sd === null ? null : round(c.sd, 4), c.recused.join(";"), c.dropped.join(";"), c.fromFile]),
  );
}

function header(r: PanelReport): string {
  const s = r.result.spec;
  const how =
    s.aggregate === "trimmed-mean" ? `trimmed mean (trim ${s.trim})` : s.aggregate === "olympic" ? "olympic (highest and lowest dropped)" : s.aggregate === "z-mean" ? "z-mean (each reviewer standardised)" : s.aggregate;
  return `${r.result.reviewers.length} reviewers in ${r.result.source}\naggregate: ${how} · recusal: ${s.recusal} · at least ${s.minReviewers} valid score${s.minReviewers === 1 ? "" : "s"} each`;
}

function notes(r: PanelReport): string[] {
  const out: string[] = [];
  for (const c of r.result.criteria) if (!c.scored) out.push(`No reviewer scored ${c.id}: the consortium files' values are used for it.`);
  if (r.result.recusals.length === 0) out.push(r.result.spec.recusal === "none" ? "Recusal is off (panel.recusal: none)." : "No reviewer was recused.");
  for (const x of r.result.recusals) out.push(`Recused: ${x.reviewer} from ${x.team} (affiliation: ${x.organisation}), on every criterion.`);
  return out;
}

function agreementLines(r: PanelReport): string[] {
  const lines = ["Agreement (Krippendorff's α, interval: 1 = full, 0 = no more than chance):"];
  const width = Math.max(...r.agreement.map((a) => a.criterion.length));
  const missingW: string[] = [];
  for (const a of r.agreement) {
    const name = a.criterion.padEnd(width);
    if (a.scores === 0) {
      lines.push(`  ${name}  no reviewer scored it`);
      continue;
    }
    if (a.w === null) missingW.push(a.criterion);
    lines.push(`  ${name}  α ${n3(a.alpha).padStart(6)}  W ${(a.w === null ? "–" : a.w.toFixed(3)).padStart(5)}  ${alphaWords(a.alpha)}`);
  }
  lines.push("Kendall's W: 1 = every reviewer orders the teams alike, 0 = no common order;");
  const why = r.agreement.filter((a) => a.scores > 0 && a.w === null).map((a) => a.wNote);
  lines.push(missingW.length ? `  – where it does not apply: ${[...new Set(why)].join("; ")}.` : "  every reviewer scored every team.");
  return lines;
}

function influenceLines(r: PanelReport): string[] {
  const inf = r.influence!;
  const lines = [`Picked with the whole panel: ${r.picked.join(", ") || "none"}.`];
  const changing = inf.filter((i) => i.gained.length + i.lost.length > 0);
  for (const i of changing) lines.push(`  without ${i.reviewer}: ${[...i.gained.map((id) => `${id} in`), ...i.lost.map((id) => `${id} out`)].join(", ")}`);
  for (const i of inf.filter((x) => x.problem)) lines.push(`  without ${i.reviewer}: no panel (${i.problem})`);
  const steady = inf.filter((i) => !i.problem && i.gained.length + i.lost.length === 0).map((i) => i.reviewer);
  if (changing.length === 0) lines.push("  No single reviewer's absence changes the picked set.");
  if (steady.length) lines.push(`  Without any one of ${steady.join(", ")}: the same teams.`);
  return lines;
}

export function panelMarkdown(r: PanelReport): string {
  if (r.influence) return [`# One reviewer's sway`, "", header(r).replace("\n", "; "), "", ...influenceLines(r).map((l) => l.replace(/^ {2}/, "- "))].join("\n") + "\n";
  const table = toMarkdownTable(
    ["team", "criterion", "score", "n", "min", "max", "SD", "recused", "dropped"],
    cellRows(r).map(({ team, cell: c }) => [team, c.criterion, c.fromFile ? `${n2(c.value)} (file)` : n2(c.value), c.n, n2(c.min), n2(c.max), n2(c.sd), list(c.recused), list(c.dropped)]),
    ["l", "l", "r", "r", "r", "r", "r", "l", "l"],
  );
  return [header(r).replace("\n", "; "), "", table, ...agreementLines(r).map((l) => l.replace(/^ {2}/, "- ")), "", ...notes(r)].join("\n") + "\n";
}

export function panelTable(r: PanelReport, o: TableOptions): string {
  const s = o.style;
  const fit = (lines: string[]) => fitLines(lines.flatMap((l) => l.split("\n")), o.columns, o.wide);
  if (r.influence) return fit([header(r), ...influenceLines(r)]).join("\n") + "\n";
  const cells = cellRows(r);
  const teams = cells.map(({ team }, i) => (i > 0 && cells[i - 1]!.team === team ? "" : team));
  const col = (head: string, values: readonly (string | number)[], more: Partial<FitColumn> = {}): FitColumn => ({ head: s.bold(head), name: head, cells: values.map(String), ...more });
  const fitted = fitTable(
    [
      col("team", teams),
      col("criterion", cells.map(({ cell: c }) => c.criterion)),
      col("score", cells.map(({ cell: c }) => (c.fromFile ? `${n2(c.value)} file` : n2(c.value))), { align: "right" }),
      col("n", cells.map(({ cell: c }) => c.n), { align: "right", drop: 6 }),
      col("min", cells.map(({ cell: c }) => n2(c.min)), { align: "right", drop: 4 }),
      col("max", cells.map(({ cell: c }) => n2(c.max)), { align: "right", drop: 5 }),
      col("SD", cells.map(({ cell: c }) => n2(c.sd)), { align: "right", drop: 3 }),
      col("recused", cells.map(({ cell: c }) => list(c.recused)), { drop: 2 }),
      col("dropped", cells.map(({ cell: c }) => list(c.dropped)), { drop: 1 }),
    ],
    { columns: o.columns, wide: o.wide, table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } } },
  );
  return [...fit([header(r)]), fitted.text, ...hiddenNote(fitted.hidden, o.columns).map((l) => s.dim(l)), "", ...fit(agreementLines(r)), "", ...fit(notes(r))].join("\n") + "\n";
}

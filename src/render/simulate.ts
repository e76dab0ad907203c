/**
 * `simulate` output in four formats: one row per consortium, sorted by the probability of being
 * picked, then the most likely set and the runs that left a rule unmet.
 */
import Table from "cli-table3";
import type { Contest } from "../model/contest.js";
import type { SimulationReport, TeamResult } from "../simulate/summary.js";
import type { TableOptions } from "./score.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import { thousands } from "../simulate/format.js";
import { bar, num, pct } from "./text.js";

export interface SimulateView {
  readonly contest: Contest;
  readonly report: SimulationReport;
  /** The runs and seed, and how scores and weights were drawn, in words (table and Markdown headings). */
  readonly settings: { readonly runs: string; readonly draws: string };
}

const weightsOf = (v: SimulateView, r: TeamResult) =>
  r.central_weights ? Object.fromEntries(v.contest.criteria.map((c, i) => [c.id, r.central_weights![i]!])) : null;

export function simulateJson(v: SimulateView): string {
  const { report } = v;
  return toJson({
    runs: report.runs,
    seed: report.seed,
    results: report.results.map((r) => ({
      id: r.id,
      name: r.name,
      name_ko: r.name_ko,
      p_selected: r.p_selected,
      p_selected_margin: r.p_selected_margin,
      mean_rank: r.mean_rank,
      rank_probabilities: r.rank_probabilities,
      total_p05: r.total_p05,
      total_p50: r.total_p50,
      total_p95: r.total_p95,
      central_weights: weightsOf(v, r),
    })),
    most_likely_set: { ids: report.mostLikelySet.ids, frequency: report.mostLikelySet.frequency },
    unmet_runs: report.unmetRuns,
  });
}

export function simulateCsv(v: SimulateView): string {
  const ids = v.contest.criteria.map((c) => c.id);
  const n = v.report.results.length;
  const ranks = Array.from({ length: n }, (_, r) => `p_rank_${r + 1}`);
  return toCsv(
    ["id", "name", "name_ko", "kind", "p_selected", "p_selected_margin", "mean_rank", "total_p05", "total_p50", "total_p95", ...ranks, ...ids.map((id) => `central_weight_${id}`)],
    v.report.results.map((r) => [
      r.id,
      r.name,
      r.name_ko,
      r.kind,
      round(r.p_selected, 6),
      round(r.p_selected_margin, 6),
      round(r.mean_rank, 4),
      round(r.total_p05),
      round(r.total_p50),
      round(r.total_p95),
      ...r.rank_probabilities.map((p) => round(p, 6)),
      ...ids.map((_, i) => (r.central_weights ? round(r.central_weights[i]!, 6) : "")),
    ]),
  );
}

const pSel = (r: TeamResult) => `${pct(r.p_selected)} ±${num(r.p_selected_margin * 100, 1)}`;
const totals = (r: TeamResult) => `${num(r.total_p05, 1)} · ${num(r.total_p50, 1)} · ${num(r.total_p95, 1)}`;
const central = (r: TeamResult) => (r.central_weights ? r.central_weights.map((w) => num(w * 100, 0)).join("/") : "–");

function footer(v: SimulateView): string[] {
  const { report } = v;
  const set = report.mostLikelySet;
  return [
    `most likely set: ${set.ids.join(", ") || "(none)"} — ${pct(set.frequency)} of runs`,
    `mean picks per run: ${num(report.meanPicks, 2)} · runs with a rule unmet: ${thousands(report.unmetRuns)} · ± is the 95 % margin`,
  ];
}

export function simulateMarkdown(v: SimulateView): string {
  const ids = v.contest.criteria.map((c) => c.id);
  const head = `**${v.contest.rubric.name}** — ${v.settings.runs}; ${v.settings.draws}\n\n`;
  const table = toMarkdownTable(
    ["id", "name", "kind", "P(picked)", "± 95 %", "mean rank", "total p5", "p50", "p95", `central weights (${ids.join("/")})`],
    v.report.results.map((r) => [r.id, r.name, r.kind, pct(r.p_selected), pct(r.p_selected_margin), num(r.mean_rank), num(r.total_p05), num(r.total_p50), num(r.total_p95), central(r)]),
    ["l", "l", "l", "r", "r", "r", "r", "r", "r", "l"],
  );
  return head + table + "\n" + footer(v).map((l) => `- ${l}`).join("\n") + "\n";
}

export function simulateTable(v: SimulateView, o: TableOptions): string {
  const s = o.style;
  const ids = v.contest.criteria.map((c) => c.id);
  const wide = o.wide;
  const head = ["#", "consortium", ...(wide ? ["kind"] : []), "P(picked)", "", "mean rank", "total p5 · p50 · p95", ...(wide ? [`central weights (${ids.join("/")})`] : [])];
  const table = new Table({
    head: head.map((h) => s.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: ["right", "left", ...(wide ? ["left" as const] : []), "right", "left", "right", "right", ...(wide ? ["left" as const] : [])],
  });
  v.report.results.forEach((r, i) => {
    const id = r.p_selected >= 0.5 ? s.bold(r.id) : r.id;
    table.push([String(i + 1), id, ...(wide ? [r.kind] : []), pSel(r), s.cyan(bar(r.p_selected, wide ? 20 : 8)), num(r.mean_rank, 1), totals(r), ...(wide ? [central(r)] : [])]);
  });
  const title = `${s.bold(v.contest.rubric.name)} — ${v.settings.runs}`;
  return [title, s.dim(v.settings.draws), table.toString(), ...footer(v).map((l) => s.dim(l))].join("\n") + "\n";
}

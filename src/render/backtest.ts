/** `backtest` output in four formats: picks against what happened, scored probabilities, the inverse question. */
import { fitLines } from "./fit.js";
import type { Backtest } from "../programme/backtest.js";
import { round, toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { num, pct } from "./text.js";
import { labelled } from "./width.js";

const opt = (x: number | null, d = 3) => (x === null ? "n/a" : num(x, d));

export function backtestJson(b: Backtest): string {
  return toJson({
    stage: b.stage.id,
    date: b.stage.date,
    rubric: b.rubric,
    k: b.k,
    predicted: b.predicted,
    actual: b.actual,
    hits: b.hits,
    precision: b.precision,
    recall: b.recall,
    brier: b.brier,
    log_loss: b.log_loss,
    baseline: { brier: b.baseline.brier, log_loss: b.baseline.log_loss, p: b.baseline.p },
    probabilities: b.probabilities,
    totals: b.totals,
    published: b.published,
    inverse: { share: b.inverse.share, mean_weights: b.inverse.mean_weights, samples: b.inverse.samples },
    inverse_points: b.inverse_points,
    data: b.data,
    settings: b.settings,
    notes: b.notes,
  });
}

/** One row per entrant: model total and pick, P(advance), what happened. */
export function backtestCsv(b: Backtest): string {
  const outcome = new Map(b.stage.results.map((r) => [r.id, r.outcome]));
  const rows: Cell[][] = b.contest.teams.map((t) => [b.stage.id, t.id, round(b.totals[t.id]!, 4), b.predicted.includes(t.id), round(b.probabilities[t.id]!, 6), outcome.get(t.id) ?? "", b.actual.includes(t.id)]);
  return toCsv(["stage", "id", "model_total", "predicted", "p_advance", "outcome", "advanced"], rows);
}

function summary(b: Backtest): [string, string][] {
  const inv = b.inverse;
  const w = inv.mean_weights ? Object.entries(inv.mean_weights).map(([k, v]) => `${k} ${pct(v)}`).join(" · ") : "none: no sampled weighting reproduces the decision";
  return [
    ["rubric", `${b.rubric.name}${b.rubric.published ? "" : " (none published for this stage)"}`],
    ["predicted", `${b.predicted.join(", ")} (the ${b.k} planned)`],
    ["actual", b.actual.join(", ")],
    ["hits", `${b.hits} · precision ${opt(b.precision)} · recall ${opt(b.recall)}`],
    ["Brier", `${num(b.brier, 4)} (baseline ${num(b.baseline.brier, 4)}: every entrant at ${b.k}/${b.stage.entrants.length})`],
    ["log loss", `${num(b.log_loss, 4)} (baseline ${num(b.baseline.log_loss, 4)}; probabilities clipped to [0.001, 0.999])`],
    ["published", b.published ? `Spearman ${opt(b.published.spearman)} · Kendall τ-b ${opt(b.published.kendall_tau_b)} (${b.published.basis})` : "no published scores"],
    ["inverse", `${pct(inv.share)} of ${inv.samples.toLocaleString("en-US")} weightings (uniform on the simplex, seed ${b.settings.seed}) pick exactly the actual set`],
    ["  weights", w],
    ...(b.inverse_points
      ? ([
          ["on points", `${pct(b.inverse_points.share)} pick exactly the top ${b.inverse_points.set.length} on points before the gate (${b.inverse_points.set.join(", ")})`],
          ["  weights", b.inverse_points.mean_weights ? Object.entries(b.inverse_points.mean_weights).map(([k, v]) => `${k} ${pct(v)}`).join(" · ") : "none"],
        ] as [string, string][])
      : []),
  ];
}

export function backtestMarkdown(b: Backtest): string {
  const outcome = new Map(b.stage.results.map((r) => [r.id, r.outcome]));
  const rows = [...b.contest.teams].sort((x, y) => b.totals[y.id]! - b.totals[x.id]!).map((t) => [t.id, num(b.totals[t.id]!), b.predicted.includes(t.id) ? "✓" : "", pct(b.probabilities[t.id]!), outcome.get(t.id) ?? ""]);
  return [
    `**Backtest of \`${b.stage.id}\`** (${b.stage.date}), ${b.settings.runs.toLocaleString("en-US")} runs, seed ${b.settings.seed}.`,
    "",
    toMarkdownTable(["team", "model total", "predicted", "P(advance)", "outcome"], rows, ["l", "r", "l", "r", "l"]),
    ...summary(b).map(([k, v]) => `- **${k.trim()}**: ${v}`),
    ...b.notes.map((n) => `- ${n}`),
    "",
  ].join("\n");
}

export function backtestTable(b: Backtest, o: TableOptions): string {
  const outcome = new Map(b.stage.results.map((r) => [r.id, r.outcome]));
  const teams = [...b.contest.teams].sort((x, y) => b.totals[y.id]! - b.totals[x.id]!);
  const idw = Math.max(4, ...teams.map((t) => t.id.length));
  const head = `${"team".padEnd(idw)}  ${"total".padStart(6)}  pick  ${"P(adv)".padStart(7)}  outcome`;
  const lines = teams.map((t) => `${t.id.padEnd(idw)}  ${num(b.totals[t.id]!).padStart(6)}  ${(b.predicted.includes(t.id) ? "✓" : "·").padEnd(4)}  ${pct(b.probabilities[t.id]!).padStart(7)}  ${outcome.get(t.id) ?? ""}`);
  const width = Math.max(40, o.columns);
  return [
    ...fitLines([`Backtest: ${b.stage.id} (${b.stage.date}) · ${b.settings.runs.toLocaleString("en-US")} runs, seed ${b.settings.seed}`], width, false).map((l) => o.style.bold(l)),
    o.style.dim(head),
    ...lines,
    "",
    labelled(summary(b), width),
    ...(b.notes.length ? ["", labelled(b.notes.map((n, i) => [i === 0 ? "notes" : "", n] as [string, string]), width)] : []),
    "",
  ].join("\n");
}

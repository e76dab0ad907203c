/** `backtest` output in four formats: picks against what happened, scored probabilities, the inverse question. */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { displayWidth } from "./width.js";
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
/** Padded to `n` columns by display width (Hangul takes two). */
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - displayWidth(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - displayWidth(s))) + s;

export function backtestCsv(b: Backtest): string {
  const outcome = new Map(b.stage.results.map((r) => [r.id, r.outcome]));
  const rows: Cell[][] = b.contest.teams.map((t) => [
    b.stage.id,
    t.id,
    round(b.totals[t.id]!, 4),
    b.predicted.includes(t.id),
    round(b.probabilities[t.id]!, 6),
    outcome.get(t.id) ?? "",
    b.actual.includes(t.id),
  ]);
  return toCsv(["stage", "id", "model_total", "predicted", "p_advance", "outcome", "advanced"], rows);
}

function summary(b: Backtest, m: Messages): [string, string][] {
  const inv = b.inverse;
  const t = m.backtest;
  const l = t.label;
  const w = inv.mean_weights
    ? Object.entries(inv.mean_weights)
        .map(([k, v]) => `${k} ${pct(v)}`)
        .join(" · ")
    : t.noneReproduces;
  return [
    [l.rubric, t.rubric({ name: localized(m, b.rubric.name, b.rubric.name_ko), published: b.rubric.published })],
    [l.predicted, t.predicted({ list: b.predicted.join(", "), k: b.k })],
    [l.actual, b.actual.join(", ")],
    [l.hits, t.hits({ hits: b.hits, precision: opt(b.precision), recall: opt(b.recall) })],
    [l.brier, t.brier({ brier: num(b.brier, 4), baseline: num(b.baseline.brier, 4), k: b.k, n: b.stage.entrants.length })],
    [l.logLoss, t.logLoss({ loss: num(b.log_loss, 4), baseline: num(b.baseline.log_loss, 4) })],
    [
      l.published,
      b.published
        ? t.correlation({ spearman: opt(b.published.spearman), tau: opt(b.published.kendall_tau_b), basis: b.published.basis })
        : t.noScores,
    ],
    [l.inverse, t.inverse({ share: pct(inv.share), samples: inv.samples.toLocaleString("en-US"), seed: b.settings.seed })],
    [l.weights, w],
    ...(b.inverse_points
      ? ([
          [
            l.onPoints,
            t.onPoints({ share: pct(b.inverse_points.share), n: b.inverse_points.set.length, list: b.inverse_points.set.join(", ") }),
          ],
          [
            l.weights,
            b.inverse_points.mean_weights
              ? Object.entries(b.inverse_points.mean_weights)
                  .map(([k, v]) => `${k} ${pct(v)}`)
                  .join(" · ")
              : t.none,
          ],
        ] as [string, string][])
      : []),
  ];
}

export function backtestMarkdown(b: Backtest, m: Messages = en): string {
  const outcome = new Map(b.stage.results.map((r) => [r.id, m.timeline.outcome[r.outcome]]));
  const h = m.backtest.head;
  const rows = [...b.contest.teams]
    .sort((x, y) => b.totals[y.id]! - b.totals[x.id]!)
    .map((t) => [t.id, num(b.totals[t.id]!), b.predicted.includes(t.id) ? "✓" : "", pct(b.probabilities[t.id]!), outcome.get(t.id) ?? ""]);
  return [
    m.backtest.mdTitle({
      stage: b.stage.id,
      date: String(b.stage.date),
      runs: b.settings.runs.toLocaleString("en-US"),
      seed: b.settings.seed,
    }),
    "",
    toMarkdownTable([h.team, h.modelTotal, h.predicted, h.pAdvance, h.outcome], rows, ["l", "r", "l", "r", "l"]),
    ...summary(b, m).map(([k, v]) => `- **${k.trim()}**: ${v}`),
    ...b.notes.map((n) => `- ${n}`),
    "",
  ].join("\n");
}

export function backtestTable(b: Backtest, o: TableOptions, m: Messages = en): string {
  const outcome = new Map(b.stage.results.map((r) => [r.id, m.timeline.outcome[r.outcome]]));
  const h = m.backtest.head;
  const teams = [...b.contest.teams].sort((x, y) => b.totals[y.id]! - b.totals[x.id]!);
  const idw = Math.max(4, ...teams.map((t) => t.id.length));
  const head = `${padEnd(h.team, idw)}  ${padStart(h.total, 6)}  ${padEnd(h.pick, 4)}  ${padStart(h.pAdv, 7)}  ${h.outcome}`;
  const lines = teams.map(
    (t) =>
      `${t.id.padEnd(idw)}  ${num(b.totals[t.id]!).padStart(6)}  ${(b.predicted.includes(t.id) ? "✓" : "·").padEnd(4)}  ${pct(b.probabilities[t.id]!).padStart(7)}  ${outcome.get(t.id) ?? ""}`,
  );
  const width = Math.max(40, o.columns);
  return [
    ...fitLines(
      [
        m.backtest.title({
          stage: b.stage.id,
          date: String(b.stage.date),
          runs: b.settings.runs.toLocaleString("en-US"),
          seed: b.settings.seed,
        }),
      ],
      width,
      false,
    ).map((l) => o.style.bold(l)),
    o.style.dim(head),
    ...lines,
    "",
    labelled(summary(b, m), width),
    ...(b.notes.length
      ? [
          "",
          labelled(
            b.notes.map((n, i) => [i === 0 ? m.backtest.label.notes : "", n] as [string, string]),
            width,
          ),
        ]
      : []),
    "",
  ].join("\n");
}

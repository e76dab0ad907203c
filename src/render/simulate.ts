/**
 * `simulate` output in four formats: one row per consortium, sorted by the probability of being
 * picked, then the most likely set and the runs that left a rule unmet.
 */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { fitTable, hiddenNote, type FitColumn } from "./fit.js";
import type { Contest } from "../model/contest.js";
import type { SimulationReport, TeamResult } from "../simulate/summary.js";
import type { TableOptions } from "./score.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import { thousands } from "../simulate/format.js";
import { bar, num, pct } from "./text.js";
import { wrapLines } from "./width.js";

export interface SimulateView {
  readonly contest: Contest;
  readonly report: SimulationReport;
  /**
   * The runs and seed, how scores and weights were drawn, and what that means (what varies, and that
   * it is not a forecast), in words (table and Markdown headings).
   */
  readonly settings: { readonly runs: string; readonly draws: string; readonly meaning: string };
  /** What the JSON says about its own inputs. */
  readonly meta: {
    readonly rubricFile: string;
    readonly distribution: string;
    /** The Dirichlet concentration, or "uniform" / "fixed". */
    readonly weightConcentration: number | "uniform" | "fixed";
    readonly version: string;
  };
}

const vectorOf = (v: SimulateView, w: readonly number[] | null) =>
  w ? Object.fromEntries(v.contest.criteria.map((c, i) => [c.id, w[i]!])) : null;

export function simulateJson(v: SimulateView): string {
  const { report, contest } = v;
  return toJson({
    version: v.meta.version,
    rubric: {
      name: contest.rubric.name,
      file: v.meta.rubricFile,
      weights: Object.fromEntries(contest.criteria.map((c, i) => [c.id, contest.weights[i]])),
    },
    scores_distribution: v.meta.distribution,
    weight_concentration: v.meta.weightConcentration,
    runs: report.runs,
    seed: report.seed,
    meaning: v.settings.meaning,
    results: report.results.map((r) => ({
      place: r.place,
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
      picked_weights: vectorOf(v, r.picked_weights),
      p_first: r.p_first,
      central_weights: vectorOf(v, r.central_weights),
      confidence: r.confidence,
    })),
    likely_sets: report.likelySets,
    most_likely_set: { ids: report.mostLikelySet.ids, frequency: report.mostLikelySet.frequency },
    unmet_runs: report.unmetRuns,
  });
}

export function simulateCsv(v: SimulateView): string {
  const ids = v.contest.criteria.map((c) => c.id);
  // The ranks counted (all of them with --full, else the first RANK_ROWS).
  const n = v.report.results[0]?.rank_probabilities.length ?? 0;
  const ranks = Array.from({ length: n }, (_, r) => `p_rank_${r + 1}`);
  return toCsv(
    [
      "place",
      "id",
      "name",
      "name_ko",
      "kind",
      "p_selected",
      "p_selected_margin",
      "mean_rank",
      "total_p05",
      "total_p50",
      "total_p95",
      ...ranks,
      ...ids.map((id) => `picked_weight_${id}`),
      "p_first",
      ...ids.map((id) => `central_weight_${id}`),
      "confidence",
    ],
    v.report.results.map((r) => [
      r.place,
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
      ...ids.map((_, i) => (r.picked_weights ? round(r.picked_weights[i]!, 6) : "")),
      round(r.p_first, 6),
      ...ids.map((_, i) => (r.central_weights ? round(r.central_weights[i]!, 6) : "")),
      r.confidence === null ? "" : round(r.confidence, 6),
    ]),
  );
}

const pSel = (r: TeamResult) => `${pct(r.p_selected)} ±${num(r.p_selected_margin * 100, 1)}`;
const totals = (r: TeamResult) => `${num(r.total_p05, 1)} · ${num(r.total_p50, 1)} · ${num(r.total_p95, 1)}`;
const vector = (w: readonly number[] | null) => (w ? w.map((x) => num(x * 100, 0)).join("/") : "–");

function footer(v: SimulateView, m: Messages): string[] {
  return [m.simulate.footer({ mean: num(v.report.meanPicks, 2), unmet: thousands(v.report.unmetRuns) })];
}

/** The most likely sets, one line each: "14.2 %  kakao, kt, lg, naver, skt". */
function setLines(v: SimulateView, m: Messages): string[] {
  const sets = v.report.likelySets;
  if (!sets.length) return [];
  return [
    m.simulate.sets({ n: sets.length }),
    ...sets.map((x) => `${pct(x.share).padStart(7)}  ${x.ids.join(", ") || m.simulate.noneSet}`),
  ];
}

export function simulateMarkdown(v: SimulateView, m: Messages = en): string {
  const ids = v.contest.criteria.map((c) => c.id);
  const h = m.simulate.head;
  const md = m.simulate.md;
  const head = `**${localized(m, v.contest.rubric.name, v.contest.rubric.name_ko)}** — ${v.settings.runs}; ${v.settings.draws}\n\n${v.settings.meaning}\n\n`;
  const table = toMarkdownTable(
    [
      md.place,
      "id",
      md.name,
      h.kind,
      h.pPicked,
      md.margin,
      h.meanRank,
      md.total5,
      "p50",
      "p95",
      h.pickedWeights({ ids: ids.join("/") }),
      h.pFirst,
      md.centralWeights,
      h.confidence,
    ],
    v.report.results.map((r) => [
      r.place,
      r.id,
      r.name,
      r.kind,
      pct(r.p_selected),
      pct(r.p_selected_margin),
      num(r.mean_rank),
      num(r.total_p05),
      num(r.total_p50),
      num(r.total_p95),
      vector(r.picked_weights),
      pct(r.p_first),
      vector(r.central_weights),
      r.confidence === null ? "–" : pct(r.confidence),
    ]),
    ["r", "l", "l", "l", "r", "r", "r", "r", "r", "r", "l", "r", "l", "r"],
  );
  const sets = v.report.likelySets.length
    ? "\n" +
      toMarkdownTable(
        [md.share, md.set],
        v.report.likelySets.map((x) => [pct(x.share), x.ids.join(", ") || m.simulate.noneSet]),
        ["r", "l"],
      )
    : "";
  return (
    head +
    table +
    sets +
    "\n" +
    footer(v, m)
      .map((l) => `- ${l}`)
      .join("\n") +
    "\n"
  );
}

export function simulateTable(v: SimulateView, o: TableOptions, m: Messages = en): string {
  const s = o.style;
  const h = m.simulate.head;
  const ids = v.contest.criteria.map((c) => c.id);
  const rs = v.report.results;
  const bars = (n: number) => ({ head: "", cells: rs.map((r) => s.cyan(bar(r.p_selected, n))) });
  const fitted = fitTable(
    [
      { head: "#", cells: rs.map((r) => r.place), align: "right" },
      { head: h.consortium, cells: rs.map((r) => (r.p_selected >= 0.5 ? s.bold(r.id) : r.id)) },
      { head: h.kind, cells: rs.map((r) => r.kind), drop: 5 },
      { head: h.pPicked, cells: rs.map(pSel), align: "right" },
      { ...bars(20), name: m.simulate.bar, drop: 6, narrower: [bars(10), bars(8), bars(6)] },
      { head: h.meanRank, cells: rs.map((r) => num(r.mean_rank, 1)), align: "right", drop: 7 },
      { head: h.totals, cells: rs.map(totals), align: "right", drop: 8 },
      { head: h.pickedWeights({ ids: ids.join("/") }), name: h.pickedWeightsName, cells: rs.map((r) => vector(r.picked_weights)), drop: 3 },
      { head: h.pFirst, cells: rs.map((r) => pct(r.p_first)), align: "right", drop: 4 },
      { head: h.central, name: h.centralName, cells: rs.map((r) => vector(r.central_weights)), drop: 1 },
      { head: h.confidence, cells: rs.map((r) => (r.confidence === null ? "–" : pct(r.confidence))), align: "right", drop: 2 },
    ].map((c) => ({ ...c, head: c.head && s.bold(c.head) }) as FitColumn),
    {
      columns: o.columns,
      wide: o.wide,
      table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
    },
  );
  const title = `${s.bold(localized(m, v.contest.rubric.name, v.contest.rubric.name_ko))} — ${v.settings.runs}`;
  const fit = (l: string) => (o.wide ? [l] : wrapLines(l, o.columns));
  return `${[
    title,
    ...fit(v.settings.draws).map((l) => s.dim(l)),
    ...fit(v.settings.meaning),
    fitted.text,
    ...hiddenNote(fitted.hidden, o.columns, m).map((l) => s.dim(l)),
    ...setLines(v, m),
    ...footer(v, m)
      .flatMap(fit)
      .map((l) => s.dim(l)),
  ].join("\n")}\n`;
}

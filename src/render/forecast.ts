/** `forecast` output in four formats: each remaining team's P(advance) and P(final), the rules, the assumptions. */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { displayWidth } from "./width.js";
import { hiddenNote } from "./fit.js";
import type { Forecast } from "../programme/forecast.js";
import { stageWhen } from "../programme/load.js";
import { round, toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { bar, num, pct } from "./text.js";
import { labelled } from "./width.js";

/** Padded to `n` columns by display width (Hangul takes two). */
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - displayWidth(s)));

export function forecastJson(f: Forecast): string {
  return toJson({
    from_stage: f.from.id,
    next_stage: {
      id: f.next.id,
      expected: stageWhen(f.next),
      entrants: f.next.entrants,
      advance: f.advance,
      final: f.final,
      gates: f.gates,
    },
    remaining: f.remaining,
    rubric: f.rubric,
    teams: f.teams.map((t) => ({
      id: t.id,
      name: t.name,
      p_advance: t.p_advance,
      p_final: t.p_final,
      mean_rank: t.mean_rank,
      data_as_of: t.data_as_of,
    })),
    assumptions: f.assumptions,
    sources_until: f.sources_until,
    settings: f.settings,
  });
}

export function forecastCsv(f: Forecast): string {
  const rows: Cell[][] = f.teams.map((t) => [
    f.next.id,
    t.id,
    t.name,
    round(t.p_advance, 6),
    f.final === null ? "" : round(t.p_final, 6),
    round(t.mean_rank, 4),
    t.data_as_of ?? "",
  ]);
  return toCsv(["stage", "id", "name", "p_advance", "p_final", "mean_rank", "data_as_of"], rows);
}

function head(f: Forecast, m: Messages): string {
  return m.forecast.head({
    from: f.from.id,
    fromWhen: stageWhen(f.from),
    remaining: f.remaining.length,
    next: f.next.id,
    nextWhen: stageWhen(f.next),
    advance: f.advance,
    entrants: f.next.entrants.length,
    final: f.final,
    rubric: localized(m, f.rubric.name, f.rubric.name_ko),
    assumed: !f.rubric.published,
    runs: f.settings.runs.toLocaleString("en-US"),
    seed: f.settings.seed,
  });
}

export function forecastMarkdown(f: Forecast, m: Messages = en): string {
  const c = m.forecast.col;
  return [
    head(f, m),
    "",
    toMarkdownTable(
      [c.team, c.pAdvance, ...(f.final !== null ? [c.pFinal] : []), c.meanRank, c.asOf],
      f.teams.map((t) => [t.id, pct(t.p_advance), ...(f.final !== null ? [pct(t.p_final)] : []), num(t.mean_rank), t.data_as_of ?? "?"]),
      ["l", "r", ...(f.final !== null ? ["r" as const] : []), "r", "l"],
    ),
    m.forecast.restsOn,
    "",
    ...f.assumptions.map((a) => `- ${a}`),
    "",
  ].join("\n");
}

export function forecastTable(f: Forecast, o: TableOptions, m: Messages = en): string {
  const c = m.forecast.col;
  const width = Math.max(40, o.columns);
  const idw = Math.max(4, ...f.teams.map((t) => t.id.length));
  const final = f.final !== null;
  // The bars go when the lines would not fit (their numbers stay), and a line says so.
  const full = idw + 2 + 18 + (final ? 20 : 0) + 2 + 4 + 2 + 10;
  const bars = o.wide || full <= width ? 10 : 0;
  const cell = (p: number) => (bars ? `${pct(p).padStart(7)} ${bar(p, bars).padEnd(bars)}` : pct(p).padStart(10));
  const lines = f.teams.map(
    (t) =>
      `${t.id.padEnd(idw)}  ${cell(t.p_advance)}${final ? `  ${cell(t.p_final)}` : ""}  ${num(t.mean_rank).padStart(4)}  ${t.data_as_of ?? "?"}`,
  );
  const colw = bars ? 18 : 10;
  return [
    labelled([["", head(f, m)]], width, 0),
    o.style.dim(`${pad(c.team, idw)}  ${pad(c.pAdvance, colw)}${final ? `  ${pad(c.pFinal, colw)}` : ""}  ${pad(c.rank, 4)}  ${c.asOf}`),
    ...lines,
    ...hiddenNote(bars ? [] : [m.forecast.bars], width, m).map((l) => o.style.dim(l)),
    "",
    labelled(
      f.assumptions.map((a, i) => [i === 0 ? m.forecast.assumes : "", a] as [string, string]),
      width,
    ),
    "",
  ].join("\n");
}

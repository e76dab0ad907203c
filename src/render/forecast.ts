/** `forecast` output in four formats: each remaining team's P(advance) and P(final), the rules, the assumptions. */
import { hiddenNote } from "./fit.js";
import type { Forecast } from "../programme/forecast.js";
import { stageWhen } from "../programme/load.js";
import { round, toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { bar, num, pct } from "./text.js";
import { labelled } from "./width.js";

export function forecastJson(f: Forecast): string {
  return toJson({
    from_stage: f.from.id,
    next_stage: { id: f.next.id, expected: stageWhen(f.next), entrants: f.next.entrants, advance: f.advance, final: f.final, gates: f.gates },
    remaining: f.remaining,
    rubric: f.rubric,
    teams: f.teams.map((t) => ({ id: t.id, name: t.name, p_advance: t.p_advance, p_final: t.p_final, mean_rank: t.mean_rank, data_as_of: t.data_as_of })),
    assumptions: f.assumptions,
    sources_until: f.sources_until,
    settings: f.settings,
  });
}

export function forecastCsv(f: Forecast): string {
  const rows: Cell[][] = f.teams.map((t) => [f.next.id, t.id, t.name, round(t.p_advance, 6), f.final === null ? "" : round(t.p_final, 6), round(t.mean_rank, 4), t.data_as_of ?? ""]);
  return toCsv(["stage", "id", "name", "p_advance", "p_final", "mean_rank", "data_as_of"], rows);
}

function head(f: Forecast): string {
  return `From ${f.from.id} (${stageWhen(f.from)}): ${f.remaining.length} teams remain. Next: ${f.next.id} (expected ${stageWhen(f.next)}), ${f.advance} of ${f.next.entrants.length} to advance${f.final !== null ? `, then ${f.final} in the final` : ""}. Rubric: ${f.rubric.name}${f.rubric.published ? "" : " (assumed)"}. ${f.settings.runs.toLocaleString("en-US")} runs, seed ${f.settings.seed}.`;
}

export function forecastMarkdown(f: Forecast): string {
  return [
    head(f),
    "",
    toMarkdownTable(["team", "P(advance)", ...(f.final !== null ? ["P(final)"] : []), "mean rank", "data as of"], f.teams.map((t) => [t.id, pct(t.p_advance), ...(f.final !== null ? [pct(t.p_final)] : []), num(t.mean_rank), t.data_as_of ?? "?"]), ["l", "r", ...(f.final !== null ? ["r" as const] : []), "r", "l"]),
    "**What this rests on, and what it does not know:**",
    "",
    ...f.assumptions.map((a) => `- ${a}`),
    "",
  ].join("\n");
}

export function forecastTable(f: Forecast, o: TableOptions): string {
  const width = Math.max(40, o.columns);
  const idw = Math.max(4, ...f.teams.map((t) => t.id.length));
  const final = f.final !== null;
  // The bars go when the lines would not fit (their numbers stay), and a line says so.
  const full = idw + 2 + 18 + (final ? 20 : 0) + 2 + 4 + 2 + 10;
  const bars = o.wide || full <= width ? 10 : 0;
  const cell = (p: number) => (bars ? `${pct(p).padStart(7)} ${bar(p, bars).padEnd(bars)}` : pct(p).padStart(10));
  const lines = f.teams.map((t) => `${t.id.padEnd(idw)}  ${cell(t.p_advance)}${final ? `  ${cell(t.p_final)}` : ""}  ${num(t.mean_rank).padStart(4)}  ${t.data_as_of ?? "?"}`);
  const colw = bars ? 18 : 10;
  return [
    labelled([["", head(f)]], width, 0),
    o.style.dim(`${"team".padEnd(idw)}  ${"P(advance)".padEnd(colw)}${final ? `  ${"P(final)".padEnd(colw)}` : ""}  rank  data as of`),
    ...lines,
    ...hiddenNote(bars ? [] : ["bars"], width).map((l) => o.style.dim(l)),
    "",
    labelled(f.assumptions.map((a, i) => [i === 0 ? "assumes" : "", a] as [string, string]), width),
    "",
  ].join("\n");
}

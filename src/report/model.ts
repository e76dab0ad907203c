/**
 * Everything the report shows, computed once from the contest: the ranking with ties, the pick and
 * its audit log, the weights' stable intervals and the points each team left out needs, the
 * simulation, a card per team and the sources. Plain data; html.ts and markdown.ts render it.
 */
import { sensitivityReport } from "../analyse/report.js";
import { explainCard, type Card } from "../explain/card.js";
import type { Contest } from "../model/contest.js";
import { changeText, neededText } from "../render/sensitivity.js";
import { placeOf, tieLines } from "../render/score.js";
import { num, pct } from "../render/text.js";
import { reasonsOf } from "../select/evaluate.js";
import { en, reasonText } from "../i18n/index.js";
import type { SimulationReport } from "../simulate/summary.js";
import { listSources, type SourceRow } from "../sources/listing.js";
import type { SourceRegistry } from "../sources/registry.js";

export interface ReportRow {
  place: string;
  id: string;
  name: string;
  name_ko: string;
  total: number;
  selected: boolean;
  reasons: readonly string[];
}

export interface WeightRow {
  id: string;
  label: string;
  weight: number;
  from: number;
  to: number;
  below: string;
  above: string;
}

export interface ReportModel {
  title: string;
  date: string;
  /** Where the date comes from, in words. */
  dateNote: string;
  command: string;
  rubric: { name: string; description: string; criteria: { id: string; label: string; weight: number; scale: string; levels: string }[]; bonuses: string[]; rules: string[] };
  teams: number;
  ranking: ReportRow[];
  ties: readonly string[];
  picked: string[];
  robustness: { weights: WeightRow[]; margin: string; needs: { id: string; total: number; needs: string }[] };
  simulation: { settings: string; meaning: string; rows: { id: string; p: number; low: number; high: number; meanRank: number }[]; likely: { ids: readonly string[]; share: number }[] } | null;
  cards: Card[];
  /** The records the consortia cite; uncited records in the folder are only counted. */
  sources: SourceRow[];
  uncitedSources: number;
}

export interface ReportInputs {
  contest: Contest;
  sources: SourceRegistry | undefined;
  simulation: SimulationReport | null;
  simulationSettings: string;
  command: string;
  /** --date, or undefined: then the latest `as_of` of the consortia, or `today`. */
  date: string | undefined;
  today: string;
}

function rulesText(contest: Contest): string[] {
  const r = contest.rules;
  const crit = (i: number) => contest.criteria[i]!.id;
  const out = [`up to ${r.teams} teams are picked, ${r.strategy === "best-set" ? "as the rule-abiding set with the highest sum of totals (best-set)" : "in rank order (rank-order)"}`];
  if (r.minTotal !== undefined) out.push(`a team needs a total of at least ${num(r.minTotal)}`);
  for (const g of r.gates) out.push(`gate on ${crit(g.criterion)}: ${g.min !== undefined ? `at least ${num(g.min, 1)}` : ""}${g.min !== undefined && g.max !== undefined ? " and " : ""}${g.max !== undefined ? `at most ${num(g.max, 1)}` : ""}`);
  for (const q of r.quotas) out.push(`quota "${q.name}": ${q.min !== undefined ? `at least ${q.min}` : ""}${q.min !== undefined && q.max !== undefined ? ", " : ""}${q.max !== undefined ? `at most ${q.max}` : ""} picked`);
  if (r.conflicts) out.push(`at most ${r.conflicts.maxPerOrganisation} picked team(s) may share an organisation${r.conflicts.kinds ? ` of kind ${r.conflicts.kinds.join(", ")}` : ""}`);
  out.push(`ties on total are broken by ${[...r.tieBreak.map(crit), r.lottery ? `a lottery drawn with seed ${r.lottery.seed}` : "id"].join(", then ")}`);
  return out;
}

export function buildReport(i: ReportInputs): ReportModel {
  const { contest } = i;
  const rep = sensitivityReport(contest);
  const ev = rep.ev;
  const asOf = contest.teams.map((t) => t.consortium.as_of).filter((d): d is string => d !== undefined).sort().pop();
  const date = i.date ?? asOf ?? i.today;
  const dateNote = i.date ? "date given with --date" : asOf ? "data as of this date (the newest as_of of the consortium files)" : "today (the data has no as_of date)";
  const id = (t: number) => contest.teams[t]!.id;
  const sim = i.simulation;
  const all = listSources(i.sources, contest.teams.map((t) => t.consortium)).sources;
  return {
    title: `Selection report: ${contest.rubric.name}`,
    date,
    dateNote,
    command: i.command,
    rubric: {
      name: contest.rubric.name,
      description: contest.rubric.description ?? "",
      criteria: contest.criteria.map((c, k) => ({
        id: c.id,
        label: c.label,
        weight: contest.weights[k]!,
        scale: `${c.scale.min}–${c.scale.max}`,
        levels: Object.entries(c.levels ?? {}).map(([n, v]) => `${n} ${v}`).join(", "),
      })),
      bonuses: contest.bonuses.map((b) => `${b.label}: +${num(b.points)} points when ${contest.criteria[b.criterion]!.id} is at least ${num(b.min, 1)}`),
      rules: rulesText(contest),
    },
    teams: contest.teams.length,
    ranking: ev.ranked.map((r) => ({
      place: placeOf(ev, r.index),
      id: r.team.id,
      name: r.team.name,
      name_ko: r.team.consortium.name_ko ?? "",
      total: r.total,
      selected: ev.selected.has(r.index),
      reasons: reasonsOf(ev, r.index).map((x) => reasonText(x, en)),
    })),
    ties: tieLines(ev, en),
    picked: ev.selection.selected.map(id),
    robustness: {
      weights: rep.criteria.map((c) => ({
        id: contest.criteria[c.criterion]!.id,
        label: contest.criteria[c.criterion]!.label,
        weight: c.weight,
        from: c.from,
        to: c.to,
        below: c.below ? `below ${pct(c.below.weight)}: ${changeText(rep, c.below)}` : "no change down to 0 %",
        above: c.above ? `above ${pct(c.above.weight)}: ${changeText(rep, c.above)}` : "no change up to 100 %",
      })),
      margin: rep.margin === null ? "no margin: nothing is picked or nothing is left out" : `${num(rep.margin)} points between the last team picked and the best team left out`,
      needs: [...rep.needed].map(([t, p]) => ({ id: id(t), total: ev.ranked.find((r) => r.index === t)!.total, needs: neededText(p) })),
    },
    simulation: sim && {
      settings: i.simulationSettings,
      meaning: "Each run draws every score within its range and the weights around the rubric's, then applies the full selection rules; P(picked) is the share of runs that picked the team. It describes the data's uncertainty, not a forecast of the real decision.",
      rows: sim.results.map((r) => ({ id: r.id, p: r.p_selected, low: Math.max(0, r.p_selected - r.p_selected_margin), high: Math.min(1, r.p_selected + r.p_selected_margin), meanRank: r.mean_rank })),
      likely: sim.likelySets.map((l) => ({ ids: l.ids, share: l.share })),
    },
    cards: ev.ranked.map((r) => explainCard(ev, r.index, i.sources)),
    sources: all.filter((s) => s.cited_by > 0),
    uncitedSources: all.filter((s) => s.cited_by === 0).length,
  };
}

/**
 * Everything the report shows, computed once from the contest: the ranking with ties, the pick and
 * its audit log, the weights' stable intervals and the points each team left out needs, the
 * simulation, a card per team and the sources. Plain data; html.ts and markdown.ts render it.
 */
import { localized } from "../i18n/index.js";
import type { Messages } from "../i18n/en.js";
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
  rubric: {
    name: string;
    description: string;
    criteria: { id: string; label: string; weight: number; scale: string; levels: string }[];
    bonuses: string[];
    rules: string[];
  };
  teams: number;
  ranking: ReportRow[];
  ties: readonly string[];
  picked: string[];
  robustness: { weights: WeightRow[]; margin: string; needs: { id: string; total: number; needs: string }[] };
  simulation: {
    settings: string;
    meaning: string;
    rows: { id: string; p: number; low: number; high: number; meanRank: number }[];
    likely: { ids: readonly string[]; share: number }[];
  } | null;
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

function rulesText(contest: Contest, m: Messages): string[] {
  const r = contest.rules;
  const w = m.report.rules;
  const crit = (i: number) => contest.criteria[i]!.id;
  const out = [w.teams({ teams: r.teams, bestSet: r.strategy === "best-set" })];
  if (r.minTotal !== undefined) out.push(w.minTotal({ min: num(r.minTotal) }));
  for (const g of r.gates)
    out.push(
      w.gate({
        criterion: crit(g.criterion),
        min: g.min !== undefined ? num(g.min, 1) : null,
        max: g.max !== undefined ? num(g.max, 1) : null,
      }),
    );
  for (const q of r.quotas) out.push(w.quota({ name: q.name, min: q.min ?? null, max: q.max ?? null }));
  if (r.conflicts)
    out.push(w.conflicts({ max: r.conflicts.maxPerOrganisation, kinds: r.conflicts.kinds ? r.conflicts.kinds.join(", ") : null }));
  out.push(w.ties({ chain: r.tieBreak.map(crit), lottery: r.lottery ? r.lottery.seed : null }));
  return out;
}

export function buildReport(i: ReportInputs, m: Messages = en): ReportModel {
  const { contest } = i;
  const rep = sensitivityReport(contest);
  const ev = rep.ev;
  const asOf = contest.teams
    .map((t) => t.consortium.as_of)
    .filter((d): d is string => d !== undefined)
    .sort()
    .pop();
  const date = i.date ?? asOf ?? i.today;
  const dateNote = i.date ? m.report.dateNote.given : asOf ? m.report.dateNote.asOf : m.report.dateNote.today;
  const id = (t: number) => contest.teams[t]!.id;
  const sim = i.simulation;
  const all = listSources(
    i.sources,
    contest.teams.map((t) => t.consortium),
  ).sources;
  return {
    title: m.report.title({ rubric: localized(m, contest.rubric.name, contest.rubric.name_ko) }),
    date,
    dateNote,
    command: i.command,
    rubric: {
      name: localized(m, contest.rubric.name, contest.rubric.name_ko),
      description: localized(m, contest.rubric.description ?? "", contest.rubric.description_ko),
      criteria: contest.criteria.map((c, k) => ({
        id: c.id,
        label: localized(m, c.label, c.label_ko),
        weight: contest.weights[k]!,
        scale: `${c.scale.min}–${c.scale.max}`,
        levels: Object.entries(c.levels ?? {})
          .map(([n, v]) => `${localized(m, n, c.levels_ko?.[n])} ${v}`)
          .join(", "),
      })),
      bonuses: contest.bonuses.map((b) =>
        m.report.bonus({
          label: localized(m, b.label, b.label_ko),
          points: num(b.points),
          criterion: contest.criteria[b.criterion]!.id,
          min: num(b.min, 1),
        }),
      ),
      rules: rulesText(contest, m),
    },
    teams: contest.teams.length,
    ranking: ev.ranked.map((r) => ({
      place: placeOf(ev, r.index),
      id: r.team.id,
      name: r.team.name,
      name_ko: r.team.consortium.name_ko ?? "",
      total: r.total,
      selected: ev.selected.has(r.index),
      reasons: reasonsOf(ev, r.index).map((x) => reasonText(x, m)),
    })),
    ties: tieLines(ev, m),
    picked: ev.selection.selected.map(id),
    robustness: {
      weights: rep.criteria.map((c) => ({
        id: contest.criteria[c.criterion]!.id,
        label: contest.criteria[c.criterion]!.label,
        weight: c.weight,
        from: c.from,
        to: c.to,
        below: c.below ? m.report.below({ pct: pct(c.below.weight), change: changeText(rep, c.below, m) }) : m.report.noChangeDown,
        above: c.above ? m.report.above({ pct: pct(c.above.weight), change: changeText(rep, c.above, m) }) : m.report.noChangeUp,
      })),
      margin: rep.margin === null ? m.report.noMargin : m.report.margin({ points: num(rep.margin) }),
      needs: [...rep.needed].map(([t, p]) => ({ id: id(t), total: ev.ranked.find((r) => r.index === t)!.total, needs: neededText(p, m) })),
    },
    simulation: sim && {
      settings: i.simulationSettings,
      meaning: m.report.meaning,
      rows: sim.results.map((r) => ({
        id: r.id,
        p: r.p_selected,
        low: Math.max(0, r.p_selected - r.p_selected_margin),
        high: Math.min(1, r.p_selected + r.p_selected_margin),
        meanRank: r.mean_rank,
      })),
      likely: sim.likelySets.map((l) => ({ ids: l.ids, share: l.share })),
    },
    cards: ev.ranked.map((r) => explainCard(ev, r.index, i.sources)),
    sources: all.filter((s) => s.cited_by > 0),
    uncitedSources: all.filter((s) => s.cited_by === 0).length,
  };
}

/** A team's name in the ranking: its Korean name alone in Korean (where the file gives one), else the name with the Korean after it. */
export const rankingName = (x: { name: string; name_ko: string }, w: Messages): string =>
  w.code === "ko" && x.name_ko ? x.name_ko : x.name_ko ? `${x.name} (${x.name_ko})` : x.name;

/**
 * One consortium's card for `explain`: who it is, how each criterion adds to its total, its rank,
 * whether it is picked and why, and how far it is from the line between picked and left out.
 * A pure function of the evaluation; the renderers in render/explain.ts turn it into text.
 */
import { UsageError, didYouMean } from "../errors.js";
import type { Consortium, Model, Organisation, Service } from "../schema/consortium.js";
import { totalKey, type Ranked } from "../score/score.js";
import { DEFAULT_METHOD, methodOf } from "../methods/index.js";
import type { Contest } from "../model/contest.js";
import { scoreNeeded } from "../analyse/needs.js";
import type { Criterion } from "../schema/rubric.js";
import { reasonsOf, type Evaluation } from "../select/evaluate.js";
import { citationText, citedSources } from "../sources/citation.js";
import type { SourceRecord } from "../schema/source.js";
import type { SourceRegistry } from "../sources/registry.js";
import { citationSites } from "../sources/sites.js";
import type { PanelResult } from "../panel/compute.js";
import { panelCard, type PanelCard } from "../panel/explain.js";
import { en, lineTieText, reasonText, type Messages } from "../i18n/index.js";
import type { LineTieWhy, Reason } from "../select/reasons.js";

export interface CriterionLine {
  id: string;
  label: string;
  /** The rubric's Korean label ("" when it gives none). */
  label_ko: string;
  /** The Korean name of the level the value names ("" when none). */
  level_ko: string;
  /** As written in the file: a number or a level name. */
  value: number | string;
  /** The value on the criterion's scale. */
  score: number;
  range: readonly [number, number];
  scale: { min: number; max: number };
  /** Normalised weight (the weights sum to 1). */
  weight: number;
  /**
   * Points this criterion adds to the total, and the most it could add (weight × 100): the weighted
   * sum's. null under another method, whose total is not a sum of per-criterion points.
   */
  points: number | null;
  max_points: number | null;
  evidence: string | null;
  source: string | null;
}

export interface MethodCard {
  name: string;
  /** How the total is made, in words. */
  formula: string;
  /** TOPSIS: distance to the field's ideal and anti-ideal (weighted unit scores). */
  d_plus?: number;
  d_minus?: number;
  /** TOPSIS: the total depends on the other teams scored with this one. */
  field?: string;
}

/** A source record the card cites, as a reader needs it to check a citation. */
export type CitedSource = Pick<SourceRecord, "id" | "title" | "publisher" | "published" | "url" | "language">;

export interface BonusLine {
  label: string;
  /** The rubric's Korean label ("" when it gives none). */
  label_ko: string;
  criterion: string;
  points: number;
}

/**
 * Where the team stands against the line between picked and left out. `above`: picked, `points`
 * ahead of the best team left out (`versus`). `below`: left out, `points` short of the last picked
 * team. Simple differences of totals; a tie (0) is settled by the tie-break chain, and other rules
 * (gates, quotas, conflicts) can override the order, which the reasons say.
 */
export interface LinePosition {
  position: "above" | "below" | "none";
  points: number | null;
  versus: string | null;
  versus_total: number | null;
  versus_rank: number | null;
}

export interface Card {
  id: string;
  name: string;
  /** "" when the file gives none. */
  name_ko: string;
  summary: string | null;
  kind: string;
  lead: Organisation;
  members: readonly Organisation[];
  models: readonly Model[];
  services: readonly Service[];
  rubric: string;
  /** The rubric's Korean name ("" when it gives none). */
  rubric_ko: string;
  criteria: CriterionLine[];
  weighted: number;
  /** Under a method other than the weighted sum: its name, the formula in words, and TOPSIS's d⁺ and d⁻. */
  method?: MethodCard;
  bonuses: BonusLine[];
  bonus: number;
  total: number;
  rank: number;
  /** The shared place: the rank of the tie group's first team followed by "=" ("5="), else the rank. */
  place: string;
  /** Ids with the same total, in rank order (absent when the total is the team's own). */
  tie_group?: readonly string[];
  /** What separated it from the team ranked just below: "total", a tie-break criterion id, "lottery" or "id". */
  decided_by: string;
  /** With a lottery at the end of the tie-break chain: its seed and this team's ticket (absent otherwise). */
  lottery?: { seed: number; ticket: number };
  /** The sentence on a tie at the line that the team is part of, else null. */
  tie: string | null;
  /** The same tie as data (place, ids, total, and the code of what decided it), else null. */
  tie_code: (LineTieWhy & { place: number; ids: readonly string[]; total: number }) | null;
  teams: number;
  places: number;
  selected: boolean;
  /** Why it was or was not picked, in the language asked for. */
  reasons: readonly string[];
  /** The same reasons as codes with parameters (the same in every language). */
  reason_codes: readonly Reason[];
  line: LinePosition;
  /** Left out: per criterion id, the smallest score that alone gets it picked (null: none on the scale); null when picked. */
  needs_by_criterion: Record<string, number | null> | null;
  /** The same in words, with level names: "one score alone, everything else unchanged: …"; null when picked. */
  needs_text: string | null;
  /** The file's as_of date, when it has one: what was public by then. */
  as_of: string | null;
  /** The source records the card cites, in order of first citation; [] without a sources/ folder. */
  sources: CitedSource[];
  /** The review panel's scores for this team, when the scores come from a panel (absent otherwise). */
  panel?: PanelCard;
}

/** The team's index in the contest, or a usage error naming the closest id. */
export function findTeam(ev: Evaluation, id: string): number {
  const ids = ev.contest.teams.map((t) => t.id);
  const i = ids.indexOf(id);
  if (i >= 0) return i;
  const lower = ids.findIndex((x) => x.toLowerCase() === id.toLowerCase());
  if (lower >= 0) return lower;
  throw new UsageError({ code: "unknown-team", id, suggestion: didYouMean(id, ids) ?? null, known: ids });
}

function linePosition(ev: Evaluation, total: number, selected: boolean): LinePosition {
  const none: LinePosition = { position: "none", points: null, versus: null, versus_total: null, versus_rank: null };
  if (selected) {
    const out = ev.ranked.find((r) => !ev.selected.has(r.index));
    if (!out) return { ...none, position: "above" };
    return { position: "above", points: total - out.total, versus: out.team.id, versus_total: out.total, versus_rank: out.rank };
  }
  const picked = ev.ranked.filter((r) => ev.selected.has(r.index));
  const last = picked[picked.length - 1];
  if (!last) return none;
  return { position: "below", points: last.total - total, versus: last.team.id, versus_total: last.total, versus_rank: last.rank };
}

/** Whether two totals are equal for the ranking (to 9 decimal places). */
export function tied(a: number, b: number): boolean {
  return totalKey(a) === totalKey(b);
}

/** The records cited anywhere in a consortium file, in order of first citation. */
function citedRecords(c: Consortium, registry: SourceRegistry | undefined): CitedSource[] {
  if (!registry) return [];
  const ids = [...new Set(citationSites(c).flatMap((site) => citedSources(site.text)))];
  return ids.flatMap((id) => {
    const r = registry.records.get(id);
    return r ? [{ id: r.id, title: r.title, publisher: r.publisher, published: r.published, url: r.url, language: r.language }] : [];
  });
}

/** A needed score in words: its level name where it has one; "not reachable alone" for null. */
function needsWord(c: Criterion, v: number | null, m: Messages): string {
  if (v === null) return m.explain.notReachable;
  const level = Object.entries(c.levels ?? {}).find(([, x]) => x === v)?.[0];
  return level ? `${level} (${Number.isInteger(v) ? String(v) : v.toFixed(2)})` : v.toFixed(2);
}

/** The method part of a card: absent under the weighted sum (its points add up to the total). */
function methodCard(contest: Contest, r: Ranked, msg: Messages = en): MethodCard | undefined {
  const m = methodOf(contest);
  const name = m.name;
  if (name === DEFAULT_METHOD) return undefined;
  return {
    name,
    formula: msg.explain.methodFormula[name],
    ...(r.distances ? { d_plus: r.distances.plus, d_minus: r.distances.minus } : {}),
    ...(m.fieldDependent ? { field: msg.explain.fieldDependent({ teams: contest.teams.length }) } : {}),
  };
}

export function explainCard(ev: Evaluation, index: number, sources?: SourceRegistry, panel?: PanelResult, m: Messages = en): Card {
  const { contest } = ev;
  const r = ev.ranked.find((x) => x.index === index)!;
  const team = r.team;
  const c = team.consortium;
  const selected = ev.selected.has(index);
  const method = methodCard(contest, r, m);
  const sum = method === undefined;
  const needs = selected ? null : contest.criteria.map((_, i) => scoreNeeded(ev, index, i));
  const lineTie = ev.lineTies.find((t) => t.members.includes(index));
  const bonuses = contest.bonuses
    .filter((b) => team.scores[b.criterion]! >= b.min)
    .map((b) => ({ label: b.label, label_ko: b.label_ko ?? "", criterion: contest.criteria[b.criterion]!.id, points: b.points }));
  return {
    id: team.id,
    name: team.name,
    name_ko: c.name_ko ?? "",
    summary: c.summary ?? null,
    kind: team.kind,
    lead: c.lead,
    members: c.members ?? [],
    models: c.models ?? [],
    services: c.services ?? [],
    rubric: contest.rubric.name,
    rubric_ko: contest.rubric.name_ko ?? "",
    criteria: contest.criteria.map((crit, i) => {
      const s = c.scores[crit.id]!;
      return {
        id: crit.id,
        label: crit.label,
        label_ko: crit.label_ko ?? "",
        level_ko: typeof s.value === "string" ? (crit.levels_ko?.[s.value] ?? "") : "",
        value: s.value,
        score: team.scores[i]!,
        range: team.ranges[i]!,
        scale: { min: crit.scale.min, max: crit.scale.max },
        weight: contest.weights[i]!,
        points: sum ? r.contributions[i]! : null,
        max_points: sum ? contest.weights[i]! * 100 : null,
        evidence: s.evidence ?? null,
        source: citationText(s.source) ?? null,
      };
    }),
    weighted: r.weighted,
    ...(method ? { method } : {}),
    bonuses,
    bonus: r.bonus,
    total: r.total,
    rank: r.rank,
    place: ev.ties.get(index)!.place,
    ...(ev.ties.get(index)!.group ? { tie_group: ev.ties.get(index)!.group! } : {}),
    decided_by: ev.ties.get(index)!.decidedBy,
    ...(contest.rules.lottery ? { lottery: { seed: contest.rules.lottery.seed, ticket: contest.rules.lottery.tickets[index]! } } : {}),
    tie: lineTie ? lineTieText(lineTie, m) : null,
    tie_code: lineTie ? { place: lineTie.place, ids: lineTie.ids, total: lineTie.total, ...lineTie.why } : null,
    teams: contest.teams.length,
    places: contest.rules.teams,
    selected,
    reasons: reasonsOf(ev, index).map((x) => reasonText(x, m)),
    reason_codes: reasonsOf(ev, index),
    line: linePosition(ev, r.total, selected),
    needs_by_criterion: needs && Object.fromEntries(contest.criteria.map((c, i) => [c.id, needs[i]!])),
    needs_text: needs && m.explain.needs({ list: contest.criteria.map((c, i) => `${c.id} ${needsWord(c, needs[i]!, m)}`).join(", ") }),
    as_of: c.as_of ?? null,
    sources: citedRecords(c, sources),
    ...(panel ? { panel: panelCard(panel, team.id)! } : {}),
  };
}

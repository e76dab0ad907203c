/**
 * `sensitivity` output as JSON, CSV and Markdown (the table view, a tornado chart, is in
 * tornado.ts). Weights and interval ends are fractions 0..1 in JSON and CSV, percentages elsewhere.
 */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import type { SensitivityReport } from "../analyse/report.js";
import type { Change } from "../analyse/sensitivity.js";
import { round, toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { Criterion } from "../schema/rubric.js";
import { num, pct } from "./text.js";
import { LIST_CAP } from "../select/evaluate.js";
import { methodOf } from "../methods/index.js";
import { NUMERIC_STEPS } from "../analyse/sensitivity.js";
import { methodFields } from "./score.js";

export const idsOf = (rep: SensitivityReport, teams: readonly number[]) => teams.map((t) => rep.ev.contest.teams[t]!.id);

/** "kaist in, kt out" */
export function changeText(rep: SensitivityReport, c: Change, m: Messages = en): string {
  return m.sensitivity.change({
    enters: c.enters.length ? idsOf(rep, c.enters).join(", ") : null,
    leaves: c.leaves.length ? idsOf(rep, c.leaves).join(", ") : null,
  });
}

/** "over 40.0 %", or "at 100.0 %" / "at 0.0 %" for a change at the very end of the sweep. */
export const edge = (side: "under" | "over", w: number, m: Messages = en) =>
  m.sensitivity.edge({ side, pct: pct(w), end: (side === "over" && w >= 1) || (side === "under" && w <= 0) });

/** The line saying that only the best teams left out were worked out, or nothing. */
export function omittedLine(rep: SensitivityReport, m: Messages = en): string[] {
  if (rep.leftOut <= rep.needsByCriterion.size) return [];
  return [m.sensitivity.omitted({ needed: rep.needed.size, all: rep.leftOut.toLocaleString("en-US"), needs: rep.needsByCriterion.size })];
}

/** A needed score as text: its level name where it has one, "not reachable" for null. */
function neededScore(c: Criterion, v: number | null, m: Messages = en): string {
  if (v === null) return m.sensitivity.notReachable;
  const level = Object.entries(c.levels ?? {}).find(([, x]) => x === v)?.[0];
  return level ? `${localized(m, level, c.levels_ko?.[level])} (${Number.isInteger(v) ? String(v) : num(v)})` : num(v);
}

/** Header and rows of the "what would it take" table: one row per team left out. */
export function needsRows(rep: SensitivityReport, m: Messages = en): { head: string[]; rows: string[][] } {
  const { contest } = rep.ev;
  return {
    head: [m.sensitivity.head.leftOut, ...contest.criteria.map((c) => `${c.id}${m.sensitivity.nowNeeds}`)],
    rows: [...rep.needsByCriterion].map(([t, v]) => [
      contest.teams[t]!.id,
      ...contest.criteria.map((c, i) => `${num(contest.teams[t]!.scores[i]!, 1)} → ${neededScore(c, v[i]!, m)}`),
    ]),
  };
}

export const interval = (from: number, to: number, numeric?: boolean, m: Messages = en) =>
  `${pct(from)} – ${pct(to)}${numeric ? m.sensitivity.numeric : ""}`;

/** The line naming a method other than the weighted sum, and how the intervals were found; none under it. */
export function methodLine(rep: SensitivityReport, words: Messages = en): string[] {
  const m = methodOf(rep.ev.contest);
  if (m.linearInWeights) return [];
  return [words.sensitivity.method({ name: m.name, steps: NUMERIC_STEPS })];
}

export const neededText = (points: number | null, m: Messages = en) =>
  points === null ? m.sensitivity.never : points === 0 ? m.sensitivity.anyGain : num(points);

function changeJson(rep: SensitivityReport, c: Change | null) {
  return c && { weight: c.weight, enters: idsOf(rep, c.enters), leaves: idsOf(rep, c.leaves) };
}

export function sensitivityJson(rep: SensitivityReport): string {
  const { contest } = rep.ev;
  const id = (t: number) => contest.teams[t]!.id;
  return toJson({
    rubric: {
      name: contest.rubric.name,
      weights: Object.fromEntries(contest.criteria.map((c, i) => [c.id, contest.weights[i]])),
      ...methodFields(contest),
    },
    selected: rep.ev.selection.selected.map(id),
    criteria: rep.criteria.map((s) => ({
      id: contest.criteria[s.criterion]!.id,
      weight: s.weight,
      from: s.from,
      to: s.to,
      below: changeJson(rep, s.below),
      above: changeJson(rep, s.above),
      ...(s.numeric ? { numeric: true } : {}),
    })),
    margin: rep.margin,
    needed: Object.fromEntries([...rep.needed].map(([t, p]) => [id(t), p])),
    needs_by_criterion: Object.fromEntries(
      [...rep.needsByCriterion].map(([t, v]) => [id(t), Object.fromEntries(contest.criteria.map((c, i) => [c.id, v[i]]))]),
    ),
    // Only when teams left out were not worked out (a field of more than NEEDS_CAP left out, without --full).
    ...(rep.leftOut > rep.needed.size ? { needed_omitted: rep.leftOut - rep.needed.size } : {}),
    ...(rep.leftOut > rep.needsByCriterion.size ? { needs_by_criterion_omitted: rep.leftOut - rep.needsByCriterion.size } : {}),
    dominated: Object.fromEntries([...rep.dominated].map(([t, by]) => [id(t), by.slice(0, LIST_CAP)])),
    dominated_count: Object.fromEntries([...rep.dominated].map(([t, by]) => [id(t), by.length])),
    always: rep.always === null ? null : rep.always.map(id),
  });
}

// `criterion`, `score` and `needs` (the `needs` rows) come last, so that the older columns keep their positions.
const CSV_HEAD = [
  "record",
  "id",
  "weight",
  "from",
  "to",
  "below_weight",
  "below_enters",
  "below_leaves",
  "above_weight",
  "above_enters",
  "above_leaves",
  "points",
  "teams",
  "criterion",
  "score",
  "needs",
];

/**
 * One table, one `record` kind per row: `selected` (pick order), `criterion`, `margin`, `needed`,
 * `needed_omitted` and `needs_omitted` (how many teams left out were not worked out, in `points`;
 * only without --full), `needs` (JSON's needs_by_criterion, one row per team left out and criterion: its score now and the
 * smallest score that alone gets it picked, "never" when none on the scale does), `dominated`
 * (teams = its dominators, the first 10 and "(+N more)"), `always`, and `method` (its name) when the method is not linear in the weights (intervals
 * numeric, no `always`). Team lists are space-separated ids.
 */
export function sensitivityCsv(rep: SensitivityReport): string {
  const { contest } = rep.ev;
  const id = (t: number) => contest.teams[t]!.id;
  const w = (x: number) => round(x, 6);
  const end = (c: Change | null): Cell[] =>
    c ? [w(c.weight), idsOf(rep, c.enters).join(" "), idsOf(rep, c.leaves).join(" ")] : ["", "", ""];
  const blank = (n: number) => Array.from({ length: n }, () => "");
  const rows: Cell[][] = [
    ...rep.ev.selection.selected.map((t) => ["selected", id(t), ...blank(11)]),
    ...rep.criteria.map((s) => [
      "criterion",
      contest.criteria[s.criterion]!.id,
      w(s.weight),
      w(s.from),
      w(s.to),
      ...end(s.below),
      ...end(s.above),
      "",
      "",
    ]),
    ["margin", "", ...blank(9), rep.margin === null ? "" : round(rep.margin), ""],
    ...[...rep.needed].map(([t, p]) => ["needed", id(t), ...blank(9), p === null ? "never" : round(p), ""]),
    // Teams left out not worked out (without --full): how many, in `points`.
    ...(rep.leftOut > rep.needed.size ? [["needed_omitted", "", ...blank(9), String(rep.leftOut - rep.needed.size), ""]] : []),
    ...[...rep.needsByCriterion].flatMap(([t, v]) =>
      contest.criteria.map((c, i): Cell[] => [
        "needs",
        id(t),
        ...blank(11),
        c.id,
        contest.teams[t]!.scores[i]!,
        v[i] === null ? "never" : round(v[i]!, 6),
      ]),
    ),
    ...(rep.leftOut > rep.needsByCriterion.size
      ? [["needs_omitted", "", ...blank(9), String(rep.leftOut - rep.needsByCriterion.size), ""]]
      : []),
    ...[...rep.dominated].map(([t, by]) => [
      "dominated",
      id(t),
      ...blank(10),
      by.slice(0, LIST_CAP).join(" ") + (by.length > LIST_CAP ? ` (+${by.length - LIST_CAP} more)` : ""),
    ]),
    ...(rep.always ?? []).map((t) => ["always", id(t), ...blank(11)]),
    ...(methodOf(contest).linearInWeights ? [] : [["method", methodOf(contest).name, ...blank(11)]]),
  ];
  return toCsv(
    CSV_HEAD,
    rows.map((r) => (r.length < CSV_HEAD.length ? [...r, ...blank(CSV_HEAD.length - r.length)] : r)),
  );
}

export function sensitivityMarkdown(rep: SensitivityReport, m: Messages = en): string {
  const { contest } = rep.ev;
  const id = (t: number) => contest.teams[t]!.id;
  const w = m.sensitivity;
  const h = w.head;
  const out = [
    w.mdTitle({ rubric: localized(m, contest.rubric.name, contest.rubric.name_ko) }),
    "",
    w.mdPicked({ list: rep.ev.selection.selected.map(id).join(", ") || w.none }),
    "",
    ...methodLine(rep, m).flatMap((l) => [`${l[0]!.toUpperCase()}${l.slice(1)}.`, ""]),
    toMarkdownTable(
      [h.criterion, h.weight, h.stable, h.below, h.above],
      rep.criteria.map((s) => [
        contest.criteria[s.criterion]!.id,
        pct(s.weight),
        interval(s.from, s.to, s.numeric, m),
        s.below ? `${edge("under", s.below.weight, m)}: ${changeText(rep, s.below, m)}` : w.neverChangesCell,
        s.above ? `${edge("over", s.above.weight, m)}: ${changeText(rep, s.above, m)}` : w.neverChangesCell,
      ]),
      ["l", "r", "l", "l", "l"],
    ),
    w.mdMargin({ points: rep.margin === null ? null : num(rep.margin) }),
    "",
  ];
  if (rep.needed.size) {
    const total = new Map(rep.ev.ranked.map((r) => [r.index, r]));
    out.push(
      toMarkdownTable(
        [h.rank, h.leftOut, h.total, h.pointsToEnter],
        [...rep.needed].map(([t, p]) => [total.get(t)!.rank, id(t), num(total.get(t)!.total), neededText(p, m)]),
        ["r", "l", "r", "r"],
      ),
    );
  }
  if (rep.needsByCriterion.size) {
    const n = needsRows(rep, m);
    out.push(w.mdScoresTitle, "");
    out.push(
      toMarkdownTable(
        n.head,
        n.rows,
        n.head.map(() => "l" as const),
      ),
    );
  }
  out.push(...omittedLine(rep, m).map((l) => `${l}.\n`));
  out.push(...whoLines(rep, m).map((l) => `${l}\n`));
  return out.join("\n");
}

/** The dominance lines, shared with the table view. */
export function whoLines(rep: SensitivityReport, m: Messages = en): string[] {
  const { contest } = rep.ev;
  const w = m.sensitivity;
  const dom = [...rep.dominated].map(([t, by]) => w.dominatedBy({ id: contest.teams[t]!.id, n: by.length }));
  return [
    w.dominated({ list: dom.join(", ") || w.none }),
    rep.always
      ? w.always({ list: rep.always.map((t) => contest.teams[t]!.id).join(", ") || w.none })
      : w.alwaysUnknown({ method: methodOf(contest).name }),
  ];
}

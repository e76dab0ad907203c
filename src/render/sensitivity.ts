/**
 * `sensitivity` output as JSON, CSV and Markdown (the table view, a tornado chart, is in
 * tornado.ts). Weights and interval ends are fractions 0..1 in JSON and CSV, percentages elsewhere.
 */
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
export function changeText(rep: SensitivityReport, c: Change): string {
  const parts = [];
  if (c.enters.length) parts.push(`${idsOf(rep, c.enters).join(", ")} in`);
  if (c.leaves.length) parts.push(`${idsOf(rep, c.leaves).join(", ")} out`);
  return parts.join("; ");
}

/** "over 40.0 %", or "at 100.0 %" / "at 0.0 %" for a change at the very end of the sweep. */
export const edge = (side: "under" | "over", w: number) => ((side === "over" && w >= 1) || (side === "under" && w <= 0) ? `at ${pct(w)}` : `${side} ${pct(w)}`);

/** The line saying that only the best teams left out were worked out, or nothing. */
export function omittedLine(rep: SensitivityReport): string[] {
  if (rep.leftOut <= rep.needsByCriterion.size) return [];
  const all = rep.leftOut.toLocaleString("en-US");
  return [`points needed are for the best ${rep.needed.size} of the ${all} teams left out, scores needed for the best ${rep.needsByCriterion.size}; --full works out every team (each is a search)`];
}

/** A needed score as text: its level name where it has one, "not reachable" for null. */
export function neededScore(c: Criterion, v: number | null): string {
  if (v === null) return "not reachable";
  const level = Object.entries(c.levels ?? {}).find(([, x]) => x === v)?.[0];
  return level ? `${level} (${Number.isInteger(v) ? String(v) : num(v)})` : num(v);
}

/** Header and rows of the "what would it take" table: one row per team left out. */
export function needsRows(rep: SensitivityReport): { head: string[]; rows: string[][] } {
  const { contest } = rep.ev;
  return {
    head: ["left out", ...contest.criteria.map((c) => `${c.id} (now → needs)`)],
    rows: [...rep.needsByCriterion].map(([t, v]) => [
      contest.teams[t]!.id,
      ...contest.criteria.map((c, i) => `${num(contest.teams[t]!.scores[i]!, 1)} → ${neededScore(c, v[i]!)}`),
    ]),
  };
}

export const interval = (from: number, to: number, numeric?: boolean) => `${pct(from)} – ${pct(to)}${numeric ? " (numeric)" : ""}`;

/** The line naming a method other than the weighted sum, and how the intervals were found; none under it. */
export function methodLine(rep: SensitivityReport): string[] {
  const m = methodOf(rep.ev.contest);
  if (m.linearInWeights) return [];
  return [`method: ${m.name} — totals are not linear in the weights, so each interval is found numerically (${NUMERIC_STEPS} steps over 0–100 %, then bisection to 1e-9); a change that reverses within one step can be missed`];
}

export const neededText = (points: number | null) => (points === null ? "never" : points === 0 ? "any gain" : num(points));

function changeJson(rep: SensitivityReport, c: Change | null) {
  return c && { weight: c.weight, enters: idsOf(rep, c.enters), leaves: idsOf(rep, c.leaves) };
}

export function sensitivityJson(rep: SensitivityReport): string {
  const { contest } = rep.ev;
  const id = (t: number) => contest.teams[t]!.id;
  return toJson({
    rubric: { name: contest.rubric.name, weights: Object.fromEntries(contest.criteria.map((c, i) => [c.id, contest.weights[i]])), ...methodFields(contest) },
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
    needs_by_criterion: Object.fromEntries([...rep.needsByCriterion].map(([t, v]) => [id(t), Object.fromEntries(contest.criteria.map((c, i) => [c.id, v[i]]))])),
    // Only when teams left out were not worked out (a field of more than NEEDS_CAP left out, without --full).
    ...(rep.leftOut > rep.needed.size ? { needed_omitted: rep.leftOut - rep.needed.size } : {}),
    ...(rep.leftOut > rep.needsByCriterion.size ? { needs_by_criterion_omitted: rep.leftOut - rep.needsByCriterion.size } : {}),
    dominated: Object.fromEntries([...rep.dominated].map(([t, by]) => [id(t), by.slice(0, LIST_CAP)])),
    dominated_count: Object.fromEntries([...rep.dominated].map(([t, by]) => [id(t), by.length])),
    always: rep.always && rep.always.map(id),
  });
}

// `criterion`, `score` and `needs` (the `needs` rows) come last, so that the older columns keep their positions.
const CSV_HEAD = ["record", "id", "weight", "from", "to", "below_weight", "below_enters", "below_leaves", "above_weight", "above_enters", "above_leaves", "points", "teams", "criterion", "score", "needs"];

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
  const end = (c: Change | null): Cell[] => (c ? [w(c.weight), idsOf(rep, c.enters).join(" "), idsOf(rep, c.leaves).join(" ")] : ["", "", ""]);
  const blank = (n: number) => Array.from({ length: n }, () => "");
  const rows: Cell[][] = [
    ...rep.ev.selection.selected.map((t) => ["selected", id(t), ...blank(11)]),
    ...rep.criteria.map((s) => ["criterion", contest.criteria[s.criterion]!.id, w(s.weight), w(s.from), w(s.to), ...end(s.below), ...end(s.above), "", ""]),
    ["margin", "", ...blank(9), rep.margin === null ? "" : round(rep.margin), ""],
    ...[...rep.needed].map(([t, p]) => ["needed", id(t), ...blank(9), p === null ? "never" : round(p), ""]),
    // Teams left out not worked out (without --full): how many, in `points`.
    ...(rep.leftOut > rep.needed.size ? [["needed_omitted", "", ...blank(9), String(rep.leftOut - rep.needed.size), ""]] : []),
    ...[...rep.needsByCriterion].flatMap(([t, v]) =>
      contest.criteria.map((c, i): Cell[] => ["needs", id(t), ...blank(11), c.id, contest.teams[t]!.scores[i]!, v[i] === null ? "never" : round(v[i]!, 6)]),
    ),
    ...(rep.leftOut > rep.needsByCriterion.size ? [["needs_omitted", "", ...blank(9), String(rep.leftOut - rep.needsByCriterion.size), ""]] : []),
    ...[...rep.dominated].map(([t, by]) => ["dominated", id(t), ...blank(10), by.slice(0, LIST_CAP).join(" ") + (by.length > LIST_CAP ? ` (+${by.length - LIST_CAP} more)` : "")]),
    ...(rep.always ?? []).map((t) => ["always", id(t), ...blank(11)]),
    ...(methodOf(contest).linearInWeights ? [] : [["method", methodOf(contest).name, ...blank(11)]]),
  ];
  return toCsv(
    CSV_HEAD,
    rows.map((r) => (r.length < CSV_HEAD.length ? [...r, ...blank(CSV_HEAD.length - r.length)] : r)),
  );
}

export function sensitivityMarkdown(rep: SensitivityReport): string {
  const { contest } = rep.ev;
  const id = (t: number) => contest.teams[t]!.id;
  const out = [
    `**${contest.rubric.name}** — how far each weight can move (the others keeping their proportions) before the picked set changes.`,
    "",
    `Picked: ${rep.ev.selection.selected.map(id).join(", ") || "none"}.`,
    "",
    ...methodLine(rep).flatMap((l) => [`${l[0]!.toUpperCase()}${l.slice(1)}.`, ""]),
    toMarkdownTable(
      ["criterion", "weight", "stable", "below", "above"],
      rep.criteria.map((s) => [
        contest.criteria[s.criterion]!.id,
        pct(s.weight),
        interval(s.from, s.to, s.numeric),
        s.below ? `${edge("under", s.below.weight)}: ${changeText(rep, s.below)}` : "never changes",
        s.above ? `${edge("over", s.above.weight)}: ${changeText(rep, s.above)}` : "never changes",
      ]),
      ["l", "r", "l", "l", "l"],
    ),
    `Margin: ${rep.margin === null ? "none (no team left out)" : `${num(rep.margin)} points between the last picked team and the best team left out`}.`,
    "",
  ];
  if (rep.needed.size) {
    const total = new Map(rep.ev.ranked.map((r) => [r.index, r]));
    out.push(
      toMarkdownTable(
        ["rank", "left out", "total", "points to enter"],
        [...rep.needed].map(([t, p]) => [total.get(t)!.rank, id(t), num(total.get(t)!.total), neededText(p)]),
        ["r", "l", "r", "r"],
      ),
    );
  }
  if (rep.needsByCriterion.size) {
    const n = needsRows(rep);
    out.push("What it would take, one criterion at a time (the smallest score on its scale that gets the team picked, everything else unchanged):", "");
    out.push(toMarkdownTable(n.head, n.rows, n.head.map(() => "l" as const)));
  }
  out.push(...omittedLine(rep).map((l) => `${l}.\n`));
  out.push(...whoLines(rep).map((l) => `${l}\n`));
  return out.join("\n");
}

/** The dominance lines, shared with the table view. */
export function whoLines(rep: SensitivityReport): string[] {
  const { contest } = rep.ev;
  const dom = [...rep.dominated].map(([t, by]) => `${contest.teams[t]!.id} (by ${by.length})`);
  return [
    `Never picked, whatever the weights (dominated; without rules): ${dom.join(", ") || "none"}.`,
    rep.always
      ? `Picked whatever the weights (without rules): ${rep.always.map((t) => contest.teams[t]!.id).join(", ") || "none"}.`
      : `Picked whatever the weights: not worked out for ${methodOf(contest).name} (its totals are not linear in the weights, so checking the corners of the weights proves nothing).`,
  ];
}

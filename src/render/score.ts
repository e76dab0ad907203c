/**
 * `score` output in four formats. Each renderer takes the evaluation and returns a string.
 */
import { drawTable } from "./table.js";
import type { ChalkInstance } from "chalk";
import { LIST_CAP, type Evaluation } from "../select/evaluate.js";
import { toCsv, round } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import { stripVTControlCharacters } from "node:util";
import { bar, num, pct } from "./text.js";
import { displayWidth, joinLines, tableWidth, wrap } from "./width.js";
import { lineTieText, localized, unmetText, type Messages } from "../i18n/index.js";
import { DEFAULT_METHOD, methodOf } from "../methods/index.js";

export interface TableOptions {
  style: ChalkInstance;
  /** Terminal width; tables drop detail columns to fit unless `wide`. */
  columns: number;
  wide: boolean;
}

const rows = (ev: Evaluation, top?: number) => (top === undefined ? ev.ranked : ev.ranked.slice(0, top));

/** The weights ("id 40 %", "(lower is better)" under direction: min), and the method when it is not the weighted sum. */
function weightsLine(ev: Evaluation, m: Messages): string {
  const { contest } = ev;
  const method = methodOf(contest);
  const parts = contest.criteria.map(
    (c, i) => `${c.id} ${pct(contest.weights[i]!)}${c.direction === "min" ? ` ${m.score.lowerIsBetter}` : ""}`,
  );
  return [...parts, ...(method.name === DEFAULT_METHOD ? [] : [m.score.method({ name: method.name })])].join(" · ");
}

/** JSON: the method, when not the weighted sum, and the criteria where lower is better. */
export function methodFields(contest: Evaluation["contest"]): { method?: string; lower_is_better?: string[] } {
  const lower = contest.criteria.filter((c) => c.direction === "min").map((c) => c.id);
  return {
    ...(methodOf(contest).name === DEFAULT_METHOD ? {} : { method: methodOf(contest).name }),
    ...(lower.length ? { lower_is_better: lower } : {}),
  };
}

/**
 * JSON: a team's parts of the total. The weighted sum: each criterion's points (`contributions`).
 * Other methods: `weighted` (the method's total before the bonus) and, for TOPSIS, d⁺ and d⁻.
 */
function totalParts(ev: Evaluation, r: Evaluation["ranked"][number]): Record<string, unknown> {
  const ids = ev.contest.criteria.map((c) => c.id);
  if (methodOf(ev.contest).name === DEFAULT_METHOD)
    return { contributions: Object.fromEntries(ids.map((id, i) => [id, r.contributions[i]])) };
  return { weighted: r.weighted, ...(r.distances ? { d_plus: r.distances.plus, d_minus: r.distances.minus } : {}) };
}

export function scoreJson(ev: Evaluation, top?: number, full = false): string {
  const { contest } = ev;
  const ids = contest.criteria.map((c) => c.id);
  return toJson({
    rubric: {
      name: contest.rubric.name,
      weights: Object.fromEntries(ids.map((id, i) => [id, contest.weights[i]])),
      ...methodFields(contest),
    },
    ...lotteryField(ev),
    results: rows(ev, top).map((r) => ({
      rank: r.rank,
      id: r.team.id,
      name: r.team.name,
      name_ko: r.team.consortium.name_ko ?? "",
      kind: r.team.kind,
      scores: Object.fromEntries(ids.map((id, i) => [id, r.team.scores[i]])),
      ...totalParts(ev, r),
      bonus: r.bonus,
      total: r.total,
      selected: ev.selected.has(r.index),
      ...tieFields(ev, r.index),
      ...dominatedBy(ev, r.index, full),
    })),
  });
}

/** JSON: `dominated_by` (the first LIST_CAP ids in id order; all of them with `full`, --full) and `dominated_by_count` (all of them). */
export function dominatedBy(ev: Evaluation, index: number, full = false): { dominated_by: readonly string[]; dominated_by_count: number } {
  const all = ev.dominators.get(index) ?? [];
  return { dominated_by: full ? all : all.slice(0, LIST_CAP), dominated_by_count: all.length };
}

/** `tie_group` (only inside a group), `decided_by`, and the lottery's `ticket` (only with a lottery), for JSON. */
export function tieFields(ev: Evaluation, index: number): { tie_group?: readonly string[]; decided_by: string; ticket?: number } {
  const t = ev.ties.get(index)!;
  const lottery = ev.contest.rules.lottery;
  return { ...(t.group ? { tie_group: t.group } : {}), decided_by: t.decidedBy, ...(lottery ? { ticket: lottery.tickets[index]! } : {}) };
}

/** `lottery: {seed}` when the tie-break chain ends with the draw (absent otherwise), for JSON. */
export function lotteryField(ev: Evaluation): { lottery?: { seed: number } } {
  const lottery = ev.contest.rules.lottery;
  return lottery ? { lottery: { seed: lottery.seed } } : {};
}

/** The shared place: "5=" inside a tie group. */
export const placeOf = (ev: Evaluation, index: number) => ev.ties.get(index)!.place;

/** The sentences on ties at the line (empty when there are none). */
export const tieLines = (ev: Evaluation, m: Messages) => ev.lineTies.map((t) => lineTieText(t, m));

/** The ties at the line as data, for JSON beside their sentences: the place, the ids, the total and what decided it. */
export const tieCodes = (ev: Evaluation) => ev.lineTies.map((t) => ({ place: t.place, ids: t.ids, total: t.total, ...t.why }));

/** A team's name for people: the Korean name, when there is one, in Korean output. */
export const displayName = (t: { name: string; name_ko?: string | undefined }, m: Messages) =>
  m.code === "ko" && t.name_ko ? t.name_ko : t.name;

export function scoreCsv(ev: Evaluation, top?: number): string {
  const ids = ev.contest.criteria.map((c) => c.id);
  return toCsv(
    ["rank", "id", "name", "name_ko", "kind", ...ids, "bonus", "total", "selected", "decided_by"],
    rows(ev, top).map((r) => [
      r.rank,
      r.team.id,
      r.team.name,
      r.team.consortium.name_ko ?? "",
      r.team.kind,
      ...r.team.scores,
      r.bonus,
      round(r.total),
      ev.selected.has(r.index),
      ev.ties.get(r.index)!.decidedBy,
    ]),
  );
}

export function scoreMarkdown(ev: Evaluation, m: Messages, top?: number): string {
  const ids = ev.contest.criteria.map((c) => c.id);
  const head = `${m.score.markdownHead({ rubric: localized(m, ev.contest.rubric.name, ev.contest.rubric.name_ko), list: weightsLine(ev, m) })}\n\n`;
  const h = m.score.head;
  return (
    head +
    toMarkdownTable(
      [h.rank, h.id, h.name, h.kind, ...ids, h.bonus, h.total, h.selected],
      rows(ev, top).map((r) => [
        placeOf(ev, r.index),
        r.team.id,
        displayName({ name: r.team.name, name_ko: r.team.consortium.name_ko }, m),
        r.team.kind,
        ...r.team.scores.map((s) => num(s, 1)),
        num(r.bonus),
        num(r.total),
        ev.selected.has(r.index) ? "✓" : "",
      ]),
      ["r", "l", "l", "l", ...ids.map(() => "r" as const), "r", "r", "l"],
    ) +
    tieLines(ev, m)
      .map((l) => `\n${l}\n`)
      .join("") +
    (dominatedLine(ev, m) ? `\n${dominatedLine(ev, m)}\n` : "")
  );
}

/**
 * The teams no weighting can put in the top `teams` (see src/score/dominance.ts), in rank order,
 * with how many others dominate each; empty when there are none.
 */
function dominatedLine(ev: Evaluation, m: Messages): string {
  const list = ev.ranked
    .filter((r) => ev.dominated.has(r.index))
    .map((r) => m.score.dominatedBy({ id: r.team.id, n: ev.dominated.get(r.index)!.length }));
  return list.length ? m.score.dominated({ places: ev.contest.rules.teams, list: list.join(", ") }) : "";
}

/** A column of the score table: header lines, alignment, and a cell per row. */
interface Column {
  /** Names the cells (not the header): columns with the same key have the same cells. */
  key: string;
  head: string;
  align: "left" | "right";
  cell: (r: Evaluation["ranked"][number], picked: boolean) => string;
}

/**
 * Detail columns go, least useful first, until the table fits the terminal: the bar, then the
 * criterion headers wrap at _ or -, then kind, then bonus, then criteria from the right; the bar
 * comes back, shorter, when there is room. A dim line names what was hidden. `--wide` keeps
 * everything and adds the Korean name and a longer bar.
 */
export function scoreTable(ev: Evaluation, o: TableOptions, m: Messages, top?: number): string {
  const { contest } = ev;
  const s = o.style;
  const ids = contest.criteria.map((c) => c.id);
  const maxTotal = Math.max(100, ...ev.ranked.map((r) => r.total));
  const shown = rows(ev, top);
  const h = m.score.head;
  const base: Column[] = [
    { key: "#", head: "#", align: "right", cell: (r) => placeOf(ev, r.index) },
    { key: "mark", head: "", align: "left", cell: (_, p) => (p ? s.green("✔") : "") },
    { key: "id", head: h.consortium, align: "left", cell: (r, p) => (p ? s.bold(r.team.id) : r.team.id) },
  ];
  const ko: Column = { key: "ko", head: h.nameKo, align: "left", cell: (r) => r.team.consortium.name_ko ?? "" };
  const kind: Column = { key: "kind", head: h.kind, align: "left", cell: (r) => r.team.kind };
  const crit = (wrapHeads: boolean): Column[] =>
    ids.map((id, i) => ({
      key: `criterion ${i}`,
      head: wrapHeads ? wrapHead(id) : shortId(id),
      align: "right",
      cell: (r) => num(r.team.scores[i]!, 1),
    }));
  const bonus: Column = { key: "bonus", head: h.bonus, align: "right", cell: (r) => (r.bonus ? `+${num(r.bonus, 1)}` : "") };
  const total: Column = { key: "total", head: h.total, align: "right", cell: (r) => num(r.total) };
  const barCol = (w: number): Column => ({ key: `bar ${w}`, head: "", align: "left", cell: (r) => s.cyan(bar(r.total / maxTotal, w)) });

  const render = (cols: Column[]) => {
    return drawTable(
      {
        head: cols.map((c) => s.bold(c.head)),
        style: { head: [], border: [], compact: true },
        chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
        colAligns: cols.map((c) => c.align),
      },
      shown.map((r) => cols.map((c) => c.cell(r, ev.selected.has(r.index)))),
    );
  };

  let table: string;
  let hidden: string[] = [];
  if (o.wide) table = render([...base, ko, kind, ...crit(false), bonus, total, barCol(20)]);
  else {
    // Width estimated from the cells' display widths (Korean headers take two columns a letter), checked on the result.
    // Each column's cells are measured once (a field of 10,000 has 10,000 rows to measure per column).
    const bodyWidths = new Map<string, number>();
    const bodyWidth = (c: Column) => {
      let w = bodyWidths.get(c.key);
      if (w === undefined) {
        w = 1;
        for (const r of shown) w = Math.max(w, displayWidth(visible(c.cell(r, ev.selected.has(r.index)))));
        bodyWidths.set(c.key, w);
      }
      return w;
    };
    const width = (cols: Column[]) =>
      1 + cols.reduce((sum, c) => sum + 3 + Math.max(bodyWidth(c), ...c.head.split("\n").map(displayWidth)), 0);
    let critCols = crit(false);
    let withKind = true;
    let withBonus = true;
    const layout = () => [...base, ...(withKind ? [kind] : []), ...critCols, ...(withBonus ? [bonus] : []), total];
    const steps: (() => void)[] = [
      () => (critCols = crit(true)),
      () => (withKind = false),
      () => (withBonus = false),
      ...ids.map(() => () => (critCols = critCols.slice(0, -1))),
    ];
    for (const step of steps) {
      if (width(layout()) <= o.columns) break;
      step();
    }
    hidden = [...(withKind ? [] : [h.kind]), ...(withBonus ? [] : [h.bonus]), ...ids.slice(critCols.length)];
    // The bar comes back, shorter, into whatever room is left.
    const room = o.columns - width(layout()) - 3;
    const cols = room >= 4 ? [...layout(), barCol(Math.min(10, room))] : layout();
    table = render(cols);
    if (tableWidth(table) > o.columns && cols.length > layout().length) table = render(layout());
  }
  const fit = (text: string) => (o.wide ? text : wrap(text, o.columns));
  const title = fit(
    m.score.title({
      rubric: s.bold(localized(m, contest.rubric.name, contest.rubric.name_ko)),
      teams: contest.teams.length,
      places: contest.rules.teams,
      mark: s.green("✔"),
    }),
  );
  const weights = s.dim(joinLines(m.score.weights({ list: weightsLine(ev, m) }).split(" · "), " · ", o.wide ? Infinity : o.columns));
  const note = hidden.length ? [s.dim(fit(m.score.hidden({ columns: o.columns, list: hidden.join(", ") })))] : [];
  const unmet = ev.selection.unmet.map((u) => s.yellow(m.score.unmet({ text: unmetText(u, m) })));
  const dominated = dominatedLine(ev, m) ? [s.dim(fit(dominatedLine(ev, m)))] : [];
  const ties = tieLines(ev, m).map((l) => s.yellow(fit(l)));
  return `${[title, weights, table, ...note, ...ties, ...dominated, ...unmet].join("\n")}\n`;
}

const visible = (text: string) => stripVTControlCharacters(text);

/** A long criterion id over two header lines, broken at the _ or - nearest its middle. */
export function wrapHead(id: string): string {
  if (id.length <= 8) return id;
  let best = -1;
  for (let i = 0; i < id.length - 1; i++)
    if ((id[i] === "_" || id[i] === "-") && (best < 0 || Math.abs(i - id.length / 2) < Math.abs(best - id.length / 2))) best = i;
  if (best < 0) return shortId(id);
  const [a, b] = [id.slice(0, best + 1), id.slice(best + 1)];
  return `${a.length > 12 ? shortId(a) : a}\n${b.length > 12 ? shortId(b) : b}`;
}

/** Long criterion ids shortened for narrow table headers. */
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 11)}…` : id;
}

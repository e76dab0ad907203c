/** `explain A --vs B` in four formats (see explain/versus.ts). */
import { fitTable, hiddenNote, type FitColumn } from "./fit.js";
import type { Versus } from "../explain/versus.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { num, pct } from "./text.js";
import { wrapLines } from "./width.js";

const signed = (n: number) => (Math.round(n * 100) === 0 ? "0.00" : `${n > 0 ? "+" : "−"}${num(Math.abs(n))}`);

/** The sentences: who is ahead and by how much, what decides it, and what weight change swaps them. */
export function versusLines(v: Versus): string[] {
  const [lead, trail] = v.ahead === v.a.id ? [v.a, v.b] : [v.b, v.a];
  if (v.a.id === v.b.id) return [`${v.a.id} against itself: nothing to compare`];
  const gap = Math.abs(v.gap);
  const out: string[] = [];
  if (Math.round(gap * 1e9) === 0) {
    const how = v.decided_by === "id" ? "by id (alphabetical order) only: they are equal on every tie-break criterion" : `by the tie-break criterion ${v.decided_by}`;
    out.push(`${lead.id} and ${trail.id} tie at ${num(lead.total)}; ${lead.id} ranks ahead ${how}.`);
  } else {
    const what = v.decided_by === "bonus" ? "the bonus" : `${v.decided_by}`;
    const part = v.decided_by === "bonus" ? Math.abs(v.bonus_difference) : Math.abs(v.criteria.find((c) => c.id === v.decided_by)!.difference);
    out.push(`${lead.id} is ${num(gap)} points ahead of ${trail.id} (${num(lead.total)} vs ${num(trail.total)}); ${what} decides it (${num(part)} points in ${lead.id}'s favour).`);
  }
  if (v.swap) {
    const way = v.swap.direction === "up" ? "above" : "below";
    out.push(
      Math.abs(v.swap.to - v.swap.from) <= 1e-12
        ? `They swap places as soon as ${v.swap.criterion}'s weight goes ${way} its ${pct(v.swap.from, 2)} (the other weights keeping their proportions).`
        : `They swap places when ${v.swap.criterion}'s weight goes from ${pct(v.swap.from)} ${way} ${pct(v.swap.to, 2)} (the other weights keeping their proportions); at exactly ${pct(v.swap.to, 2)} their totals are equal.`,
    );
  } else out.push("No change of a single weight swaps them.");
  return out;
}

export function versusJson(v: Versus): string {
  return toJson(v);
}

const HEAD = ["part", "criterion", "weight", "a_id", "a_score", "a_points", "b_id", "b_score", "b_points", "difference", "equal_at"];

export function versusCsv(v: Versus): string {
  return toCsv(HEAD, [
    ...v.criteria.map((c) => ["criterion", c.id, round(c.weight, 6), v.a.id, c.a.score, round(c.a.points), v.b.id, c.b.score, round(c.b.points), round(c.difference), c.equal_at === null ? "" : round(c.equal_at, 6)]),
    ["bonus", "", "", v.a.id, "", round(v.a.bonus), v.b.id, "", round(v.b.bonus), round(v.bonus_difference), ""],
    ["total", "", "", v.a.id, "", round(v.a.total), v.b.id, "", round(v.b.total), round(v.gap), ""],
  ]);
}

export function versusMarkdown(v: Versus): string {
  const rows = [
    ...v.criteria.map((c) => [c.id, pct(c.weight), num(c.a.score, 1), num(c.a.points), num(c.b.score, 1), num(c.b.points), signed(c.difference), c.equal_at === null ? "never" : pct(c.equal_at, 2)]),
    ["bonus", "", "", num(v.a.bonus), "", num(v.b.bonus), signed(v.bonus_difference), ""],
    ["**total**", "", "", `**${num(v.a.total)}**`, "", `**${num(v.b.total)}**`, `**${signed(v.gap)}**`, ""],
  ];
  return [
    `### ${v.a.id} vs ${v.b.id} — ${v.rubric}`,
    "",
    `${v.a.id}: rank ${v.a.rank}, ${v.a.selected ? "picked" : "not picked"} · ${v.b.id}: rank ${v.b.rank}, ${v.b.selected ? "picked" : "not picked"}`,
    "",
    toMarkdownTable(["criterion", "weight", `${v.a.id} score`, `${v.a.id} points`, `${v.b.id} score`, `${v.b.id} points`, "difference", "totals equal at weight"], rows, ["l", "r", "r", "r", "r", "r", "r", "r"]),
    ...versusLines(v).map((l) => `${l}\n`),
  ].join("\n");
}

export function versusTable(v: Versus, o: TableOptions): string {
  const s = o.style;
  const cr = v.criteria;
  const col = (head: string, cells: string[], more: Partial<FitColumn> = {}): FitColumn => ({ head: s.bold(head), cells, align: "right", ...more });
  const fitted = fitTable(
    [
      col("criterion", [...cr.map((c) => c.id), s.dim("bonus"), s.bold("total")], { align: "left" }),
      col("weight", [...cr.map((c) => pct(c.weight)), "", ""], { name: "weight", drop: 2 }),
      col(v.a.id, [...cr.map((c) => num(c.a.score, 1)), "", ""], {}),
      col("pts", [...cr.map((c) => num(c.a.points)), num(v.a.bonus), s.bold(num(v.a.total))]),
      col(v.b.id, [...cr.map((c) => num(c.b.score, 1)), "", ""], {}),
      col("pts", [...cr.map((c) => num(c.b.points)), num(v.b.bonus), s.bold(num(v.b.total))]),
      col("diff", [...cr.map((c) => signed(c.difference)), signed(v.bonus_difference), s.bold(signed(v.gap))]),
      col("equal at", [...cr.map((c) => (c.equal_at === null ? "never" : pct(c.equal_at, 2))), "", ""], { name: "equal at", drop: 1 }),
    ],
    { columns: o.columns, wide: o.wide, table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } } },
  );
  const table = { toString: () => [fitted.text, ...hiddenNote(fitted.hidden, o.columns).map((l) => s.dim(l))].join("\n") };
  const mark = (x: Versus["a"]) => `${s.bold(x.id)} rank ${x.rank}, ${x.selected ? s.green("picked") : "not picked"}`;
  const fit = (l: string) => (o.wide ? [l] : wrapLines(l, o.columns));
  return [...fit(`${mark(v.a)} · ${mark(v.b)} — ${v.rubric}`), table.toString(), ...versusLines(v).flatMap(fit)].join("\n") + "\n";
}

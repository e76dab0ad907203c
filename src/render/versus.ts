/** `explain A --vs B` in four formats (see explain/versus.ts). */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
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
function versusLines(v: Versus, m: Messages = en): string[] {
  const w = m.versus;
  const [lead, trail] = v.ahead === v.a.id ? [v.a, v.b] : [v.b, v.a];
  if (v.a.id === v.b.id) return [w.self({ id: v.a.id })];
  const gap = Math.abs(v.gap);
  const out: string[] = [];
  if (Math.round(gap * 1e9) === 0) {
    out.push(w.tie({ lead: lead.id, trail: trail.id, total: num(lead.total), by: v.decided_by === "id" ? null : String(v.decided_by) }));
  } else {
    const part =
      v.decided_by === "bonus" ? Math.abs(v.bonus_difference) : Math.abs(v.criteria.find((c) => c.id === v.decided_by)!.difference);
    out.push(
      w.ahead({
        lead: lead.id,
        trail: trail.id,
        gap: num(gap),
        leadTotal: num(lead.total),
        trailTotal: num(trail.total),
        what: v.decided_by === "bonus" ? null : String(v.decided_by),
        part: num(part),
      }),
    );
  }
  if (v.swap) {
    const up = v.swap.direction === "up";
    out.push(
      Math.abs(v.swap.to - v.swap.from) <= 1e-12
        ? w.swapAt({ criterion: v.swap.criterion, up, from: pct(v.swap.from, 2) })
        : w.swap({ criterion: v.swap.criterion, up, from: pct(v.swap.from), to: pct(v.swap.to, 2) }),
    );
  } else out.push(w.noSwap);
  return out;
}

export function versusJson(v: Versus): string {
  return toJson(v);
}

const HEAD = ["part", "criterion", "weight", "a_id", "a_score", "a_points", "b_id", "b_score", "b_points", "difference", "equal_at"];

export function versusCsv(v: Versus): string {
  return toCsv(HEAD, [
    ...v.criteria.map((c) => [
      "criterion",
      c.id,
      round(c.weight, 6),
      v.a.id,
      c.a.score,
      round(c.a.points),
      v.b.id,
      c.b.score,
      round(c.b.points),
      round(c.difference),
      c.equal_at === null ? "" : round(c.equal_at, 6),
    ]),
    ["bonus", "", "", v.a.id, "", round(v.a.bonus), v.b.id, "", round(v.b.bonus), round(v.bonus_difference), ""],
    ["total", "", "", v.a.id, "", round(v.a.total), v.b.id, "", round(v.b.total), round(v.gap), ""],
  ]);
}

export function versusMarkdown(v: Versus, m: Messages = en): string {
  const w = m.versus;
  const h = w.head;
  const rows = [
    ...v.criteria.map((c) => [
      c.id,
      pct(c.weight),
      num(c.a.score, 1),
      num(c.a.points),
      num(c.b.score, 1),
      num(c.b.points),
      signed(c.difference),
      c.equal_at === null ? w.never : pct(c.equal_at, 2),
    ]),
    [w.bonus, "", "", num(v.a.bonus), "", num(v.b.bonus), signed(v.bonus_difference), ""],
    [`**${w.total}**`, "", "", `**${num(v.a.total)}**`, "", `**${num(v.b.total)}**`, `**${signed(v.gap)}**`, ""],
  ];
  const mark = (x: Versus["a"]) => w.mdMark({ id: x.id, rank: x.rank, picked: x.selected ? w.picked : w.notPicked });
  return [
    `### ${v.a.id} vs ${v.b.id} — ${localized(m, v.rubric, v.rubric_ko)}`,
    "",
    `${mark(v.a)} · ${mark(v.b)}`,
    "",
    toMarkdownTable(
      [
        h.criterion,
        h.weight,
        h.score({ id: v.a.id }),
        h.points({ id: v.a.id }),
        h.score({ id: v.b.id }),
        h.points({ id: v.b.id }),
        h.difference,
        h.equalAtWeight,
      ],
      rows,
      ["l", "r", "r", "r", "r", "r", "r", "r"],
    ),
    ...versusLines(v, m).map((l) => `${l}\n`),
  ].join("\n");
}

export function versusTable(v: Versus, o: TableOptions, m: Messages = en): string {
  const s = o.style;
  const w = m.versus;
  const h = w.head;
  const cr = v.criteria;
  const col = (head: string, cells: string[], more: Partial<FitColumn> = {}): FitColumn => ({
    head: s.bold(head),
    cells,
    align: "right",
    ...more,
  });
  const fitted = fitTable(
    [
      col(h.criterion, [...cr.map((c) => c.id), s.dim(w.bonus), s.bold(w.total)], { align: "left" }),
      col(h.weight, [...cr.map((c) => pct(c.weight)), "", ""], { name: h.weight, drop: 2 }),
      col(v.a.id, [...cr.map((c) => num(c.a.score, 1)), "", ""], {}),
      col(h.pts, [...cr.map((c) => num(c.a.points)), num(v.a.bonus), s.bold(num(v.a.total))]),
      col(v.b.id, [...cr.map((c) => num(c.b.score, 1)), "", ""], {}),
      col(h.pts, [...cr.map((c) => num(c.b.points)), num(v.b.bonus), s.bold(num(v.b.total))]),
      col(h.diff, [...cr.map((c) => signed(c.difference)), signed(v.bonus_difference), s.bold(signed(v.gap))]),
      col(h.equalAt, [...cr.map((c) => (c.equal_at === null ? w.never : pct(c.equal_at, 2))), "", ""], { name: h.equalAt, drop: 1 }),
    ],
    {
      columns: o.columns,
      wide: o.wide,
      table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
    },
  );
  const table = { toString: () => [fitted.text, ...hiddenNote(fitted.hidden, o.columns, m).map((l) => s.dim(l))].join("\n") };
  const mark = (x: Versus["a"]) => w.mark({ id: s.bold(x.id), rank: x.rank, picked: x.selected ? s.green(w.picked) : w.notPicked });
  const fit = (l: string) => (o.wide ? [l] : wrapLines(l, o.columns));
  return `${[...fit(`${mark(v.a)} · ${mark(v.b)} — ${localized(m, v.rubric, v.rubric_ko)}`), table.toString(), ...versusLines(v, m).flatMap(fit)].join("\n")}\n`;
}

/**
 * `explain` output in four formats: one consortium's card (see explain/card.ts).
 */
import { fitLines, fitTable, hiddenNote } from "./fit.js";
import type { Card, CitedSource, CriterionLine } from "../explain/card.js";
import { citationText } from "../sources/citation.js";
import { tied } from "../explain/card.js";
import type { Model, Organisation, Service } from "../schema/consortium.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { mdLink, mdText, toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { num, pct } from "./text.js";
import { labelled, wrap, wrapLines } from "./width.js";
import { panelCardLines } from "../panel/explain.js";
import { en, localized, type Messages } from "../i18n/index.js";

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const cite = (source: string | readonly string[] | undefined | null) => (source ? ` [${citationText(source)}]` : "");

/** Names for people: the Korean name, when there is one, in Korean output. */
const nameOf = (x: { name: string; name_ko?: string | undefined }, m: Messages) => (m.code === "ko" && x.name_ko ? x.name_ko : x.name);

export function organisation(o: Organisation, m: Messages = en): string {
  return `${nameOf(o, m)} (${o.kind})${o.note ? `: ${o.note}` : ""}${cite(o.source)}`;
}

export function model(x: Model, m: Messages = en): string {
  const facts = [
    x.parameters_b !== undefined ? m.explain.parameters({ b: x.parameters_b }) : "",
    x.from_scratch === true ? m.explain.fromScratch : x.from_scratch === false ? m.explain.notFromScratch : "",
    x.openness ?? "",
  ].filter(Boolean);
  return `${x.name}${facts.length ? ` (${facts.join(", ")})` : ""}${x.note ? `: ${x.note}` : ""}${cite(x.source)}`;
}

export function service(x: Service, m: Messages = en): string {
  return `${x.name}${x.users !== undefined ? ` (${m.explain.users({ n: thousands(x.users) })})` : ""}${x.note ? `: ${x.note}` : ""}${cite(x.source)}`;
}

/** The score as written, with its value when it is a level name: `open-weight (6)`. */
export function scoreText(c: CriterionLine, m: Messages = en): string {
  return typeof c.value === "string" ? `${localized(m, c.value, c.level_ko)} (${num(c.score, 1)})` : num(c.score, 1);
}

export function rangeText(c: CriterionLine): string {
  const [lo, hi] = c.range;
  return lo === hi ? "" : `${num(lo, 1)}–${num(hi, 1)}`;
}

/** One sentence on where the team stands against the line between picked and left out. */
export function lineText(card: Card, m: Messages = en): string {
  const l = card.line;
  const e = m.explain;
  if (l.position === "none") return e.lineNone;
  if (l.versus === null || l.points === null || l.versus_total === null || l.versus_rank === null) return e.lineNoneOut;
  const vs = { versus: l.versus, total: num(l.versus_total) };
  const ahead = card.rank < l.versus_rank;
  if (l.position === "above") {
    if (tied(card.total, l.versus_total)) return ahead ? e.lineTiedAboveAhead(vs) : e.lineTiedAboveRules(vs);
    if (l.points > 0) return e.lineAbove({ points: num(l.points), ...vs });
    return e.lineAboveByRules({ points: num(-l.points), ...vs });
  }
  if (tied(card.total, l.versus_total)) return ahead ? e.lineTiedBelowRules(vs) : e.lineTiedBelowBehind(vs);
  if (l.points > 0) return e.lineBelow({ points: num(l.points), ...vs });
  return e.lineBelowByRules({ points: num(-l.points), ...vs });
}

/**
 * "rank 3 of 11", or, inside a tie group, the shared place as every other output shows it: "tied
 * for 5th of 11 with kt and upstage" (its rank after the tie-break is in the tie sentence).
 */
function placeText(card: Card, withWhom = true, m: Messages = en): string {
  if (!card.tie_group) return m.explain.rankOf({ rank: card.rank, teams: card.teams });
  const place = parseInt(card.place, 10);
  return withWhom
    ? m.explain.tiedForWith({ place, teams: card.teams, with: tiedWith(card, m) })
    : m.explain.tiedFor({ place, teams: card.teams });
}

/** The other members of the team's tie group: "kilo and lima". */
const tiedWith = (card: Card, m: Messages) => m.common.list((card.tie_group ?? []).filter((id) => id !== card.id));

const status = (card: Card, m: Messages) =>
  m.explain.status({ place: placeText(card, true, m), picked: card.selected, places: card.places });
const totalText = (card: Card, m: Messages) =>
  (card.bonus !== 0
    ? m.explain.totalWithBonus({ total: num(card.total), weighted: num(card.weighted), bonus: num(card.bonus) })
    : m.explain.totalPlain({ total: num(card.total) })) + methodText(card, m);

/** Under a method other than the weighted sum: which, how, and (TOPSIS) d⁺, d⁻ and that the field matters. */
function methodText(card: Card, msg: Messages): string {
  const m = card.method;
  if (!m) return "";
  const distances = m.d_plus !== undefined && m.d_minus !== undefined ? ` (d⁺ ${m.d_plus.toFixed(4)}, d⁻ ${m.d_minus.toFixed(4)})` : "";
  return msg.explain.byMethod({ method: m.name, formula: m.formula, distances, field: m.field ?? "" });
}

const pointsText = (p: number | null) => (p === null ? "—" : num(p));

/** `Publisher, "Title", 2025-07-21, https://…` — enough to find and check the source. */
function sourceLine(r: CitedSource): string {
  return `${r.publisher}, "${r.title}", ${r.published}, ${r.url}`;
}

const asOfText = (card: Card, m: Messages) => (card.as_of ? m.explain.asOf({ date: card.as_of }) : "");

export function explainJson(card: Card): string {
  return toJson(card);
}

// `place` (the shared place, "5=" in a tie group) is last so that the older columns keep their positions.
const CSV_HEAD = [
  "id",
  "name",
  "name_ko",
  "rank",
  "selected",
  "total",
  "part",
  "criterion",
  "label",
  "value",
  "score",
  "low",
  "high",
  "weight",
  "points",
  "evidence",
  "source",
  "place",
];

/** One row per criterion and one per bonus earned: the points column adds up to the total. */
export function explainCsv(card: Card): string {
  // Rounded like score's CSV: totals and points to 2 decimals, weights (fractions) to 6.
  const team = [card.id, card.name, card.name_ko, card.rank, card.selected, round(card.total)];
  return toCsv(CSV_HEAD, [
    ...card.criteria.map((c) => [
      ...team,
      "criterion",
      c.id,
      c.label,
      c.value,
      c.score,
      c.range[0],
      c.range[1],
      round(c.weight, 6),
      c.points === null ? "" : round(c.points),
      c.evidence ?? "",
      c.source ?? "",
      card.place,
    ]),
    ...card.bonuses.map((b) => [...team, "bonus", b.criterion, b.label, "", "", "", "", "", b.points, "", "", card.place]),
  ]);
}

export function explainMarkdown(card: Card, m: Messages = en): string {
  const out: string[] = [];
  const e = m.explain;
  // Every text from data goes through mdText: no HTML, no links, no line break ends a heading.
  const t = mdText;
  out.push(`### ${card.id} — ${t(card.name)}${card.name_ko ? ` (${t(card.name_ko)})` : ""}`, "");
  out.push(e.mdStatus({ rubric: t(localized(m, card.rubric, card.rubric_ko)), status: t(status(card, m)), total: totalText(card, m) }), "");
  out.push(e.mdWhy({ why: t(card.reasons.join("; ")) || m.common.noReason, line: t(lineText(card, m)) }), "");
  if (card.tie) out.push(t(card.tie), "");
  if (card.needs_text) out.push(e.mdNeeds({ text: t(card.needs_text) }), "");
  if (card.summary) out.push(t(card.summary), "");
  const l = e.mdLabel;
  out.push(`- **${l.lead}:** ${t(organisation(card.lead, m))}`);
  out.push(`- **${l.members}:** ${t(card.members.map((o) => organisation(o, m)).join("; ")) || e.noneNamed}`);
  out.push(`- **${l.models}:** ${t(card.models.map((x) => model(x, m)).join("; ")) || e.noneNamed}`);
  out.push(`- **${l.services}:** ${t(card.services.map((x) => service(x, m)).join("; ")) || e.noneNamed}`, "");
  const h = e.head;
  out.push(
    toMarkdownTable(
      [h.criterion, h.score, h.range, h.weight, h.points, h.evidence, h.source],
      [
        ...card.criteria.map((c) => [
          c.id,
          scoreText(c, m),
          rangeText(c),
          pct(c.weight),
          pointsText(c.points),
          c.evidence ?? "",
          c.source ?? "",
        ]),
        ...card.bonuses.map((b) => [
          e.bonusRow({ label: localized(m, b.label, b.label_ko) }),
          "",
          "",
          "",
          `+${num(b.points)}`,
          e.bonusReached({ criterion: b.criterion }),
          "",
        ]),
        [`**${l.total}**`, "", "", "", `**${num(card.total)}**`, "", ""],
      ],
      ["l", "l", "l", "r", "r", "l", "l"],
    ),
  );
  if (card.panel) {
    out.push("", `**${l.panel}** (${card.panel.reviews})`, "");
    for (const x of panelCardLines(card.panel, (n) => String(round(n, 2)))) out.push(`- ${x}`);
  }
  if (card.sources.length) {
    out.push("", `**${l.sources}${asOfText(card, m)}**`, "");
    for (const r of card.sources) out.push(`- \`${r.id}\`: ${t(r.publisher)}, "${t(r.title)}", ${r.published}, ${mdLink(r.url)}`);
  }
  return out.join("\n");
}

export function explainTable(card: Card, o: TableOptions, m: Messages = en): string {
  const s = o.style;
  const e = m.explain;
  const k = e.label;
  const width = o.wide ? Math.max(o.columns, 120) : o.columns;
  const lines: string[] = [];
  const ko = card.name_ko ? ` · ${card.name_ko}` : "";
  const fit = (l: string) => fitLines([l], width, false);
  lines.push(...fit(`${s.bold(card.id)} · ${card.name}${ko}`));
  const mark = card.selected ? s.green(e.pickedMark) : s.yellow(e.notPickedMark);
  // The header line stays short (it must fit 80 columns): whom the team is tied with goes in the facts.
  lines.push(
    ...fit(
      e.headline({
        rubric: localized(m, card.rubric, card.rubric_ko),
        place: placeText(card, false, m),
        mark,
        places: card.places,
        total: s.bold(num(card.total)),
      }),
    ),
  );
  const facts: [string, string][] = [];
  facts.push([k.why, card.reasons.join("; ") || m.common.noReason]);
  facts.push([k.line, lineText(card, m)]);
  if (card.tie) facts.push([k.tie, card.tie]);
  else if (card.tie_group) facts.push([k.tie, e.equalTotalWith({ with: tiedWith(card, m) })]);
  if (card.needs_text) facts.push([k.needs, card.needs_text]);
  facts.push([k.total, totalText(card, m)]);
  if (card.summary) facts.push([k.summary, card.summary.replace(/\s+/g, " ")]);
  facts.push([k.lead, organisation(card.lead, m)]);
  facts.push([k.members, card.members.length ? card.members.map((x) => organisation(x, m)).join("\n") : e.noneNamed]);
  facts.push([k.models, card.models.length ? card.models.map((x) => model(x, m)).join("\n") : e.noneNamed]);
  facts.push([k.services, card.services.length ? card.services.map((x) => service(x, m)).join("\n") : e.noneNamed]);
  lines.push(
    "",
    labelled(
      facts.map(([k, v]) => [s.dim(k), v] as const),
      width,
    ),
  );

  const bonus = card.bonuses.map((b) => ({
    label: wrapLines(localized(m, b.label, b.label_ko), 30).join("\n"),
    points: `+${num(b.points)}`,
  }));
  const blank = () => bonus.map(() => "");
  const fitted = fitTable(
    [
      { head: s.bold(e.head.criterion), cells: [...card.criteria.map((c) => c.id), ...bonus.map(() => s.dim(k.bonus)), s.bold(k.total)] },
      { head: s.bold(e.head.score), cells: [...card.criteria.map((c) => scoreText(c, m)), ...bonus.map((b) => b.label), ""], wrapMin: 12 },
      { head: s.bold(e.head.range), name: e.head.range, cells: [...card.criteria.map(rangeText), ...blank(), ""], drop: 1 },
      {
        head: s.bold(e.head.weight),
        name: e.head.weight,
        cells: [...card.criteria.map((c) => pct(c.weight)), ...blank(), pct(card.criteria.reduce((a, c) => a + c.weight, 0))],
        align: "right",
        drop: 2,
      },
      {
        head: s.bold(e.head.points),
        cells: [...card.criteria.map((c) => pointsText(c.points)), ...bonus.map((b) => b.points), s.bold(num(card.total))],
        align: "right",
      },
    ],
    {
      columns: width,
      wide: o.wide,
      table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
    },
  );
  lines.push("", fitted.text, ...hiddenNote(fitted.hidden, width).map((l) => s.dim(l)));

  const evidence = card.criteria.filter((c) => c.evidence || c.source);
  if (evidence.length) {
    lines.push("", s.bold(e.mdLabel.evidence));
    for (const c of evidence) {
      lines.push(wrap(`${s.bold(c.id)} — ${localized(m, c.label, c.label_ko)}${c.source ? s.dim(` [${c.source}]`) : ""}`, width, 2));
      if (c.evidence) lines.push(wrap(c.evidence, width, 4));
    }
  }
  if (card.panel) {
    lines.push("", s.bold(e.mdLabel.panel) + s.dim(` (${card.panel.reviews})`));
    for (const l of panelCardLines(card.panel, (n) => String(round(n, 2)))) lines.push(wrap(l, width, 2));
  }
  if (card.sources.length) {
    lines.push("", s.bold(`${e.mdLabel.sources}${asOfText(card, m)}`));
    for (const r of card.sources) lines.push(wrap(`${s.bold(r.id)} — ${sourceLine(r)}`, width, 2));
  }
  return `${lines.join("\n")}\n`;
}

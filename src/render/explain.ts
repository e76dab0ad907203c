/**
 * `explain` output in four formats: one consortium's card (see explain/card.ts).
 */
import { fitLines, fitTable, hiddenNote } from "./fit.js";
import type { Card, CitedSource, CriterionLine } from "../explain/card.js";
import { citationText } from "../sources/citation.js";
import { tied } from "../explain/card.js";
import { andList, ordinal } from "../score/ties.js";
import type { Model, Organisation, Service } from "../schema/consortium.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { mdLink, mdText, toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { num, pct } from "./text.js";
import { labelled, wrap, wrapLines } from "./width.js";
import { panelCardLines } from "../panel/explain.js";

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const cite = (source: string | readonly string[] | undefined | null) => (source ? ` [${citationText(source)}]` : "");

export function organisation(o: Organisation): string {
  return `${o.name} (${o.kind})${o.note ? `: ${o.note}` : ""}${cite(o.source)}`;
}

export function model(m: Model): string {
  const facts = [
    m.parameters_b !== undefined ? `${m.parameters_b}B parameters` : "",
    m.from_scratch === true ? "built from scratch" : m.from_scratch === false ? "not built from scratch" : "",
    m.openness ?? "",
  ].filter(Boolean);
  return `${m.name}${facts.length ? ` (${facts.join(", ")})` : ""}${m.note ? `: ${m.note}` : ""}${cite(m.source)}`;
}

export function service(s: Service): string {
  return `${s.name}${s.users !== undefined ? ` (${thousands(s.users)} users)` : ""}${s.note ? `: ${s.note}` : ""}${cite(s.source)}`;
}

/** The score as written, with its value when it is a level name: `open-weight (6)`. */
export function scoreText(c: CriterionLine): string {
  return typeof c.value === "string" ? `${c.value} (${num(c.score, 1)})` : num(c.score, 1);
}

export function rangeText(c: CriterionLine): string {
  const [lo, hi] = c.range;
  return lo === hi ? "" : `${num(lo, 1)}–${num(hi, 1)}`;
}

/** One sentence on where the team stands against the line between picked and left out. */
export function lineText(card: Card): string {
  const l = card.line;
  if (l.position === "none") return "no team is picked, so there is no line to cross";
  if (l.versus === null || l.points === null || l.versus_total === null || l.versus_rank === null) return "picked, and no team is left out";
  const vs = `${l.versus} (${num(l.versus_total)})`;
  const ahead = card.rank < l.versus_rank;
  if (l.position === "above") {
    if (tied(card.total, l.versus_total))
      return ahead ? `on the line: tied on total with ${vs}, the best team left out, and ahead on the tie-break` : `on the line: tied on total with ${vs}, the best team left out, and picked by the rules`;
    if (l.points > 0) return `${num(l.points)} points above the line: the best team left out, ${l.versus}, has ${num(l.versus_total)}`;
    return `picked by the rules although ${num(-l.points)} points behind ${vs}, the best team left out`;
  }
  if (tied(card.total, l.versus_total))
    return ahead ? `on the line: tied on total with ${vs}, the last picked team, and left out by the rules` : `on the line: tied on total with ${vs}, the last picked team, and behind on the tie-break`;
  if (l.points > 0) return `needs ${num(l.points)} more points to cross the line: the last picked team, ${l.versus}, has ${num(l.versus_total)}`;
  return `left out by the rules although ${num(-l.points)} points ahead of ${vs}, the last picked team`;
}

/**
 * "rank 3 of 11", or, inside a tie group, the shared place as every other output shows it: "tied
 * for 5th of 11 with kt and upstage" (its rank after the tie-break is in the tie sentence).
 */
export function placeText(card: Card, withWhom = true): string {
  if (!card.tie_group) return `rank ${card.rank} of ${card.teams}`;
  const place = `tied for ${ordinal(parseInt(card.place, 10))} of ${card.teams}`;
  return withWhom ? `${place} with ${tiedWith(card)}` : place;
}

/** The other members of the team's tie group: "kilo and lima". */
const tiedWith = (card: Card) => andList((card.tie_group ?? []).filter((id) => id !== card.id));

const status = (card: Card) => `${placeText(card)}, ${card.selected ? "picked" : "not picked"} (up to ${card.places} picked)`;
const totalText = (card: Card) =>
  card.bonus !== 0 ? `${num(card.total)} = ${num(card.weighted)} from the criteria + ${num(card.bonus)} bonus` : `${num(card.total)} from the criteria`;

/** `Publisher, "Title", 2025-07-21, https://…` — enough to find and check the source. */
export function sourceLine(r: CitedSource): string {
  return `${r.publisher}, "${r.title}", ${r.published}, ${r.url}`;
}

const asOfText = (card: Card) => (card.as_of ? ` (as of ${card.as_of})` : "");

export function explainJson(card: Card): string {
  return toJson(card);
}

// `place` (the shared place, "5=" in a tie group) is last so that the older columns keep their positions.
const CSV_HEAD = ["id", "name", "name_ko", "rank", "selected", "total", "part", "criterion", "label", "value", "score", "low", "high", "weight", "points", "evidence", "source", "place"];

/** One row per criterion and one per bonus earned: the points column adds up to the total. */
export function explainCsv(card: Card): string {
  // Rounded like score's CSV: totals and points to 2 decimals, weights (fractions) to 6.
  const team = [card.id, card.name, card.name_ko, card.rank, card.selected, round(card.total)];
  return toCsv(CSV_HEAD, [
    ...card.criteria.map((c) => [...team, "criterion", c.id, c.label, c.value, c.score, c.range[0], c.range[1], round(c.weight, 6), round(c.points), c.evidence ?? "", c.source ?? "", card.place]),
    ...card.bonuses.map((b) => [...team, "bonus", b.criterion, b.label, "", "", "", "", "", b.points, "", "", card.place]),
  ]);
}

export function explainMarkdown(card: Card): string {
  const out: string[] = [];
  // Every text from data goes through mdText: no HTML, no links, no line break ends a heading.
  const t = mdText;
  out.push(`### ${card.id} — ${t(card.name)}${card.name_ko ? ` (${t(card.name_ko)})` : ""}`, "");
  out.push(`**${t(card.rubric)}**: ${t(status(card))}. Total ${totalText(card)}.`, "");
  out.push(`Why: ${t(card.reasons.join("; ")) || "no reason recorded"}. Line: ${t(lineText(card))}.`, "");
  if (card.tie) out.push(t(card.tie), "");
  if (card.needs_text) out.push(`Would take: ${t(card.needs_text)}.`, "");
  if (card.summary) out.push(t(card.summary), "");
  out.push(`- **Lead:** ${t(organisation(card.lead))}`);
  out.push(`- **Members:** ${t(card.members.map(organisation).join("; ")) || "none named"}`);
  out.push(`- **Models:** ${t(card.models.map(model).join("; ")) || "none named"}`);
  out.push(`- **Services:** ${t(card.services.map(service).join("; ")) || "none named"}`, "");
  out.push(
    toMarkdownTable(
      ["criterion", "score", "range", "weight", "points", "evidence", "source"],
      [
        ...card.criteria.map((c) => [c.id, scoreText(c), rangeText(c), pct(c.weight), num(c.points), c.evidence ?? "", c.source ?? ""]),
        ...card.bonuses.map((b) => [`bonus: ${b.label}`, "", "", "", `+${num(b.points)}`, `${b.criterion} reaches the bonus threshold`, ""]),
        ["**total**", "", "", "", `**${num(card.total)}**`, "", ""],
      ],
      ["l", "l", "l", "r", "r", "l", "l"],
    ),
  );
  if (card.panel) {
    out.push("", `**Panel** (${card.panel.reviews})`, "");
    for (const l of panelCardLines(card.panel, (n) => String(round(n, 2)))) out.push(`- ${l}`);
  }
  if (card.sources.length) {
    out.push("", `**Sources${asOfText(card)}**`, "");
    for (const r of card.sources) out.push(`- \`${r.id}\`: ${t(r.publisher)}, "${t(r.title)}", ${r.published}, ${mdLink(r.url)}`);
  }
  return out.join("\n");
}

export function explainTable(card: Card, o: TableOptions): string {
  const s = o.style;
  const width = o.wide ? Math.max(o.columns, 120) : o.columns;
  const lines: string[] = [];
  const ko = card.name_ko ? ` · ${card.name_ko}` : "";
  const fit = (l: string) => fitLines([l], width, false);
  lines.push(...fit(`${s.bold(card.id)} · ${card.name}${ko}`));
  const mark = card.selected ? s.green("✔ picked") : s.yellow("✘ not picked");
  // The header line stays short (it must fit 80 columns): whom the team is tied with goes in the facts.
  lines.push(...fit(`${card.rubric}: ${placeText(card, false)} · ${mark} (up to ${card.places}) · total ${s.bold(num(card.total))}`));
  const facts: [string, string][] = [];
  facts.push(["why", card.reasons.join("; ") || "no reason recorded"]);
  facts.push(["line", lineText(card)]);
  if (card.tie) facts.push(["tie", card.tie]);
  else if (card.tie_group) facts.push(["tie", `equal total with ${tiedWith(card)}`]);
  if (card.needs_text) facts.push(["would take", card.needs_text]);
  facts.push(["total", totalText(card)]);
  if (card.summary) facts.push(["summary", card.summary.replace(/\s+/g, " ")]);
  facts.push(["lead", organisation(card.lead)]);
  facts.push(["members", card.members.length ? card.members.map(organisation).join("\n") : "none named"]);
  facts.push(["models", card.models.length ? card.models.map(model).join("\n") : "none named"]);
  facts.push(["services", card.services.length ? card.services.map(service).join("\n") : "none named"]);
  lines.push("", labelled(facts.map(([k, v]) => [s.dim(k), v] as const), width));

  const bonus = card.bonuses.map((b) => ({ label: wrapLines(b.label, 30).join("\n"), points: `+${num(b.points)}` }));
  const blank = () => bonus.map(() => "");
  const fitted = fitTable(
    [
      { head: s.bold("criterion"), cells: [...card.criteria.map((c) => c.id), ...bonus.map(() => s.dim("bonus")), s.bold("total")] },
      { head: s.bold("score"), cells: [...card.criteria.map(scoreText), ...bonus.map((b) => b.label), ""], wrapMin: 12 },
      { head: s.bold("range"), name: "range", cells: [...card.criteria.map(rangeText), ...blank(), ""], drop: 1 },
      { head: s.bold("weight"), name: "weight", cells: [...card.criteria.map((c) => pct(c.weight)), ...blank(), pct(card.criteria.reduce((a, c) => a + c.weight, 0))], align: "right", drop: 2 },
      { head: s.bold("points"), cells: [...card.criteria.map((c) => num(c.points)), ...bonus.map((b) => b.points), s.bold(num(card.total))], align: "right" },
    ],
    { columns: width, wide: o.wide, table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } } },
  );
  lines.push("", fitted.text, ...hiddenNote(fitted.hidden, width).map((l) => s.dim(l)));

  const evidence = card.criteria.filter((c) => c.evidence || c.source);
  if (evidence.length) {
    lines.push("", s.bold("Evidence"));
    for (const c of evidence) {
      lines.push(wrap(`${s.bold(c.id)} — ${c.label}${c.source ? s.dim(` [${c.source}]`) : ""}`, width, 2));
      if (c.evidence) lines.push(wrap(c.evidence, width, 4));
    }
  }
  if (card.panel) {
    lines.push("", s.bold(`Panel`) + s.dim(` (${card.panel.reviews})`));
    for (const l of panelCardLines(card.panel, (n) => String(round(n, 2)))) lines.push(wrap(l, width, 2));
  }
  if (card.sources.length) {
    lines.push("", s.bold(`Sources${asOfText(card)}`));
    for (const r of card.sources) lines.push(wrap(`${s.bold(r.id)} — ${sourceLine(r)}`, width, 2));
  }
  return lines.join("\n") + "\n";
}

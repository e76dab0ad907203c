/** The report as Markdown: the HTML report's sections and tables; the charts are left out, with a note. */
import { explainMarkdown } from "../render/explain.js";
import { toMarkdownTable } from "../render/markdown.js";
import { num, pct } from "../render/text.js";
import type { ReportModel } from "./model.js";

const NOTE = "_Charts are in the HTML version of this report (`-o report.html`); the table holds the chart's data._";

export function reportMarkdown(m: ReportModel): string {
  const out: string[] = [];
  out.push(`# ${m.title}`, "", `${m.date}: ${m.dateNote} · ${m.teams} consortia · ${m.rubric.name}`, "");
  out.push("## Data and rubric", "", m.rubric.description, "");
  out.push(toMarkdownTable(["criterion", "label", "weight", "scale", "levels"], m.rubric.criteria.map((c) => [c.id, c.label, pct(c.weight), c.scale, c.levels]), ["l", "l", "r", "l", "l"]));
  out.push(`**Bonuses:** ${m.rubric.bonuses.join("; ") || "none"}.`, "", `**Rules:** ${m.rubric.rules.join("; ")}.`, "", `Made with: \`${m.command}\``, "");
  out.push("## Ranking", "", NOTE, "");
  out.push(toMarkdownTable(["place", "consortium", "name", "total", "picked"], m.ranking.map((r) => [r.place, r.id, r.name_ko ? `${r.name} (${r.name_ko})` : r.name, num(r.total), r.selected ? "✔" : ""]), ["l", "l", "l", "r", "l"]));
  for (const t of m.ties) out.push(`**Tie:** ${t}`, "");
  out.push("## The pick and why", "", `Picked: ${m.picked.join(", ") || "none"}.`, "");
  out.push(toMarkdownTable(["place", "consortium", "total", "picked", "why"], m.ranking.map((r) => [r.place, r.id, num(r.total), r.selected ? "✔" : "", r.reasons.join("; ")]), ["l", "l", "r", "l", "l"]));
  out.push("## How robust the pick is", "", NOTE, "");
  out.push(toMarkdownTable(["criterion", "weight", "stable from", "stable to", "below", "above"], m.robustness.weights.map((w) => [w.id, pct(w.weight), pct(w.from), pct(w.to), w.below, w.above]), ["l", "r", "r", "r", "l", "l"]));
  out.push(`**Margin:** ${m.robustness.margin}.`, "");
  if (m.robustness.needs.length) out.push(toMarkdownTable(["left out", "total", "points needed to be picked"], m.robustness.needs.map((n) => [n.id, num(n.total), n.needs]), ["l", "r", "r"]));
  if (m.simulation) {
    const s = m.simulation;
    out.push("## Under uncertainty", "", s.meaning, "", s.settings, "", NOTE, "");
    out.push(toMarkdownTable(["consortium", "P(picked)", "95 % from", "95 % to", "mean rank"], s.rows.map((r) => [r.id, pct(r.p), pct(r.low), pct(r.high), num(r.meanRank)]), ["l", "r", "r", "r", "r"]));
    out.push(toMarkdownTable(["most likely sets", "share of runs"], s.likely.map((l) => [l.ids.join(", "), pct(l.share)]), ["l", "r"]));
  }
  out.push("## The consortia, one by one", "");
  for (const c of m.cards) out.push(explainMarkdown(c).replace(/^### /, "### "), "");
  out.push("## Sources", "");
  out.push(m.sources.length ? toMarkdownTable(["id", "publisher", "published", "title", "cited by"], m.sources.map((s) => [`\`${s.id}\``, s.publisher, s.published, `[${s.title}](${s.url})`, s.cited_by]), ["l", "l", "l", "l", "r"]) + (m.uncitedSources > 0 ? `\n${m.uncitedSources} further records in the sources folder are not cited by these consortia (see \`sovereign-ai sources\`).\n` : "") : "No source records are in use for this data.\n");
  return out.join("\n");
}

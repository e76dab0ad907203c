/** The report as Markdown: the HTML report's sections and tables; the charts are left out, with a note. */
import { en, type Messages } from "../i18n/en.js";
import { explainMarkdown } from "../render/explain.js";
import { toMarkdownTable } from "../render/markdown.js";
import { num, pct } from "../render/text.js";
import { rankingName, type ReportModel } from "./model.js";

export function reportMarkdown(m: ReportModel, w: Messages = en): string {
  const r = w.report;
  const h = r.head;
  const NOTE = r.chartNote;
  const out: string[] = [];
  out.push(`# ${m.title}`, "", r.byline({ date: m.date, note: m.dateNote, teams: m.teams, rubric: m.rubric.name }), "");
  out.push(`## ${r.section.data}`, "", m.rubric.description, "");
  out.push(
    toMarkdownTable(
      [h.criterion, h.label, h.weight, h.scale, h.levels],
      m.rubric.criteria.map((c) => [c.id, c.label, pct(c.weight), c.scale, c.levels]),
      ["l", "l", "r", "l", "l"],
    ),
  );
  out.push(
    `**${r.bonuses}:** ${m.rubric.bonuses.join("; ") || r.none}.`,
    "",
    `**${r.rulesLabel}:** ${m.rubric.rules.join("; ")}.`,
    "",
    `${r.madeWith}: \`${m.command}\``,
    "",
  );
  out.push(`## ${r.section.ranking}`, "", NOTE, "");
  out.push(
    toMarkdownTable(
      [h.place, h.consortium, h.name, h.total, h.picked],
      m.ranking.map((x) => [x.place, x.id, rankingName(x, w), num(x.total), x.selected ? "✔" : ""]),
      ["l", "l", "l", "r", "l"],
    ),
  );
  for (const t of m.ties) out.push(`**${r.tie}:** ${t}`, "");
  out.push(`## ${r.section.pick}`, "", `${r.pickedLine}: ${m.picked.join(", ") || r.none}.`, "");
  out.push(
    toMarkdownTable(
      [h.place, h.consortium, h.total, h.picked, h.why],
      m.ranking.map((x) => [x.place, x.id, num(x.total), x.selected ? "✔" : "", x.reasons.join("; ")]),
      ["l", "l", "r", "l", "l"],
    ),
  );
  out.push(`## ${r.section.robustness}`, "", NOTE, "");
  out.push(
    toMarkdownTable(
      [h.criterion, h.weight, h.stableFrom, h.stableTo, h.below, h.above],
      m.robustness.weights.map((x) => [x.id, pct(x.weight), pct(x.from), pct(x.to), x.below, x.above]),
      ["l", "r", "r", "r", "l", "l"],
    ),
  );
  out.push(`**${r.marginLabel}:** ${m.robustness.margin}.`, "");
  if (m.robustness.needs.length)
    out.push(
      toMarkdownTable(
        [h.leftOut, h.total, h.pointsNeeded],
        m.robustness.needs.map((n) => [n.id, num(n.total), n.needs]),
        ["l", "r", "r"],
      ),
    );
  if (m.simulation) {
    const s = m.simulation;
    out.push(`## ${r.section.simulation}`, "", s.meaning, "", s.settings, "", NOTE, "");
    out.push(
      toMarkdownTable(
        [h.consortium, h.pPicked, h.from95, h.to95, h.meanRank],
        s.rows.map((x) => [x.id, pct(x.p), pct(x.low), pct(x.high), num(x.meanRank)]),
        ["l", "r", "r", "r", "r"],
      ),
    );
    out.push(
      toMarkdownTable(
        [h.sets, h.share],
        s.likely.map((l) => [l.ids.join(", "), pct(l.share)]),
        ["l", "r"],
      ),
    );
  }
  out.push(`## ${r.section.teams}`, "");
  for (const c of m.cards) out.push(explainMarkdown(c, w).replace(/^### /, "### "), "");
  out.push(`## ${r.section.sources}`, "");
  out.push(
    m.sources.length
      ? toMarkdownTable(
          ["id", h.publisher, h.published, h.titleHead, h.citedBy],
          m.sources.map((s) => [`\`${s.id}\``, s.publisher, s.published, `[${s.title}](${s.url})`, s.cited_by]),
          ["l", "l", "l", "l", "r"],
        ) + (m.uncitedSources > 0 ? `\n${r.uncited({ n: m.uncitedSources })} \`sovereign-ai sources\`).\n` : "")
      : `${r.noSources}\n`,
  );
  return out.join("\n");
}

/**
 * The report as one self-contained HTML file: styles and charts inline, no script, no font or image
 * fetched; only the sources' own addresses are links. Readable on a phone (no horizontal scroll: wide
 * tables scroll inside their box) and printable on A4 (figures are not cut across pages).
 */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import type { Card } from "../explain/card.js";
import { lineText, model, organisation, rangeText, scoreText, service } from "../render/explain.js";
import { num, pct } from "../render/text.js";
import { FONT, probabilityChart, rankingChart, tornadoChart, type Figure } from "./charts.js";
import { rankingName, type ReportModel } from "./model.js";

/** Text for HTML: &, <, >, " and ' escaped. */
export function esc(s: string | number): string {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A link only for http(s) addresses; anything else is shown as text. */
function link(url: string, text: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

function table(head: string[], rows: (string | number)[][], opts: { caption?: string; numeric?: number[]; raw?: boolean } = {}): string {
  const num = new Set(opts.numeric ?? []);
  const cell = (v: string | number, i: number, tag: "td" | "th") =>
    `<${tag}${num.has(i) ? ' class="n"' : ""}>${opts.raw && tag === "td" ? String(v) : esc(v)}</${tag}>`;
  return `<div class="scroll"><table>${opts.caption ? `<caption>${esc(opts.caption)}</caption>` : ""}<thead><tr>${head.map((h, i) => cell(h, i, "th")).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell(v, i, "td")).join("")}</tr>`)
    .join("")}</tbody></table></div>`;
}

function figure(id: string, f: Figure, data: string, m: Messages): string {
  return `<figure id="${id}" class="chart" data-bars="${f.bars}">${f.svg}<figcaption>${esc(f.title)}. ${esc(f.alt)}</figcaption></figure>\n<details open><summary>${m.report.chartData}</summary>${data}</details>`;
}

const CSS = `
:root{color-scheme:light;--ink:#24292f;--muted:#57606a;--line:#d0d7de;--accent:#1f6feb}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:60rem;padding:1rem;font:15px/1.5 ${FONT};color:var(--ink);overflow-wrap:break-word}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line)}h3{font-size:1.05rem;margin-bottom:.25rem}
.muted,figcaption,caption{color:var(--muted);font-size:.9rem}
figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
figure svg{display:block;max-width:100%;height:auto}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
th,td.n{white-space:nowrap}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:.85rem;overflow-wrap:anywhere}
.picked{color:var(--accent);font-weight:600}
.card{border:1px solid var(--line);border-radius:6px;padding:.25rem 1rem 1rem;margin:1rem 0;break-inside:avoid-page}
nav ol{columns:2;padding-left:1.2rem}
@page{size:A4;margin:15mm}
@media print{body{max-width:none;padding:0;font-size:11pt}details{display:block}summary{display:none}nav{display:none}a{color:inherit}}
`;

function cardHtml(c: Card, m: Messages = en): string {
  const k = m.report.card;
  const h = m.report.head;
  const facts: [string, string][] = [
    [k.rank, k.rankText({ rank: String(c.rank), teams: c.teams, picked: c.selected, places: c.places })],
    [k.why, c.reasons.join("; ") || m.common.noReason],
    [k.line, lineText(c, m)],
    [k.lead, organisation(c.lead, m)],
    [k.members, c.members.map((o) => organisation(o, m)).join("; ") || k.noneNamed],
    [k.models, c.models.map((x) => model(x, m)).join("; ") || k.noneNamed],
    [k.services, c.services.map((x) => service(x, m)).join("; ") || k.noneNamed],
  ];
  const crit = table(
    [h.criterion, k.score, k.range, h.weight, k.points, k.evidence, k.source],
    [
      ...c.criteria.map((x) => [
        x.id,
        scoreText(x, m),
        rangeText(x),
        pct(x.weight),
        x.points === null ? "—" : num(x.points),
        x.evidence ?? "",
        x.source ?? "",
      ]),
      ...c.bonuses.map((b) => [
        k.bonusRow({ label: localized(m, b.label, b.label_ko) }),
        "",
        "",
        "",
        `+${num(b.points)}`,
        k.reaches({ criterion: b.criterion }),
        "",
      ]),
      [h.total, "", "", "", num(c.total), "", ""],
    ],
    { numeric: [3, 4] },
  );
  const sources = c.sources.length
    ? `<p class="muted">${esc(k.sources)}${c.as_of ? esc(k.asOf({ date: c.as_of })) : ""}: ${c.sources.map((s) => `<code>${esc(s.id)}</code> ${esc(s.publisher)}, ${esc(s.published)}`).join("; ")}</p>`
    : "";
  return `<article class="card" id="team-${esc(c.id)}"><h3>${esc(c.id)} — ${esc(localized(m, c.name, c.name_ko))}${c.name_ko && m.code !== "ko" ? ` (${esc(c.name_ko)})` : ""}</h3>
<dl>${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>${crit}${sources}</article>`;
}

const uncited = (n: number, m: Messages) =>
  n > 0 ? `<p class="muted">${esc(m.report.uncited({ n }))} <code>sovereign-ai sources</code>).</p>` : "";

export function reportHtml(m: ReportModel, w: Messages = en): string {
  const r = w.report;
  const h = r.head;
  const ranking = rankingChart({
    title: r.chart.ranking,
    alt: r.chart.rankingAlt({ teams: m.teams, rubric: m.rubric.name, picked: m.picked.length, list: m.picked.join(", ") }),
    labels: m.ranking.map((r) => `${r.place} ${r.id}`),
    values: m.ranking.map((r) => Number(r.total.toFixed(2))),
    picked: m.ranking.map((r) => r.selected),
    axis: r.chart.rankingAxis,
  });
  const tornado = tornadoChart({
    title: r.chart.tornado,
    alt: r.chart.tornadoAlt({ picked: m.picked.length }),
    labels: m.robustness.weights.map((w) => w.id),
    from: m.robustness.weights.map((w) => w.from),
    to: m.robustness.weights.map((w) => w.to),
    current: m.robustness.weights.map((w) => w.weight),
  });
  const sections: [string, string, string][] = [];
  sections.push([
    "data",
    r.section.data,
    `<p>${esc(m.rubric.description)}</p>${table(
      [h.criterion, h.label, h.weight, h.scale, h.levels],
      m.rubric.criteria.map((c) => [c.id, c.label, pct(c.weight), c.scale, c.levels]),
      { numeric: [2] },
    )}
<p><strong>${esc(r.bonuses)}:</strong> ${esc(m.rubric.bonuses.join("; ") || r.none)}.</p><p><strong>${esc(r.rulesLabel)}:</strong> ${esc(m.rubric.rules.join("; "))}.</p>
<p class="muted">${esc(r.madeWith)}: <code>${esc(m.command)}</code></p>`,
  ]);
  sections.push([
    "ranking",
    r.section.ranking,
    `${figure(
      "chart-ranking",
      ranking,
      table(
        [h.place, h.consortium, h.name, h.total, h.picked],
        m.ranking.map((x) => [x.place, x.id, rankingName(x, w), num(x.total), x.selected ? "✔" : ""]),
        { numeric: [3] },
      ),
      w,
    )}
${m.ties.map((t) => `<p><strong>${esc(r.tie)}:</strong> ${esc(t)}</p>`).join("")}`,
  ]);
  sections.push([
    "pick",
    r.section.pick,
    `<p>${esc(r.pickedLine)}: <span class="picked">${esc(m.picked.join(", ") || r.none)}</span>.</p>${table(
      [h.place, h.consortium, h.total, h.picked, h.why],
      m.ranking.map((x) => [x.place, x.id, num(x.total), x.selected ? "✔" : "", x.reasons.join("; ")]),
      { numeric: [2] },
    )}`,
  ]);
  sections.push([
    "robustness",
    r.section.robustness,
    `${figure(
      "chart-tornado",
      tornado,
      table(
        [h.criterion, h.weight, h.stableFrom, h.stableTo, h.below, h.above],
        m.robustness.weights.map((x) => [x.id, pct(x.weight), pct(x.from), pct(x.to), x.below, x.above]),
        { numeric: [1, 2, 3] },
      ),
      w,
    )}
<p><strong>${esc(r.marginLabel)}:</strong> ${esc(m.robustness.margin)}.</p>${
      m.robustness.needs.length
        ? table(
            [h.leftOut, h.total, h.pointsNeeded],
            m.robustness.needs.map((n) => [n.id, num(n.total), n.needs]),
            { numeric: [1, 2] },
          )
        : ""
    }`,
  ]);
  if (m.simulation) {
    const s = m.simulation;
    const prob = probabilityChart({
      title: r.chart.probability,
      alt: r.chart.probabilityAlt({ settings: s.settings }),
      labels: s.rows.map((r) => r.id),
      p: s.rows.map((r) => r.p),
      low: s.rows.map((r) => r.low),
      high: s.rows.map((r) => r.high),
    });
    sections.push([
      "simulation",
      r.section.simulation,
      `<p>${esc(s.meaning)}</p><p class="muted">${esc(s.settings)}</p>${figure(
        "chart-probability",
        prob,
        table(
          [h.consortium, h.pPicked, h.from95, h.to95, h.meanRank],
          s.rows.map((x) => [x.id, pct(x.p), pct(x.low), pct(x.high), num(x.meanRank)]),
          { numeric: [1, 2, 3, 4] },
        ),
        w,
      )}
${table(
  [h.sets, h.share],
  s.likely.map((l) => [l.ids.join(", "), pct(l.share)]),
  { numeric: [1] },
)}`,
    ]);
  }
  sections.push(["teams", r.section.teams, m.cards.map((c) => cardHtml(c, w)).join("\n")]);
  sections.push([
    "sources",
    r.section.sources,
    m.sources.length
      ? table(
          ["id", h.publisher, h.published, h.titleHead, h.citedBy],
          m.sources.map((s) => [`<code>${esc(s.id)}</code>`, esc(s.publisher), esc(s.published), link(s.url, s.title), String(s.cited_by)]),
          { numeric: [4], raw: true },
        ) + uncited(m.uncitedSources, w)
      : `<p>${esc(r.noSources)}</p>`,
  ]);
  const nav = `<nav aria-label="${esc(r.contents)}"><ol>${sections.map(([id, h]) => `<li><a href="#${id}">${esc(h)}</a></li>`).join("")}</ol></nav>`;
  return `<!DOCTYPE html>
<html lang="${w.code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sovereign-ai">
<title>${esc(m.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(m.title)}</h1><p class="muted">${esc(r.byline({ date: m.date, note: m.dateNote, teams: m.teams, rubric: m.rubric.name }))}</p></header>
${nav}
<main>
${sections.map(([id, h, body]) => `<section id="${id}"><h2>${esc(h)}</h2>\n${body}\n</section>`).join("\n")}
</main>
</body>
</html>
`;
}

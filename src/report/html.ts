/**
 * The report as one self-contained HTML file: styles and charts inline, no script, no font or image
 * fetched; only the sources' own addresses are links. Readable on a phone (no horizontal scroll: wide
 * tables scroll inside their box) and printable on A4 (figures are not cut across pages).
 */
import type { Card } from "../explain/card.js";
import { lineText, model, organisation, rangeText, scoreText, service } from "../render/explain.js";
import { num, pct } from "../render/text.js";
import { FONT, probabilityChart, rankingChart, tornadoChart, type Figure } from "./charts.js";
import type { ReportModel } from "./model.js";

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
  const cell = (v: string | number, i: number, tag: "td" | "th") => `<${tag}${num.has(i) ? ' class="n"' : ""}>${opts.raw && tag === "td" ? String(v) : esc(v)}</${tag}>`;
  return `<div class="scroll"><table>${opts.caption ? `<caption>${esc(opts.caption)}</caption>` : ""}<thead><tr>${head.map((h, i) => cell(h, i, "th")).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell(v, i, "td")).join("")}</tr>`)
    .join("")}</tbody></table></div>`;
}

function figure(id: string, f: Figure, data: string): string {
  return `<figure id="${id}" class="chart" data-bars="${f.bars}">${f.svg}<figcaption>${esc(f.title)}. ${esc(f.alt)}</figcaption></figure>\n<details open><summary>The chart's data</summary>${data}</details>`;
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

export function cardHtml(c: Card): string {
  const facts: [string, string][] = [
    ["Rank", `${c.rank} of ${c.teams}, ${c.selected ? "picked" : "not picked"} (up to ${c.places})`],
    ["Why", c.reasons.join("; ") || "no reason recorded"],
    ["Line", lineText(c)],
    ["Lead", organisation(c.lead)],
    ["Members", c.members.map((o) => organisation(o)).join("; ") || "none named"],
    ["Models", c.models.map((x) => model(x)).join("; ") || "none named"],
    ["Services", c.services.map((x) => service(x)).join("; ") || "none named"],
  ];
  const crit = table(
    ["criterion", "score", "range", "weight", "points", "evidence", "source"],
    [...c.criteria.map((k) => [k.id, scoreText(k), rangeText(k), pct(k.weight), k.points === null ? "—" : num(k.points), k.evidence ?? "", k.source ?? ""]), ...c.bonuses.map((b) => [`bonus: ${b.label}`, "", "", "", `+${num(b.points)}`, `${b.criterion} reaches the threshold`, ""]), ["total", "", "", "", num(c.total), "", ""]],
    { numeric: [3, 4] },
  );
  const sources = c.sources.length ? `<p class="muted">Sources${c.as_of ? ` (as of ${esc(c.as_of)})` : ""}: ${c.sources.map((s) => `<code>${esc(s.id)}</code> ${esc(s.publisher)}, ${esc(s.published)}`).join("; ")}</p>` : "";
  return `<article class="card" id="team-${esc(c.id)}"><h3>${esc(c.id)} — ${esc(c.name)}${c.name_ko ? ` (${esc(c.name_ko)})` : ""}</h3>
<dl>${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>${crit}${sources}</article>`;
}

const uncited = (n: number) => (n > 0 ? `<p class="muted">${n} further record${n === 1 ? "" : "s"} in the sources folder ${n === 1 ? "is" : "are"} not cited by these consortia (see <code>sovereign-ai sources</code>).</p>` : "");

export function reportHtml(m: ReportModel): string {
  const ranking = rankingChart({
    title: "Totals by consortium",
    alt: `Totals of the ${m.teams} consortia under ${m.rubric.name}, highest first; the ${m.picked.length} picked teams (${m.picked.join(", ")}) are drawn in blue.`,
    labels: m.ranking.map((r) => `${r.place} ${r.id}`),
    values: m.ranking.map((r) => Number(r.total.toFixed(2))),
    picked: m.ranking.map((r) => r.selected),
    axis: "total (0–100 plus bonus)",
  });
  const tornado = tornadoChart({
    title: "Weights over which the pick stays the same",
    alt: `For each criterion, the band is the range of its weight (the others scaled to fill the rest) over which the same ${m.picked.length} teams are picked; the mark is the rubric's weight.`,
    labels: m.robustness.weights.map((w) => w.id),
    from: m.robustness.weights.map((w) => w.from),
    to: m.robustness.weights.map((w) => w.to),
    current: m.robustness.weights.map((w) => w.weight),
  });
  const sections: [string, string, string][] = [];
  sections.push([
    "data",
    "Data and rubric",
    `<p>${esc(m.rubric.description)}</p>${table(["criterion", "label", "weight", "scale", "levels"], m.rubric.criteria.map((c) => [c.id, c.label, pct(c.weight), c.scale, c.levels]), { numeric: [2] })}
<p><strong>Bonuses:</strong> ${esc(m.rubric.bonuses.join("; ") || "none")}.</p><p><strong>Rules:</strong> ${esc(m.rubric.rules.join("; "))}.</p>
<p class="muted">Made with: <code>${esc(m.command)}</code></p>`,
  ]);
  sections.push([
    "ranking",
    "Ranking",
    `${figure("chart-ranking", ranking, table(["place", "consortium", "name", "total", "picked"], m.ranking.map((r) => [r.place, r.id, r.name_ko ? `${r.name} (${r.name_ko})` : r.name, num(r.total), r.selected ? "✔" : ""]), { numeric: [3] }))}
${m.ties.map((t) => `<p><strong>Tie:</strong> ${esc(t)}</p>`).join("")}`,
  ]);
  sections.push(["pick", "The pick and why", `<p>Picked: <span class="picked">${esc(m.picked.join(", ") || "none")}</span>.</p>${table(["place", "consortium", "total", "picked", "why"], m.ranking.map((r) => [r.place, r.id, num(r.total), r.selected ? "✔" : "", r.reasons.join("; ")]), { numeric: [2] })}`]);
  sections.push([
    "robustness",
    "How robust the pick is",
    `${figure("chart-tornado", tornado, table(["criterion", "weight", "stable from", "stable to", "below", "above"], m.robustness.weights.map((w) => [w.id, pct(w.weight), pct(w.from), pct(w.to), w.below, w.above]), { numeric: [1, 2, 3] }))}
<p><strong>Margin:</strong> ${esc(m.robustness.margin)}.</p>${m.robustness.needs.length ? table(["left out", "total", "points needed to be picked"], m.robustness.needs.map((n) => [n.id, num(n.total), n.needs]), { numeric: [1, 2] }) : ""}`,
  ]);
  if (m.simulation) {
    const s = m.simulation;
    const prob = probabilityChart({
      title: "Probability of being picked, with 95 % intervals",
      alt: `Share of ${s.settings}; each bar is a consortium's P(picked), the whisker its 95 % interval.`,
      labels: s.rows.map((r) => r.id),
      p: s.rows.map((r) => r.p),
      low: s.rows.map((r) => r.low),
      high: s.rows.map((r) => r.high),
    });
    sections.push([
      "simulation",
      "Under uncertainty",
      `<p>${esc(s.meaning)}</p><p class="muted">${esc(s.settings)}</p>${figure("chart-probability", prob, table(["consortium", "P(picked)", "95 % from", "95 % to", "mean rank"], s.rows.map((r) => [r.id, pct(r.p), pct(r.low), pct(r.high), num(r.meanRank)]), { numeric: [1, 2, 3, 4] }))}
${table(["most likely sets", "share of runs"], s.likely.map((l) => [l.ids.join(", "), pct(l.share)]), { numeric: [1] })}`,
    ]);
  }
  sections.push(["teams", "The consortia, one by one", m.cards.map(cardHtml).join("\n")]);
  sections.push(["sources", "Sources", m.sources.length ? table(["id", "publisher", "published", "title", "cited by"], m.sources.map((s) => [`<code>${esc(s.id)}</code>`, esc(s.publisher), esc(s.published), link(s.url, s.title), String(s.cited_by)]), { numeric: [4], raw: true }) + uncited(m.uncitedSources) : "<p>No source records are in use for this data.</p>"]);
  const nav = `<nav aria-label="Contents"><ol>${sections.map(([id, h]) => `<li><a href="#${id}">${esc(h)}</a></li>`).join("")}</ol></nav>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sovereign-ai">
<title>${esc(m.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(m.title)}</h1><p class="muted">${esc(m.date)}: ${esc(m.dateNote)} · ${m.teams} consortia · ${esc(m.rubric.name)}</p></header>
${nav}
<main>
${sections.map(([id, h, body]) => `<section id="${id}"><h2>${esc(h)}</h2>\n${body}\n</section>`).join("\n")}
</main>
</body>
</html>
`;
}

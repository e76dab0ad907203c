/** `timeline` output in four formats: the stages in order, entrants, results with reasons and published scores. */
import { fitLines } from "./fit.js";
import type { TimelineResult, TimelineStage } from "../programme/timeline.js";
import { toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { joinLines, labelled } from "./width.js";

const ORDER = ["advanced", "added", "eliminated", "withdrew"] as const;

export function scoresText(r: TimelineResult): string {
  const parts = Object.entries(r.scores ?? {}).map(([k, v]) => `${k} ${v}`);
  if (r.points_place !== null) parts.push(r.points_place.includes("–") ? `places ${r.points_place} on points, order not published` : `place ${r.points_place} on points`);
  return parts.join(" · ");
}

/** "3 of 5 advanced (4 planned)", or what a stage without results planned. */
export function countText(s: TimelineStage): string {
  const n = s.entrants.length;
  if (s.status === "planned") return `planned: ${s.rules.planned ?? "?"} of ${n} to advance${s.rules.final !== null ? `, then ${s.rules.final} in the final` : ""}; no result published`;
  if (s.results.length === 0) return `${n} entered`;
  const adv = s.results.filter((r) => r.outcome === "advanced" || r.outcome === "added").length;
  const planned = s.rules.planned !== null && s.rules.planned !== adv ? ` (${s.rules.planned} planned)` : "";
  return `${adv} of ${n} advanced${planned}`;
}

export function timelineJson(stages: readonly TimelineStage[]): string {
  return toJson({
    stages: stages.map((s) => ({
      id: s.id,
      date: s.date,
      kind: s.kind,
      status: s.status,
      title: s.title,
      entrants: s.entrants,
      rubric: s.rubric,
      rules: s.rules,
      results: s.results.map((r) => ({ id: r.id, outcome: r.outcome, reason: r.reason, scores: r.scores, points_rank: r.points_rank })),
      sources: s.sources,
    })),
  });
}

/** One row per stage and team: the stage's entrants without a result get outcome "entered". */
export function timelineCsv(stages: readonly TimelineStage[]): string {
  const rows: Cell[][] = [];
  for (const s of stages) {
    const byId = new Map(s.results.map((r) => [r.id, r]));
    for (const id of s.entrants) {
      const r = byId.get(id);
      rows.push([s.id, s.date, s.kind, s.status, id, r?.outcome ?? (s.status === "planned" ? "pending" : "entered"), r?.reason ?? "", r ? scoresText(r) : "", s.sources.map((x) => x.id).join(" ")]);
    }
  }
  return toCsv(["stage", "date", "kind", "status", "team", "outcome", "reason", "published_scores", "sources"], rows);
}

export function timelineMarkdown(stages: readonly TimelineStage[]): string {
  const out: string[] = [];
  for (const s of stages) {
    out.push(`### ${s.date} · ${s.title} (\`${s.id}\`, ${s.kind})`, "", `${countText(s)}. Entrants: ${s.entrants.join(", ")}.`);
    if (s.rules.gates.length) out.push(`Gates: ${s.rules.gates.join(", ")}.`);
    if (s.rubric) out.push(`Rubric: \`${s.rubric}\`.`);
    if (s.rules.note) out.push(`Rules: ${s.rules.note}`);
    out.push("");
    if (s.results.length) {
      const rows = ORDER.flatMap((o) => s.results.filter((r) => r.outcome === o)).map((r) => [r.id, r.outcome, r.reason, scoresText(r) || "—"]);
      out.push(toMarkdownTable(["team", "outcome", "reason", "published scores"], rows));
    }
    out.push(`Sources: ${s.sources.map((x) => `[${x.id}](${x.url})`).join(", ")}`, "");
  }
  return out.join("\n");
}

export function timelineTable(stages: readonly TimelineStage[], o: TableOptions): string {
  const width = Math.max(40, o.columns);
  const blocks = stages.map((s) => {
    const head = fitLines([`${s.date}  ${s.title}`], width, false).map((l) => o.style.bold(l)).join("\n");
    const rows: [string, string][] = [["", `${o.style.dim(`${s.id} · ${s.kind}`)} · ${countText(s)}`]];
    if (s.results.length === 0) rows.push(["entered", s.entrants.join(", ")]);
    for (const outcome of ORDER) {
      const rs = s.results.filter((r) => r.outcome === outcome);
      if (!rs.length) continue;
      const reasons = new Set(rs.map((r) => r.reason));
      const scored = rs.some((r) => r.scores !== null || r.points_rank !== null);
      if (reasons.size === 1 && !scored) rows.push([outcome, `${rs.map((r) => r.id).join(", ")} — ${rs[0]!.reason}`]);
      else rows.push([outcome, rs.map((r) => `${r.id}: ${r.reason}${scoresText(r) ? ` (${scoresText(r)})` : ""}`).join("\n")]);
    }
    if (s.rules.gates.length) rows.push(["gates", s.rules.gates.join(", ")]);
    if (s.rubric) rows.push(["rubric", s.rubric]);
    if (s.status === "planned" && s.rules.note) rows.push(["plan", s.rules.note]);
    rows.push(["sources", joinLines(s.sources.map((x) => x.id), ", ", width - 12)]);
    return `${head}\n${labelled(rows.map(([l, v]) => [`  ${l}`, v] as const), width)}`;
  });
  return blocks.join("\n\n") + "\n";
}

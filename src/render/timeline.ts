/** `timeline` output in four formats: the stages in order, entrants, results with reasons and published scores. */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { fitLines } from "./fit.js";
import type { TimelineResult, TimelineStage } from "../programme/timeline.js";
import { toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { joinLines, labelled } from "./width.js";

const ORDER = ["advanced", "added", "eliminated", "withdrew"] as const;

function scoresText(r: TimelineResult, m: Messages = en): string {
  const parts = Object.entries(r.scores ?? {}).map(([k, v]) => `${k} ${v}`);
  if (r.points_place !== null)
    parts.push(r.points_place.includes("–") ? m.timeline.places({ places: r.points_place }) : m.timeline.place({ place: r.points_place }));
  return parts.join(" · ");
}

/** "3 of 5 advanced (4 planned)", or what a stage without results planned. */
function countText(s: TimelineStage, m: Messages = en): string {
  const n = s.entrants.length;
  if (s.status === "planned") return m.timeline.planned({ planned: s.rules.planned, n, final: s.rules.final });
  if (s.results.length === 0) return m.timeline.entered({ n });
  const adv = s.results.filter((r) => r.outcome === "advanced" || r.outcome === "added").length;
  return m.timeline.advanced({ advanced: adv, n, planned: s.rules.planned !== null && s.rules.planned !== adv ? s.rules.planned : null });
}

export function timelineJson(stages: readonly TimelineStage[]): string {
  return toJson({
    stages: stages.map((s) => ({
      id: s.id,
      date: s.date,
      kind: s.kind,
      status: s.status,
      title: s.title,
      title_ko: s.title_ko,
      entrants: s.entrants,
      rubric: s.rubric,
      rules: s.rules,
      results: s.results.map((r) => ({
        id: r.id,
        outcome: r.outcome,
        reason: r.reason,
        reason_ko: r.reason_ko,
        scores: r.scores,
        points_rank: r.points_rank,
      })),
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
      rows.push([
        s.id,
        s.date,
        s.kind,
        s.status,
        id,
        r?.outcome ?? (s.status === "planned" ? "pending" : "entered"),
        r?.reason ?? "",
        r ? scoresText(r) : "",
        s.sources.map((x) => x.id).join(" "),
      ]);
    }
  }
  return toCsv(["stage", "date", "kind", "status", "team", "outcome", "reason", "published_scores", "sources"], rows);
}

/** The stage's own texts in the catalogue's language, where the file gives them (title_ko, note_ko, reason_ko, gates' name_ko). */
const own = (m: Messages) => ({
  title: (s: TimelineStage) => localized(m, s.title, s.title_ko ?? undefined),
  note: (s: TimelineStage) => (s.rules.note === null ? null : localized(m, s.rules.note, s.rules.note_ko ?? undefined)),
  gates: (s: TimelineStage) => s.rules.gates.map((g, i) => localized(m, g, s.rules.gates_ko[i] ?? undefined)).join(", "),
  reason: (r: TimelineResult) => localized(m, r.reason, r.reason_ko ?? undefined),
});

export function timelineMarkdown(stages: readonly TimelineStage[], m: Messages = en): string {
  const out: string[] = [];
  const t = m.timeline;
  const w = own(m);
  for (const s of stages) {
    out.push(
      `### ${s.date} · ${w.title(s)} (\`${s.id}\`, ${t.kind[s.kind] ?? s.kind})`,
      "",
      t.mdCount({ count: countText(s, m), entrants: s.entrants.join(", ") }),
    );
    if (s.rules.gates.length) out.push(t.mdGates({ list: w.gates(s) }));
    if (s.rubric) out.push(t.mdRubric({ rubric: s.rubric }));
    const note = w.note(s);
    if (note) out.push(t.mdRules({ note }));
    out.push("");
    if (s.results.length) {
      const rows = ORDER.flatMap((o) => s.results.filter((r) => r.outcome === o)).map((r) => [
        r.id,
        t.outcome[r.outcome],
        w.reason(r),
        scoresText(r, m) || "—",
      ]);
      out.push(toMarkdownTable([t.head.team, t.head.outcome, t.head.reason, t.head.scores], rows));
    }
    out.push(t.mdSources({ list: s.sources.map((x) => `[${x.id}](${x.url})`).join(", ") }), "");
  }
  return out.join("\n");
}

export function timelineTable(stages: readonly TimelineStage[], o: TableOptions, m: Messages = en): string {
  const width = Math.max(40, o.columns);
  const t = m.timeline;
  const w = own(m);
  const blocks = stages.map((s) => {
    const head = fitLines([`${s.date}  ${w.title(s)}`], width, false)
      .map((l) => o.style.bold(l))
      .join("\n");
    const rows: [string, string][] = [["", `${o.style.dim(`${s.id} · ${t.kind[s.kind] ?? s.kind}`)} · ${countText(s, m)}`]];
    if (s.results.length === 0) rows.push([t.outcome.entered, s.entrants.join(", ")]);
    for (const outcome of ORDER) {
      const rs = s.results.filter((r) => r.outcome === outcome);
      if (!rs.length) continue;
      const reasons = new Set(rs.map(w.reason));
      const scored = rs.some((r) => r.scores !== null || r.points_rank !== null);
      if (reasons.size === 1 && !scored) rows.push([t.outcome[outcome], `${rs.map((r) => r.id).join(", ")} — ${w.reason(rs[0]!)}`]);
      else
        rows.push([
          t.outcome[outcome],
          rs.map((r) => `${r.id}: ${w.reason(r)}${scoresText(r, m) ? ` (${scoresText(r, m)})` : ""}`).join("\n"),
        ]);
    }
    if (s.rules.gates.length) rows.push([t.label.gates, w.gates(s)]);
    if (s.rubric) rows.push([t.label.rubric, s.rubric]);
    if (s.status === "planned" && s.rules.note) rows.push([t.label.plan, w.note(s)!]);
    rows.push([
      t.label.sources,
      joinLines(
        s.sources.map((x) => x.id),
        ", ",
        width - 12,
      ),
    ]);
    return `${head}\n${labelled(
      rows.map(([l, v]) => [`  ${l}`, v] as const),
      width,
    )}`;
  });
  return `${blocks.join("\n\n")}\n`;
}

/** `compare` output in four formats: per team and rubric the rank, total and pick; τ; who is picked where. */
import { drawTable } from "./table.js";
import type { Comparison } from "../analyse/compare.js";
import { round, toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { num } from "./text.js";
import { wrapLines } from "./width.js";
import { methodOf } from "../methods/index.js";

const GROUPS = ["every", "some", "tie", "none"] as const;

const groups = (cmp: Comparison) => Object.fromEntries(GROUPS.map((g) => [g, cmp.rows.filter((r) => r.picked === g).map((r) => r.id)])) as Record<(typeof GROUPS)[number], string[]>;

const tauText = (t: number | null) => (t === null ? "n/a" : num(t, 3));

const pickedText = (p: Comparison["rows"][number]["picked"]) => (p === "tie" ? "some (tie)" : p);

/** Whether the totals have ties (τ-b counts them; a plain τ on tie-broken ranks would not). */
function tiesNote(cmp: Comparison): string {
  const tied = cmp.scenarios.map((sc, k) => {
    const t = cmp.tau.find((x) => x.a === sc.label) ?? cmp.tau.find((x) => x.b === sc.label);
    return { label: sc.label, pairs: t ? (t.a === sc.label ? t.tied_a : t.tied_b) : 0, k };
  });
  const some = tied.filter((t) => t.pairs > 0);
  if (!some.length) return "(no equal totals in any rubric)";
  return `(ties present and counted — equal totals: ${some.map((t) => `${t.label} ${t.pairs} pair${t.pairs === 1 ? "" : "s"}`).join(", ")})`;
}

export function compareJson(cmp: Comparison): string {
  return toJson({
    rubrics: cmp.scenarios.map((s) => ({
      label: s.label,
      name: s.ev.contest.rubric.name,
      ...(s.ev.contest.method !== undefined && s.ev.contest.method !== "weighted-sum" ? { method: s.ev.contest.method } : {}),
      selected: s.ev.selection.selected.map((t) => s.ev.contest.teams[t]!.id),
    })),
    teams: cmp.rows.map((r) => ({
      id: r.id,
      name: r.name,
      name_ko: r.name_ko,
      results: Object.fromEntries(cmp.scenarios.map((s, k) => [s.label, r.cells[k]])),
      picked: r.picked,
    })),
    kendall: cmp.tau,
    picked: groups(cmp),
  });
}

/** One table: `team` rows (per rubric: rank, total, selected; picked_in), then `tau` rows (rubric_a, rubric_b, tau). */
export function compareCsv(cmp: Comparison): string {
  const per = cmp.scenarios.flatMap((s) => [`${s.label}_rank`, `${s.label}_total`, `${s.label}_selected`]);
  const head = ["record", "id", "name", "name_ko", ...per, "picked_in", "rubric_a", "rubric_b", "tau"];
  const blank = (n: number) => Array.from({ length: n }, () => "");
  const rows: Cell[][] = [
    ...cmp.rows.map((r) => ["team", r.id, r.name, r.name_ko, ...r.cells.flatMap((c) => [c.rank, round(c.total), c.selected]), r.picked, "", "", ""]),
    ...cmp.tau.map((t) => ["tau", "", "", "", ...blank(per.length + 1), t.a, t.b, t.tau === null ? "" : round(t.tau, 6)]),
  ];
  return toCsv(head, rows);
}

/** What decided the ties at the line that put teams in "some (tie)": the id, the lottery, or both. */
function tieDecider(cmp: Comparison): string {
  const by = new Set(cmp.scenarios.flatMap((s) => s.ev.lineTies.map((t) => t.decidedBy)).filter((d) => d === "id" || d === "lottery"));
  return by.size === 2 ? "the id or a lottery" : by.has("lottery") ? "a lottery" : "the id";
}

function whoLines(cmp: Comparison): string[] {
  const g = groups(cmp);
  return [
    `picked in every scenario: ${g.every.join(", ") || "none"}`,
    `picked in some: ${g.some.join(", ") || "none"}`,
    ...(g.tie.length ? [`picked in some (tie): ${g.tie.join(", ")} — in a tie at the line that only ${tieDecider(cmp)} decided`] : []),
    `picked in none: ${g.none.join(", ") || "none"}`,
  ];
}

export function compareMarkdown(cmp: Comparison): string {
  const rubrics = cmp.scenarios.map((s) => `\`${s.label}\` (${s.ev.contest.rubric.name})`).join(", ");
  return [
    `**${cmp.scenarios.length} rubrics:** ${rubrics}. Each cell: rank · total, ✓ when picked.`,
    "",
    toMarkdownTable(
      ["team", ...cmp.scenarios.map((s) => s.label), "picked in"],
      cmp.rows.map((r) => [r.id, ...r.cells.map((c) => `${c.place} · ${num(c.total)}${c.selected ? " ✓" : ""}`), pickedText(r.picked)]),
      ["l", ...cmp.scenarios.map(() => "r" as const), "l"],
    ),
    `Kendall τ-b between the totals ${tiesNote(cmp)}:`,
    "",
    toMarkdownTable(["rubric", "rubric", "Kendall τ-b"], cmp.tau.map((t) => [t.a, t.b, tauText(t.tau)]), ["l", "l", "r"]),
    ...whoLines(cmp).map((l) => `- ${l}`),
    "",
  ].join("\n");
}

/** Column headers cut to fit 80 columns with four rubrics. */
const abbreviate = (label: string, width: number) => (label.length > width ? label.slice(0, width - 1) + "…" : label);

/**
 * The headers: each label cut to `width`; labels whose cut would be the same (weighted-sum and
 * weighted-product both "weighted-…") keep their start and their end instead ("weig…d-sum").
 */
export function headers(labels: readonly string[], width: number): string[] {
  const cut = labels.map((l) => abbreviate(l, width));
  const count = new Map<string, number>();
  for (const c of cut) count.set(c, (count.get(c) ?? 0) + 1);
  const head = Math.floor((width - 1) / 2);
  const tail = width - 1 - head;
  return labels.map((l, i) => (count.get(cut[i]!)! > 1 && l.length > width ? `${l.slice(0, head)}…${l.slice(l.length - tail)}` : cut[i]!));
}

export function compareTable(cmp: Comparison, o: TableOptions): string {
  const s = o.style;
  const cut = o.wide ? Infinity : 10;
  const rows: string[][] = [];
  const heads = headers(cmp.scenarios.map((sc) => sc.label), cut);
  const options = {
    head: ["team", ...heads, "picked"].map((h) => s.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: ["left", ...cmp.scenarios.map(() => "right" as const), "left"],
  };
  for (const r of cmp.rows) {
    const cells = r.cells.map((c) => `${c.place.padStart(3)} ${num(c.total, 1).padStart(5)} ${c.selected ? s.green("✔") : " "}`);
    rows.push([r.picked === "none" ? r.id : s.bold(r.id), ...cells, pickedText(r.picked)]);
  }
  // The method beside each rubric's name when they differ (compare --methods, or rubrics with their own).
  const mixed = new Set(cmp.scenarios.map((sc) => methodOf(sc.ev.contest).name)).size > 1;
  const key = cmp.scenarios.map((sc, k) => `  ${heads[k]}: ${sc.ev.contest.rubric.name}${mixed ? ` (${methodOf(sc.ev.contest).name})` : ""}`);
  const tau = cmp.tau.map((t) => `  ${t.a} ~ ${t.b}: ${tauText(t.tau)}`);
  return [
    `${s.bold("compare")} — each cell: rank, total, ${s.green("✔")} picked`,
    ...key,
    drawTable(options, rows),
    ...wrapLines(`Kendall τ-b between the totals ${tiesNote(cmp)}:`, o.wide ? Infinity : o.columns),
    ...tau,
    ...whoLines(cmp).flatMap((l) => wrapLines(l, o.wide ? Infinity : o.columns)),
  ].join("\n") + "\n";
}

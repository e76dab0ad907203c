/** `compare` output in four formats: per team and rubric the rank, total and pick; τ; who is picked where. */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { fitLines, fitTable, hiddenNote } from "./fit.js";
import { wrapHead } from "./score.js";
import type { Comparison } from "../analyse/compare.js";
import { round, toCsv, type Cell } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";
import { num } from "./text.js";
import { methodOf } from "../methods/index.js";

const GROUPS = ["every", "some", "tie", "none"] as const;

const groups = (cmp: Comparison) =>
  Object.fromEntries(GROUPS.map((g) => [g, cmp.rows.filter((r) => r.picked === g).map((r) => r.id)])) as Record<
    (typeof GROUPS)[number],
    string[]
  >;

const tauText = (t: number | null, m: Messages) => (t === null ? m.compare.na : num(t, 3));

const pickedText = (p: Comparison["rows"][number]["picked"], m: Messages) => m.compare.picked[p];

/** Whether the totals have ties (τ-b counts them; a plain τ on tie-broken ranks would not). */
function tiesNote(cmp: Comparison, m: Messages): string {
  const tied = cmp.scenarios.map((sc, k) => {
    const t = cmp.tau.find((x) => x.a === sc.label) ?? cmp.tau.find((x) => x.b === sc.label);
    return { label: sc.label, pairs: t ? (t.a === sc.label ? t.tied_a : t.tied_b) : 0, k };
  });
  const some = tied.filter((t) => t.pairs > 0);
  if (!some.length) return m.compare.noTies;
  return m.compare.ties({ list: some.map((t) => m.compare.pairs({ label: t.label, n: t.pairs })).join(", ") });
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
    ...cmp.rows.map((r) => [
      "team",
      r.id,
      r.name,
      r.name_ko,
      ...r.cells.flatMap((c) => [c.rank, round(c.total), c.selected]),
      r.picked,
      "",
      "",
      "",
    ]),
    ...cmp.tau.map((t) => ["tau", "", "", "", ...blank(per.length + 1), t.a, t.b, t.tau === null ? "" : round(t.tau, 6)]),
  ];
  return toCsv(head, rows);
}

/** What decided the ties at the line that put teams in "some (tie)": the id, the lottery, or both. */
function tieDecider(cmp: Comparison): "id" | "lottery" | "both" {
  const by = new Set(cmp.scenarios.flatMap((s) => s.ev.lineTies.map((t) => t.decidedBy)).filter((d) => d === "id" || d === "lottery"));
  return by.size === 2 ? "both" : by.has("lottery") ? "lottery" : "id";
}

function whoLines(cmp: Comparison, m: Messages): string[] {
  const g = groups(cmp);
  const c = m.compare;
  return [
    c.every({ list: g.every.join(", ") || c.none }),
    c.some({ list: g.some.join(", ") || c.none }),
    ...(g.tie.length ? [c.tie({ list: g.tie.join(", "), by: tieDecider(cmp) })] : []),
    c.never({ list: g.none.join(", ") || c.none }),
  ];
}

export function compareMarkdown(cmp: Comparison, m: Messages = en): string {
  const rubrics = cmp.scenarios
    .map((s) => `\`${s.label}\` (${localized(m, s.ev.contest.rubric.name, s.ev.contest.rubric.name_ko)})`)
    .join(", ");
  const h = m.compare.head;
  return [
    m.compare.mdTitle({ n: cmp.scenarios.length, rubrics }),
    "",
    toMarkdownTable(
      [h.team, ...cmp.scenarios.map((s) => s.label), h.pickedIn],
      cmp.rows.map((r) => [r.id, ...r.cells.map((c) => `${c.place} · ${num(c.total)}${c.selected ? " ✓" : ""}`), pickedText(r.picked, m)]),
      ["l", ...cmp.scenarios.map(() => "r" as const), "l"],
    ),
    m.compare.tau({ ties: tiesNote(cmp, m) }),
    "",
    toMarkdownTable(
      [h.rubric, h.rubric, m.compare.tauHead],
      cmp.tau.map((t) => [t.a, t.b, tauText(t.tau, m)]),
      ["l", "l", "r"],
    ),
    ...whoLines(cmp, m).map((l) => `- ${l}`),
    "",
  ].join("\n");
}

export function compareTable(cmp: Comparison, o: TableOptions, m: Messages = en): string {
  const s = o.style;
  const h = m.compare.head;
  const n = cmp.scenarios.length;
  // Full rubric labels and team names where they fit; else a label breaks over two lines at - or _,
  // the names go, then the "picked" column, and last the rubrics from the right (named under the table).
  const fitted = fitTable(
    [
      { head: s.bold(h.team), cells: cmp.rows.map((r) => (r.picked === "none" ? r.id : s.bold(r.id))) },
      { head: s.bold(h.name), name: h.name, cells: cmp.rows.map((r) => localized(m, r.name, r.name_ko)), drop: 1 },
      ...cmp.scenarios
        .map((sc, k) => ({
          head: s.bold(sc.label),
          name: sc.label,
          cells: cmp.rows.map((r) => {
            const c = r.cells[k]!;
            return `${c.place.padStart(3)} ${num(c.total, 1).padStart(5)} ${c.selected ? s.green("✔") : " "}`;
          }),
          align: "right" as const,
          narrowAt: 2,
          narrower: [{ head: s.bold(wrapHead(sc.label)), cells: [] as string[], align: "right" as const }],
          drop: 10 + n - k,
        }))
        .map((c) => ({ ...c, narrower: c.narrower.map((f) => ({ ...f, cells: c.cells })) })),
      { head: s.bold(h.picked), name: h.picked, cells: cmp.rows.map((r) => pickedText(r.picked, m)), drop: 3 },
    ],
    {
      columns: o.columns,
      wide: o.wide,
      table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
    },
  );
  // The method beside each rubric's name when they differ (compare --methods, or rubrics with their own).
  const mixed = new Set(cmp.scenarios.map((sc) => methodOf(sc.ev.contest).name)).size > 1;
  const key = cmp.scenarios.map(
    (sc) =>
      `  ${sc.label}: ${localized(m, sc.ev.contest.rubric.name, sc.ev.contest.rubric.name_ko)}${mixed ? ` (${methodOf(sc.ev.contest).name})` : ""}`,
  );
  const tau = cmp.tau.map((t) => `  ${t.a} ~ ${t.b}: ${tauText(t.tau, m)}`);
  return `${fitLines([m.compare.title({ compare: s.bold(m.compare.name), mark: s.green("✔") }), ...key], o.columns, o.wide)
    .concat(
      fitted.text,
      ...hiddenNote(fitted.hidden, o.columns, m).map((l) => s.dim(l)),
      ...fitLines([m.compare.tau({ ties: tiesNote(cmp, m) }), ...tau, ...whoLines(cmp, m)], o.columns, o.wide),
    )
    .join("\n")}\n`;
}

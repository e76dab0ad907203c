/** `panel` output in four formats: each team's panel score per criterion, agreement, recusals, sway. */
import { en, type Messages } from "../i18n/en.js";
import { fitLines, fitTable, hiddenNote, type FitColumn } from "./fit.js";
import type { PanelReport } from "../panel/report.js";
import type { PanelCell } from "../panel/compute.js";
import { round, toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";

const n2 = (n: number | null) => (n === null ? "" : String(round(n, 2)));
const n3 = (n: number | null) => (n === null ? "–" : n.toFixed(3));
const list = (xs: readonly string[]) => xs.join(" ");

function cellRows(r: PanelReport): { team: string; cell: PanelCell }[] {
  return r.result.teams.flatMap((t) => t.cells.map((cell) => ({ team: t.id, cell })));
}

export function panelJson(r: PanelReport): string {
  const spec = r.result.spec;
  return toJson({
    panel: {
      reviews: r.result.source,
      reviewers: r.result.reviewers.map((x) => x.id),
      aggregate: spec.aggregate,
      ...(spec.aggregate === "trimmed-mean" ? { trim: spec.trim } : {}),
      min_reviewers: spec.minReviewers,
      recusal: spec.recusal,
    },
    teams: r.result.teams.map((t) => ({
      id: t.id,
      criteria: Object.fromEntries(
        t.cells.map((c) => [
          c.criterion,
          { value: c.value, n: c.n, min: c.min, max: c.max, sd: c.sd, recused: c.recused, dropped: c.dropped, from_file: c.fromFile },
        ]),
      ),
    })),
    agreement: Object.fromEntries(r.agreement.map((a) => [a.criterion, { alpha: a.alpha, w: a.w }])),
    recusals: r.result.recusals,
    picked: r.picked,
    ...(r.influence
      ? {
          influence: r.influence.map((i) => ({
            reviewer: i.reviewer,
            changes: i.gained.length + i.lost.length > 0,
            picked: i.picked ?? null,
            in: i.gained,
            out: i.lost,
            ...(i.problem ? { problem: i.problem } : {}),
          })),
        }
      : {}),
  });
}

export function panelCsv(r: PanelReport): string {
  if (r.influence) {
    return toCsv(
      ["reviewer", "changes", "in", "out", "picked_without", "problem"],
      r.influence.map((i) => [
        i.reviewer,
        i.gained.length + i.lost.length > 0,
        i.gained.join(";"),
        i.lost.join(";"),
        i.picked?.join(";") ?? "",
        i.problem ?? "",
      ]),
    );
  }
  return toCsv(
    ["team", "criterion", "value", "n", "min", "max", "sd", "recused", "dropped", "from_file"],
    cellRows(r).map(({ team, cell: c }) => [
      team,
      c.criterion,
      round(c.value, 4),
      c.n,
      c.min,
      c.max,
      c.sd === null ? null : round(c.sd, 4),
      c.recused.join(";"),
      c.dropped.join(";"),
      c.fromFile,
    ]),
  );
}

function header(r: PanelReport, m: Messages): string {
  const s = r.result.spec;
  const how = m.panel.aggregate({ aggregate: s.aggregate, trim: s.aggregate === "trimmed-mean" ? s.trim : undefined });
  return m.panel.header({ n: r.result.reviewers.length, source: r.result.source, how, recusal: s.recusal, min: s.minReviewers });
}

function notes(r: PanelReport, m: Messages): string[] {
  const out: string[] = [];
  for (const c of r.result.criteria) if (!c.scored) out.push(m.panel.notScored({ id: c.id }));
  if (r.result.recusals.length === 0) out.push(r.result.spec.recusal === "none" ? m.panel.recusalOff : m.panel.noneRecused);
  for (const x of r.result.recusals) out.push(m.panel.recused({ reviewer: x.reviewer, team: x.team, organisation: x.organisation }));
  return out;
}

function agreementLines(r: PanelReport, m: Messages): string[] {
  const lines = [m.panel.agreement];
  const width = Math.max(...r.agreement.map((a) => a.criterion.length));
  const missingW: string[] = [];
  for (const a of r.agreement) {
    const name = a.criterion.padEnd(width);
    if (a.scores === 0) {
      lines.push(`  ${name}  ${m.panel.notScoredCell}`);
      continue;
    }
    if (a.w === null) missingW.push(a.criterion);
    lines.push(
      `  ${name}  α ${n3(a.alpha).padStart(6)}  W ${(a.w === null ? "–" : a.w.toFixed(3)).padStart(5)}  ${m.panel.alpha({ alpha: a.alpha })}`,
    );
  }
  lines.push(m.panel.w);
  const why = r.agreement.filter((a) => a.scores > 0 && a.w === null).map((a) => (a.wNote ? m.panel.wNote[a.wNote] : ""));
  lines.push(missingW.length ? m.panel.wMissing({ why: [...new Set(why)].join("; ") }) : m.panel.wAll);
  return lines;
}

function influenceLines(r: PanelReport, m: Messages): string[] {
  const inf = r.influence!;
  const w = m.panel;
  const lines = [w.picked({ list: r.picked.join(", ") || w.none })];
  const changing = inf.filter((i) => i.gained.length + i.lost.length > 0);
  for (const i of changing)
    lines.push(
      w.without({
        reviewer: i.reviewer,
        change: [...i.gained.map((id) => w.enters({ id })), ...i.lost.map((id) => w.leaves({ id }))].join(", "),
      }),
    );
  for (const i of inf.filter((x) => x.problem)) lines.push(w.noPanel({ reviewer: i.reviewer, problem: i.problem! }));
  const steady = inf.filter((i) => !i.problem && i.gained.length + i.lost.length === 0).map((i) => i.reviewer);
  if (changing.length === 0) lines.push(w.steadyAll);
  if (steady.length) lines.push(w.steady({ list: steady.join(", ") }));
  return lines;
}

export function panelMarkdown(r: PanelReport, m: Messages = en): string {
  if (r.influence)
    return (
      [m.panel.sway, "", header(r, m).replace("\n", "; "), "", ...influenceLines(r, m).map((l) => l.replace(/^ {2}/, "- "))].join("\n") +
      "\n"
    );
  const h = m.panel.head;
  const table = toMarkdownTable(
    [h.team, h.criterion, h.score, h.n, h.min, h.max, h.sd, h.recused, h.dropped],
    cellRows(r).map(({ team, cell: c }) => [
      team,
      c.criterion,
      c.fromFile ? `${n2(c.value)} (${m.panel.file})` : n2(c.value),
      c.n,
      n2(c.min),
      n2(c.max),
      n2(c.sd),
      list(c.recused),
      list(c.dropped),
    ]),
    ["l", "l", "r", "r", "r", "r", "r", "l", "l"],
  );
  return `${[
    header(r, m).replace("\n", "; "),
    "",
    table,
    ...agreementLines(r, m).map((l) => l.replace(/^ {2}/, "- ")),
    "",
    ...notes(r, m),
  ].join("\n")}\n`;
}

export function panelTable(r: PanelReport, o: TableOptions, m: Messages = en): string {
  const s = o.style;
  const h = m.panel.head;
  const fit = (lines: string[]) =>
    fitLines(
      lines.flatMap((l) => l.split("\n")),
      o.columns,
      o.wide,
    );
  if (r.influence) return `${fit([header(r, m), ...influenceLines(r, m)]).join("\n")}\n`;
  const cells = cellRows(r);
  const teams = cells.map(({ team }, i) => (i > 0 && cells[i - 1]!.team === team ? "" : team));
  const col = (head: string, values: readonly (string | number)[], more: Partial<FitColumn> = {}): FitColumn => ({
    head: s.bold(head),
    name: head,
    cells: values.map(String),
    ...more,
  });
  const fitted = fitTable(
    [
      col(h.team, teams),
      col(
        h.criterion,
        cells.map(({ cell: c }) => c.criterion),
      ),
      col(
        h.score,
        cells.map(({ cell: c }) => (c.fromFile ? m.panel.fileCell({ value: n2(c.value) }) : n2(c.value))),
        { align: "right" },
      ),
      col(
        h.n,
        cells.map(({ cell: c }) => c.n),
        { align: "right", drop: 6 },
      ),
      col(
        h.min,
        cells.map(({ cell: c }) => n2(c.min)),
        { align: "right", drop: 4 },
      ),
      col(
        h.max,
        cells.map(({ cell: c }) => n2(c.max)),
        { align: "right", drop: 5 },
      ),
      col(
        h.sd,
        cells.map(({ cell: c }) => n2(c.sd)),
        { align: "right", drop: 3 },
      ),
      col(
        h.recused,
        cells.map(({ cell: c }) => list(c.recused)),
        { drop: 2 },
      ),
      col(
        h.dropped,
        cells.map(({ cell: c }) => list(c.dropped)),
        { drop: 1 },
      ),
    ],
    {
      columns: o.columns,
      wide: o.wide,
      table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
    },
  );
  return `${[
    ...fit([header(r, m)]),
    fitted.text,
    ...hiddenNote(fitted.hidden, o.columns, m).map((l) => s.dim(l)),
    "",
    ...fit(agreementLines(r, m)),
    "",
    ...fit(notes(r, m)),
  ].join("\n")}\n`;
}

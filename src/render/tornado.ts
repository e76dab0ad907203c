/**
 * `sensitivity` table view: a tornado chart. One bar per criterion spans its stable interval on a
 * 0–100 % axis (a cell is filled when its centre lies inside the interval), ● marks the current
 * weight; then what changes at each end, the margin, the points each team left out needs, and the
 * teams the weights cannot move.
 */
import { en, type Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import Table from "cli-table3";
import { drawTable } from "./table.js";
import { fitTable, hiddenNote } from "./fit.js";
import type { SensitivityReport } from "../analyse/report.js";
import { changeText, edge, interval, methodLine, neededText, needsRows, omittedLine, whoLines } from "./sensitivity.js";
import type { TableOptions } from "./score.js";
import { num, pct } from "./text.js";

const plain = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: " ",
};

/** The bar for [from, to] on `width` cells, with the current weight marked. */
function tornadoBar(from: number, to: number, weight: number, width: number, o: TableOptions): string {
  const s = o.style;
  const mark = Math.min(width - 1, Math.floor(weight * width));
  let out = "";
  for (let k = 0; k < width; k++) {
    const centre = (k + 0.5) / width;
    if (k === mark) out += s.bold.yellow("●");
    else if (centre >= from && centre <= to) out += s.cyan("█");
    else out += s.dim("·");
  }
  return out;
}

/** "0 %", "50 %" and "100 %" over a bar of `width` cells. */
export function axis(width: number): string {
  const mid = "50 %";
  const left = "0 %".padEnd(Math.floor(width / 2) - 2);
  return `${(left + mid).padEnd(width - 5)}100 %`;
}

/** Break a line of words to `width` columns, keeping its indent; continuation lines two more. */
export function wrap(line: string, width: number): string[] {
  const indent = /^ */.exec(line)![0];
  // Colour codes take no room on screen.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts a colour code
  const visible = (x: string) => x.replace(/\u001b\[[0-9;]*m/g, "").length;
  const out: string[] = [];
  let cur = "";
  for (const word of line.slice(indent.length).split(" ")) {
    if (cur && visible(cur) + 1 + visible(word) > width) {
      out.push(cur);
      cur = `${indent}  ${word}`;
    } else cur = cur ? `${cur} ${word}` : indent + word;
  }
  out.push(cur);
  return out;
}

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 11)}…` : id);

export function sensitivityTable(rep: SensitivityReport, o: TableOptions, m: Messages = en): string {
  const { contest } = rep.ev;
  const s = o.style;
  const w = m.sensitivity;
  const h = w.head;
  const id = (t: number) => contest.teams[t]!.id;
  const width = o.wide ? 60 : Math.max(20, Math.min(40, o.columns - 40));
  const chart = new Table({
    head: [h.criterion, h.weight, axis(width), h.stable].map((x) => s.bold(x)),
    chars: plain,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 1 },
    colAligns: ["left", "right", "left", "left"],
  });
  for (const c of rep.criteria) {
    chart.push([
      shortId(contest.criteria[c.criterion]!.id),
      pct(c.weight),
      tornadoBar(c.from, c.to, c.weight, width, o),
      interval(c.from, c.to, c.numeric, m),
    ]);
  }
  const title = w.title({ rubric: s.bold(localized(m, contest.rubric.name, contest.rubric.name_ko)) });
  const how = s.dim(w.how);
  const picked = w.picked({ list: rep.ev.selection.selected.map(id).join(", ") || w.none, dot: s.bold.yellow("●"), bar: s.cyan("█") });
  const changes = rep.criteria.flatMap((c) => {
    const name = contest.criteria[c.criterion]!.id;
    return [
      ...(c.below ? [`  ${name} ${edge("under", c.below.weight, m)}: ${changeText(rep, c.below, m)}`] : []),
      ...(c.above ? [`  ${name} ${edge("over", c.above.weight, m)}: ${changeText(rep, c.above, m)}`] : []),
    ];
  });
  // A borderless table pads its last column; no trailing spaces.
  const out = [
    ...wrap(title, o.columns),
    ...wrap(how, o.columns),
    ...methodLine(rep, m).flatMap((l) => wrap(l, o.columns).map((x) => s.dim(x))),
    ...wrap(picked, o.columns),
    "",
    ...chart
      .toString()
      .split("\n")
      .map((l) => l.trimEnd()),
    "",
  ];
  out.push(changes.length ? w.whereChanges : w.neverChanges, ...changes.flatMap((l) => wrap(l, o.columns)), "");
  if (rep.margin !== null) out.push(...wrap(w.margin({ points: num(rep.margin) }), o.columns));
  if (rep.needed.size) {
    const byIndex = new Map(rep.ev.ranked.map((r) => [r.index, r]));
    const options = {
      head: ["#", h.leftOut, h.total, h.needs].map((x) => s.bold(x)),
      style: { head: [], border: [], compact: true },
      chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
      colAligns: ["right", "left", "right", "right"] as ("right" | "left")[],
    };
    const rows = [...rep.needed].map(([t, p]) => [String(byIndex.get(t)!.rank), id(t), num(byIndex.get(t)!.total), neededText(p, m)]);
    out.push(...wrap(w.pointsTitle, o.columns), drawTable(options, rows));
  }
  if (rep.needsByCriterion.size) {
    const n = needsRows(rep, m);
    // One column per criterion, its header over two lines; criteria go from the right when they do not fit.
    const fitted = fitTable(
      n.head.map((x, k) => ({
        head: s.bold(k === 0 ? x : x.replace(w.nowNeeds, `\n${w.nowNeeds.trim()}`)),
        name: x.replace(w.nowNeeds, ""),
        cells: n.rows.map((r) => r[k]!),
        ...(k > 0 ? { drop: n.head.length - k } : {}),
      })),
      {
        columns: o.columns,
        wide: o.wide,
        table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
      },
    );
    out.push(...wrap(w.scoresTitle, o.columns), fitted.text, ...hiddenNote(fitted.hidden, o.columns, m).map((l) => s.dim(l)));
  }
  out.push(...omittedLine(rep, m).flatMap((l) => wrap(l, o.columns)));
  out.push(...whoLines(rep, m).flatMap((l) => wrap(l, o.columns)));
  return `${out.join("\n")}\n`;
}

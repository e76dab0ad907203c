/** `rubrics` output in four formats: one row per rubric that `-r NAME` can name. */
import { localized } from "../i18n/index.js";
import { en, type Messages } from "../i18n/en.js";
import { toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import { fitLines } from "./fit.js";
import type { TableOptions } from "./score.js";
import { displayWidth, wrapLines } from "./width.js";

export interface RubricEntry {
  /** What to pass to -r. */
  name: string;
  where: "local" | "bundled";
  /** A bundled rubric that a local one of the same name hides. */
  shadowed: boolean;
  file: string;
  /** The rubric's own `name`; "" when it does not validate. */
  title: string;
  description: string;
  criteria: string[];
  /** Problems `validate -r NAME` would report; 0 for a valid rubric. */
  problems: number;
  /** The rubric's Korean name and description, for Korean tables (JSON and CSV keep the fields above). */
  title_ko?: string;
  description_ko?: string;
}

const status = (e: RubricEntry, m: Messages) =>
  e.problems > 0 ? m.rubrics.invalid({ n: e.problems, file: e.file }) : e.shadowed ? m.rubrics.shadowed : "";

export function rubricsJson(entries: readonly RubricEntry[]): string {
  return toJson({
    rubrics: entries.map((e) => ({
      name: e.name,
      where: e.where,
      shadowed: e.shadowed,
      file: e.file,
      title: e.title,
      description: e.description,
      criteria: e.criteria,
      problems: e.problems,
    })),
  });
}

export function rubricsCsv(entries: readonly RubricEntry[]): string {
  return toCsv(
    ["name", "where", "shadowed", "file", "title", "description", "criteria", "problems"],
    entries.map((e) => [e.name, e.where, e.shadowed, e.file, e.title, e.description, e.criteria.join(" "), e.problems]),
  );
}

export function rubricsMarkdown(entries: readonly RubricEntry[], m: Messages = en): string {
  const h = m.rubrics.head;
  return toMarkdownTable(
    ["-r", h.where, h.name, h.description],
    entries.map((e) => [
      e.name,
      m.rubrics.where[e.where],
      localized(m, e.title, e.title_ko),
      [localized(m, e.description, e.description_ko), status(e, m)].filter(Boolean).join(" — "),
    ]),
  );
}

/** A list rather than a grid: names and titles on one line, each description wrapped under it. */
export function rubricsTable(entries: readonly RubricEntry[], o: TableOptions, m: Messages = en): string {
  const s = o.style;
  const width = o.wide ? Infinity : o.columns;
  const nameW = Math.max(...entries.map((e) => displayWidth(e.name)));
  const out = [...fitLines([m.rubrics.title], o.columns, o.wide), ""];
  const whereW = Math.max(...Object.values(m.rubrics.where).map((w) => displayWidth(w)));
  for (const e of entries) {
    const name = e.name + " ".repeat(nameW - displayWidth(e.name));
    const where = m.rubrics.where[e.where];
    out.push(
      ...fitLines(
        [
          `${e.shadowed ? s.dim(name) : s.bold(name)}  ${where + " ".repeat(whereW - displayWidth(where))}  ${localized(m, e.title, e.title_ko) || s.red(m.rubrics.invalidMark)}`,
        ],
        o.columns,
        o.wide,
      ),
    );
    const text = [localized(m, e.description, e.description_ko), status(e, m)].filter(Boolean).join(" — ");
    if (text) out.push(...wrapLines(text, width - 4).map((l) => `    ${e.problems > 0 || e.shadowed ? s.dim(l) : l}`));
  }
  return `${out.join("\n")}\n`;
}

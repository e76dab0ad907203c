/** `rubrics` output in four formats: one row per rubric that `-r NAME` can name. */
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
}

const status = (e: RubricEntry) => (e.problems > 0 ? `invalid: ${e.problems} problem${e.problems === 1 ? "" : "s"} (sovereign-ai validate -r ${e.file})` : e.shadowed ? "hidden by the local rubric of the same name" : "");

export function rubricsJson(entries: readonly RubricEntry[]): string {
  return toJson({ rubrics: entries.map((e) => ({ name: e.name, where: e.where, shadowed: e.shadowed, file: e.file, title: e.title, description: e.description, criteria: e.criteria, problems: e.problems })) });
}

export function rubricsCsv(entries: readonly RubricEntry[]): string {
  return toCsv(
    ["name", "where", "shadowed", "file", "title", "description", "criteria", "problems"],
    entries.map((e) => [e.name, e.where, e.shadowed, e.file, e.title, e.description, e.criteria.join(" "), e.problems]),
  );
}

export function rubricsMarkdown(entries: readonly RubricEntry[]): string {
  return toMarkdownTable(
    ["-r", "where", "name", "description"],
    entries.map((e) => [e.name, e.where, e.title, [e.description, status(e)].filter(Boolean).join(" — ")]),
  );
}

/** A list rather than a grid: names and titles on one line, each description wrapped under it. */
export function rubricsTable(entries: readonly RubricEntry[], o: TableOptions): string {
  const s = o.style;
  const width = o.wide ? Infinity : o.columns;
  const nameW = Math.max(...entries.map((e) => displayWidth(e.name)));
  const out = [...fitLines(["rubrics that -r NAME can name (./criteria/ first, then the bundled ones):"], o.columns, o.wide), ""];
  for (const e of entries) {
    const name = e.name + " ".repeat(nameW - displayWidth(e.name));
    out.push(...fitLines([`${e.shadowed ? s.dim(name) : s.bold(name)}  ${e.where.padEnd(7)}  ${e.title || s.red("(invalid)")}`], o.columns, o.wide));
    const text = [e.description, status(e)].filter(Boolean).join(" — ");
    if (text) out.push(...wrapLines(text, width - 4).map((l) => `    ${e.problems > 0 || e.shadowed ? s.dim(l) : l}`));
  }
  return out.join("\n") + "\n";
}

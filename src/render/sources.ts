/** `sources` output in four formats: the source registry with how many facts cite each record. */
import { fitTable, hiddenNote } from "./fit.js";
import type { SourceListing } from "../sources/listing.js";
import { toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";

const NONE = "No source records: no sources/ folder beside the consortia. Pass --sources DIR to name one.\n";

export function sourcesJson(l: SourceListing): string {
  return toJson({ sources: l.sources });
}

export function sourcesCsv(l: SourceListing): string {
  return toCsv(
    ["id", "publisher", "published", "language", "cited_by", "title", "url"],
    l.sources.map((s) => [s.id, s.publisher, s.published, s.language, s.cited_by, s.title, s.url]),
  );
}

export function sourcesMarkdown(l: SourceListing): string {
  if (l.dir === null) return NONE;
  return toMarkdownTable(
    ["id", "publisher", "published", "language", "cited by", "title"],
    l.sources.map((s) => [`\`${s.id}\``, s.publisher, s.published, s.language, s.cited_by, `[${s.title}](${s.url})`]),
    ["l", "l", "l", "l", "r", "l"],
  );
}

export function sourcesTable(l: SourceListing, o: TableOptions): string {
  if (l.dir === null) return NONE;
  const s = o.style;
  // Addresses are never wrapped (a wrapped address cannot be copied): in a narrow terminal they are
  // listed under the table, one per line; --wide puts them in a column.
  const rs = l.sources;
  const fitted = fitTable(
    [
      { head: s.bold("id"), cells: rs.map((r) => r.id) },
      { head: s.bold("publisher"), cells: rs.map((r) => r.publisher), wrapMin: 10 },
      { head: s.bold("published"), name: "published", cells: rs.map((r) => r.published), drop: 2 },
      { head: s.bold("lang"), name: "lang", cells: rs.map((r) => r.language), drop: 1 },
      { head: s.bold("cited"), name: "cited", cells: rs.map((r) => String(r.cited_by)), align: "right", drop: 3 },
      ...(o.wide ? [{ head: s.bold("address"), cells: rs.map((r) => r.url) }] : []),
    ],
    { columns: o.columns, wide: o.wide, table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } } },
  );
  const table = { toString: () => [fitted.text, ...hiddenNote(fitted.hidden, o.columns).map((x) => s.dim(x))].join("\n") };
  const cited = l.sources.filter((r) => r.cited_by > 0).length;
  const lines = [`${l.sources.length} source record${l.sources.length === 1 ? "" : "s"} in ${l.dir}, ${cited} cited by the consortia`, table.toString()];
  if (!o.wide && l.sources.length) {
    lines.push("", s.bold("Addresses"));
    for (const r of l.sources) lines.push(`  ${r.id}  ${r.url}`);
  }
  return lines.join("\n") + "\n";
}

/** `sources` output in four formats: the source registry with how many facts cite each record. */
import { en, type Messages } from "../i18n/en.js";
import { fitTable, hiddenNote } from "./fit.js";
import type { SourceListing } from "../sources/listing.js";
import { toCsv } from "./csv.js";
import { toJson } from "./json.js";
import { toMarkdownTable } from "./markdown.js";
import type { TableOptions } from "./score.js";

export function sourcesJson(l: SourceListing): string {
  return toJson({ sources: l.sources });
}

export function sourcesCsv(l: SourceListing): string {
  return toCsv(
    ["id", "publisher", "published", "language", "cited_by", "title", "url"],
    l.sources.map((s) => [s.id, s.publisher, s.published, s.language, s.cited_by, s.title, s.url]),
  );
}

export function sourcesMarkdown(l: SourceListing, m: Messages = en): string {
  if (l.dir === null) return `${m.sources.none}\n`;
  const h = m.sources.head;
  return toMarkdownTable(
    ["id", h.publisher, h.published, h.language, h.citedBy, h.title],
    l.sources.map((s) => [`\`${s.id}\``, s.publisher, s.published, s.language, s.cited_by, `[${s.title}](${s.url})`]),
    ["l", "l", "l", "l", "r", "l"],
  );
}

export function sourcesTable(l: SourceListing, o: TableOptions, m: Messages = en): string {
  if (l.dir === null) return `${m.sources.none}\n`;
  const s = o.style;
  const h = m.sources.head;
  // Addresses are never wrapped (a wrapped address cannot be copied): in a narrow terminal they are
  // listed under the table, one per line; --wide puts them in a column.
  const rs = l.sources;
  const fitted = fitTable(
    [
      { head: s.bold("id"), cells: rs.map((r) => r.id) },
      { head: s.bold(h.publisher), cells: rs.map((r) => r.publisher), wrapMin: 10 },
      { head: s.bold(h.published), name: h.published, cells: rs.map((r) => r.published), drop: 2 },
      { head: s.bold(h.lang), name: h.lang, cells: rs.map((r) => r.language), drop: 1 },
      { head: s.bold(h.cited), name: h.cited, cells: rs.map((r) => String(r.cited_by)), align: "right", drop: 3 },
      ...(o.wide ? [{ head: s.bold(h.address), cells: rs.map((r) => r.url) }] : []),
    ],
    {
      columns: o.columns,
      wide: o.wide,
      table: { style: { head: [], border: [], compact: true }, chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } },
    },
  );
  const table = { toString: () => [fitted.text, ...hiddenNote(fitted.hidden, o.columns, m).map((x) => s.dim(x))].join("\n") };
  const cited = l.sources.filter((r) => r.cited_by > 0).length;
  const lines = [m.sources.summary({ n: l.sources.length, dir: l.dir, cited }), table.toString()];
  if (!o.wide && l.sources.length) {
    lines.push("", s.bold(m.sources.addresses));
    for (const r of l.sources) lines.push(`  ${r.id}  ${r.url}`);
  }
  return `${lines.join("\n")}\n`;
}

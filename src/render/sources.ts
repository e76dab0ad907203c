/** `sources` output in four formats: the source registry with how many facts cite each record. */
import Table from "cli-table3";
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
  const table = new Table({
    head: ["id", "publisher", "published", "lang", "cited", "address"].map((h) => s.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: ["left", "left", "left", "left", "right", "left"],
    ...(o.wide ? {} : { wordWrap: true, wrapOnWordBoundary: false, colWidths: widths(l, o.columns) }),
  });
  for (const r of l.sources) table.push([r.id, r.publisher, r.published, r.language, r.cited_by, r.url]);
  const cited = l.sources.filter((r) => r.cited_by > 0).length;
  const head = `${l.sources.length} source record${l.sources.length === 1 ? "" : "s"} in ${l.dir}; ${cited} cited by the consortia`;
  return `${head}\n${table.toString()}\n`;
}

/** Column widths that fit `columns`: the address and publisher give way first. */
function widths(l: SourceListing, columns: number): number[] {
  const longest = (f: (r: SourceListing["sources"][number]) => string, min: number) => Math.max(min, ...l.sources.map((r) => f(r).length)) + 2;
  const id = longest((r) => r.id, 2);
  const fixed = id + 12 + 6 + 7 + 7; // id, published, lang, cited, borders
  const room = Math.max(30, columns - fixed);
  const publisher = Math.min(longest((r) => r.publisher, 9), Math.max(12, Math.floor(room * 0.35)));
  const url = Math.max(16, room - publisher);
  return [id, publisher, 12, 6, 7, url];
}

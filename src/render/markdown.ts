/** GitHub-flavoured Markdown tables, with `|` and line breaks in cells escaped. */
export type MdCell = string | number | boolean;

function esc(cell: MdCell): string {
  return String(cell).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function toMarkdownTable(header: readonly string[], rows: readonly (readonly MdCell[])[], align?: readonly ("l" | "r")[]): string {
  const sep = header.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  const line = (cells: readonly MdCell[]) => `| ${cells.map(esc).join(" | ")} |`;
  return [line(header), `| ${sep.join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}

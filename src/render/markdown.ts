/** GitHub-flavoured Markdown tables, with `|` and line breaks in cells escaped. */
export type MdCell = string | number | boolean;

/**
 * Text from data, made inert in Markdown: HTML (`<script>`, `<img onerror>`) shown as text, brackets
 * escaped so no `[text](javascript:…)` link can form, line breaks (which would end a heading or a
 * list item) made spaces.
 */
export function mdText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\[/g, "\\[")
    .replace(/\]/g, "\\]")
    .replace(/\r\n|\r|\n/g, " ");
}

/** A link for a URL, only when it is http(s); anything else (javascript:, data:) is shown as inert text. */
export function mdLink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : mdText(url);
}

function esc(cell: MdCell): string {
  return mdText(String(cell).replace(/\\/g, "\\\\").replace(/\|/g, "\\|"));
}

export function toMarkdownTable(header: readonly string[], rows: readonly (readonly MdCell[])[], align?: readonly ("l" | "r")[]): string {
  const sep = header.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  const line = (cells: readonly MdCell[]) => `| ${cells.map(esc).join(" | ")} |`;
  return `${[line(header), `| ${sep.join(" | ")} |`, ...rows.map(line)].join("\n")}\n`;
}

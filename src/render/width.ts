/**
 * Fitting text to a terminal's width. Widths come from string-width (the measure cli-table3 uses,
 * so text and tables agree): double-width characters such as Hangul count as two columns, colour
 * codes as none. Each word is measured once, so long texts wrap quickly.
 */
import { stripVTControlCharacters } from "node:util";
import stringWidth from "string-width";

const PLAIN = /^[\x20-\x7e]*$/;

/** Columns that `text` takes on a terminal. */
export function displayWidth(text: string): number {
  return PLAIN.test(text) ? text.length : stringWidth(text);
}

// A colour or style code (chalk's): no width, kept when text is cut so styles still close.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern is for
const SGR = /\u001b\[[0-9;]*m/y;

/**
 * `text` cut to at most `width` columns, ending in "…" when cut; colour codes are kept (they take
 * no room). One pass over the text, whatever its length: cli-table3's own truncation measures the
 * whole remaining text again for every character it drops (a 40,000-character name took 27 s).
 */
export function truncateToWidth(text: string, width: number): string {
  // At most two columns per UTF-16 unit: short text fits without measuring.
  if (text.length * 2 <= width || displayWidth(text) <= width) return text;
  const room = width - 1; // for the ellipsis
  let out = "";
  let used = 0;
  let full = false;
  for (let i = 0; i < text.length; ) {
    SGR.lastIndex = i;
    const code = SGR.exec(text);
    if (code) {
      out += code[0];
      i += code[0].length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    i += ch.length;
    if (full) continue;
    const w = displayWidth(ch);
    if (used + w > room) {
      out += "…";
      full = true;
      continue;
    }
    out += ch;
    used += w;
  }
  return out;
}

/** The width of a rendered bordered table: its top border holds single-width characters only. */
export function tableWidth(rendered: string): number {
  return stripVTControlCharacters(rendered.split("\n", 1)[0] ?? "").length;
}

/** A word wider than `width` cut into pieces that fit. */
function cut(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = "";
  let w = 0;
  for (const ch of word) {
    const cw = displayWidth(ch);
    if (w + cw > width && cur) {
      out.push(cur);
      cur = "";
      w = 0;
    }
    cur += ch;
    w += cw;
  }
  if (cur) out.push(cur);
  return out;
}

/** Lines of at most `width` columns, broken at spaces (white space collapsed); each paragraph (\n) on its own. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let cur = "";
    let w = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const ww = displayWidth(word);
      if (cur && w + 1 + ww <= width) {
        cur += ` ${word}`;
        w += 1 + ww;
        continue;
      }
      if (cur) lines.push(cur);
      if (ww <= width) {
        cur = word;
        w = ww;
      } else {
        const pieces = cut(word, width);
        lines.push(...pieces.slice(0, -1));
        cur = pieces[pieces.length - 1]!;
        w = displayWidth(cur);
      }
    }
    lines.push(cur);
  }
  return lines;
}

/** `text` wrapped to `width` columns, each line indented by `indent` spaces. */
export function wrap(text: string, width: number, indent = 0): string {
  const pad = " ".repeat(indent);
  return wrapLines(text, Math.max(10, width - indent))
    .map((l) => pad + l)
    .join("\n");
}

/**
 * Label and value pairs in two columns: labels padded to the widest, values wrapped to the rest of
 * `width` and indented under themselves. A value may hold several lines (\n).
 */
export function labelled(rows: readonly (readonly [label: string, value: string])[], width: number, gap = 2): string {
  const labelWidth = Math.max(0, ...rows.map(([l]) => displayWidth(stripVTControlCharacters(l))));
  const indent = labelWidth + gap;
  const room = Math.max(20, width - indent);
  const out: string[] = [];
  for (const [label, value] of rows) {
    const lines = wrapLines(value, room);
    const pad = " ".repeat(labelWidth - displayWidth(stripVTControlCharacters(label)) + gap);
    lines.forEach((l, i) => out.push((i === 0 ? label + pad : " ".repeat(indent)) + l));
  }
  return out.map((l) => l.replace(/\s+$/, "")).join("\n");
}

/** Items joined by `sep`, broken into lines of at most `width` columns. */
export function joinLines(items: readonly string[], sep: string, width: number): string {
  const lines: string[] = [];
  let cur = "";
  for (const item of items) {
    const next = cur ? cur + sep + item : item;
    if (cur && displayWidth(stripVTControlCharacters(next)) > width) {
      lines.push(cur + sep.trimEnd());
      cur = item;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines.join("\n");
}

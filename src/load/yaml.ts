/**
 * YAML parsing that keeps positions: every later problem can point at the line and column of the
 * field it is about. Duplicate keys, tabs as indentation and alias bombs are problems, not crashes.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Position, Problem } from "../errors.js";
import type { SourceText } from "./read.js";

/** Aliases allowed when turning a document into data; a "billion laughs" file trips this at once. */
export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

export interface ParsedFile extends SourceText {
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] };

export function excerptAt(text: string, pos: Position): string | undefined {
  const line = text.split(/\r?\n/)[pos.line - 1];
  return line === undefined ? undefined : line.length > 160 ? line.slice(0, 160) + "…" : line;
}

function positionAt(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, col };
}

export function parseYaml(source: SourceText): ParseResult {
  const text = source.text.startsWith("\uFEFF") ? source.text.slice(1) : source.text;
  const src = { ...source, text };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = positionAt(lines, e.pos[0]);
        const message = e.code === "DUPLICATE_KEY" ? "duplicate key: each key may appear once in a mapping" : e.code === "TAB_AS_INDENT" ? "tab used for indentation: YAML indents with spaces only" : `YAML syntax error: ${e.message}`;
        return { file: source.file, pos, message, excerpt: excerptAt(text, pos) };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const why = /alias/i.test(msg) ? `too many aliases (more than ${MAX_ALIAS_COUNT}): the file expands like a "billion laughs" attack` : msg;
    return { ok: false, problems: [{ file: source.file, message: `cannot be read as data: ${why}` }] };
  }
  if (data === null || data === undefined) {
    return { ok: false, problems: [{ file: source.file, message: "is empty; it should hold a YAML mapping (key: value lines)" }] };
  }
  return { ok: true, parsed: { ...src, doc, lines, data } };
}

/**
 * The deepest node along `path`, and whether the whole path was found. With `key`, the position is
 * that of the last segment's key (for "unknown key" problems) rather than its value.
 */
function nodeAt(doc: Document.Parsed, path: readonly PathSegment[], key = false): { node: Node | null; found: boolean } {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: node as Node, found: false };
      if (last && key) return { node: pair.key as Node, found: true };
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item === undefined) return { node: node as Node, found: false };
      node = item;
    } else {
      return { node: (node as Node) ?? null, found: false };
    }
  }
  return { node: (node as Node) ?? null, found: true };
}

export function positionOf(file: ParsedFile, path: readonly PathSegment[], key = false): Position | undefined {
  const { node } = nodeAt(file.doc, path, key);
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : positionAt(file.lines, offset);
}

/** A problem at `path` in `file`, with line, column and the source line. */
export function problemAt(file: ParsedFile, path: readonly PathSegment[], message: string, key = false): Problem {
  const pos = positionOf(file, path, key);
  return {
    file: file.file,
    ...(pos ? { pos, excerpt: excerptAt(file.text, pos) } : {}),
    ...(path.length > 0 ? { path: formatPath(path) } : {}),
    message,
  };
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

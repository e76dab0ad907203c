/**
 * Problems placed at a field: the YAML node along a path of keys and indexes (each mapping's keys
 * indexed once, so thousands of problems in one file stay linear), its line and column, and the
 * problem with the source line for a caret. Parsing itself is in yaml.ts.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import { saying, type Position, type Problem, type Said } from "../errors.js";
import { excerptAt, positionAt, withExcerpt, type ParsedFile, type PathSegment } from "./yaml.js";

/** Each mapping's pairs by key text (the first of equal keys), built once per mapping. */
const keyIndexes = new WeakMap<object, Map<string, Pair>>();

function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (isPair(p) && isScalar(p.key)) {
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
    }
    keyIndexes.set(map, index);
  }
  return index;
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
      const pair = keyIndex(node).get(String(seg));
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

/**
 * A problem at `path` in `file`, with line, column and the source line; its code and English
 * message from its data (see `saying`), which the catalogues word in each language.
 */
export function problemSaid(file: ParsedFile, path: readonly PathSegment[], said: Said, key = false): Problem {
  const { code, message } = saying(said);
  const pos = positionOf(file, path, key);
  return {
    code,
    said,
    file: file.file,
    ...(pos ? withExcerpt(pos, excerptAt(file.text, pos, file.lines.lineStarts)) : {}),
    ...(path.length > 0 ? { path: formatPath(path) } : {}),
    message,
  };
}

function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/**
 * YAML parsing that keeps positions: every later problem can point at the line and column of the
 * field it is about. Duplicate keys, tabs as indentation, tags, several documents, deep nesting,
 * alias bombs and `__proto__` keys are problems, not crashes.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  Parser,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from "yaml";
import { saying, type Position, type Problem, type Said } from "../errors.js";
import type { SourceText } from "./source.js";

/** Aliases allowed when turning a document into data; a "billion laughs" file trips this at once. */
const MAX_ALIAS_COUNT = 100;

/** Collections nested deeper than this are refused (the schemas need about five levels). */
export const MAX_DEPTH = 64;

export type PathSegment = string | number;

export interface ParsedFile extends SourceText {
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] };

/** Offsets where each line starts, for the last text asked about (problems come many per file). */
let lineIndex: { text: string; starts: number[] } | undefined;

function lineStarts(text: string): number[] {
  if (lineIndex?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    lineIndex = { text, starts };
  }
  return lineIndex.starts;
}

/**
 * The source line at `pos` (whole: the caret display cuts a window around the column), without
 * its line ending. Found through an index of line starts (the parser's, or one built once per
 * text), so a file with thousands of problems is not rescanned for each.
 */
export function excerptAt(text: string, pos: Position, starts: readonly number[] = lineStarts(text)): string | undefined {
  const start = starts[pos.line - 1];
  if (start === undefined) return undefined;
  const next = starts[pos.line];
  const line = text.slice(start, next === undefined ? text.length : next - 1);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

export function positionAt(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, col };
}

const TOO_DEEP: Said = { code: "too-deep", max: MAX_DEPTH };

/** A duplicate key at `offset` as data, for the catalogues to word. */
function duplicateKeySaid(text: string, offset: number): Said {
  return { code: "duplicate-key", key: /^[^:,}\]\n]*/.exec(text.slice(offset, offset + 200))![0].trim() || null };
}

/** A YAML parser error as data (the parser's own English words kept as the detail of a syntax error). */
function yamlSaid(e: YAMLError, text: string): Said {
  switch (e.code) {
    case "DUPLICATE_KEY":
      return duplicateKeySaid(text, e.pos[0]);
    case "TAB_AS_INDENT":
      return { code: "tab-indent" };
    case "MULTIPLE_DOCS":
      return { code: "multiple-documents" };
    case "RESOURCE_EXHAUSTION":
      return TOO_DEEP;
    case "TAG_RESOLVE_FAILED":
      return { code: "unknown-tag", tag: text.slice(e.pos[0], e.pos[1]) };
    default:
      return { code: "yaml-syntax", form: "parser", detail: e.message, yaml: e.code };
  }
}

/**
 * Problems that `toJS` would otherwise turn into a crash or a silent loss: nesting deeper than
 * MAX_DEPTH, and `__proto__` keys (never a field name; a JavaScript object would take it as its
 * prototype). Walks the nodes without recursion and without following aliases.
 */
function structureProblems(doc: Document.Parsed, at: ProblemMaker): Problem[] {
  const problems: Problem[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      problems.push(at((node as Node).range?.[0], TOO_DEEP));
      break;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        if (isScalar(item.key) && item.key.value === "__proto__") {
          problems.push(at(item.key.range?.[0], { code: "reserved-key", key: "__proto__" }));
        }
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else if (!isAlias(item)) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return problems;
}

interface Marked {
  offset: number;
  said: Said;
}

/**
 * Tags and directives, which the document API resolves silently (`!!int "7"` is 7, `%YAML 1.1`
 * makes 010 eight and no false): found on the concrete syntax tree, each with its offset. Linear
 * in the text; walks the tree with a stack (no recursion on deep nesting).
 */
function schemaScan(text: string): Marked[] {
  if (!text.includes("!") && !text.includes("%")) return [];
  const found: Marked[] = [];
  const stack: unknown[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const o = stack.pop();
    if (Array.isArray(o)) {
      for (const x of o) if (x !== null && typeof x === "object") stack.push(x);
      continue;
    }
    if (o === null || typeof o !== "object") continue;
    const tok = o as { type?: unknown; offset?: unknown; source?: unknown };
    if (typeof tok.offset === "number" && typeof tok.source === "string") {
      if (tok.type === "tag") found.push({ offset: tok.offset, said: { code: "unknown-tag", tag: tok.source } });
      else if (tok.type === "directive") {
        const directive = tok.source.trim();
        if (/^%YAML\s/.test(directive) && !/^%YAML\s+1\.2\s*$/.test(directive))
          found.push({ offset: tok.offset, said: { code: "yaml-directive", form: "version", directive } });
        else if (/^%TAG\s/.test(directive)) found.push({ offset: tok.offset, said: { code: "yaml-directive", form: "tag", directive } });
      }
    }
    for (const v of Object.values(o)) if (v !== null && typeof v === "object") stack.push(v);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** A file with carriage returns and no line feed: old Mac line endings, one long line to YAML. */
function oldMacLineEndings(text: string): boolean {
  return text.includes("\r") && !text.includes("\n");
}

// Duplicate keys are found by duplicateKeys (the parser's own check compares each key with every
// earlier one: 32,000 keys took minutes).
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true } as const;

/**
 * Keys that repeat an earlier key of the same mapping (scalars with the same value, as the YAML
 * parser's own check compares them), each at its position; one pass with a set per mapping.
 */
function duplicateKeys(doc: Document.Parsed, text: string): Marked[] {
  const found: Marked[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if ((!isMap(node) && !isSeq(node)) || depth > MAX_DEPTH) continue;
    const seen = new Set<unknown>();
    for (const item of node.items) {
      if (isPair(item)) {
        if (isScalar(item.key)) {
          const v = item.key.value;
          const k = typeof v === "string" ? `s${v}` : v;
          if (seen.has(k)) {
            const offset = item.key.range?.[0] ?? 0;
            found.push({ offset, said: duplicateKeySaid(text, offset) });
          } else seen.add(k);
        }
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else if (!isAlias(item)) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return found;
}

export function parseYaml(source: SourceText): ParseResult {
  const text = source.text.startsWith("\uFEFF") ? source.text.slice(1) : source.text;
  const lines = new LineCounter();
  const at = problemMaker(source.file, text, lines);
  if (oldMacLineEndings(text)) return { ok: false, problems: [at(undefined, { code: "cr-line-endings" })] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, ...PARSE_OPTIONS });
  } catch (err) {
    // The parser guards its own recursion; this is the last line of defence for nesting.
    if (err instanceof RangeError) return { ok: false, problems: [at(undefined, TOO_DEEP)] };
    throw err;
  }
  return checkDocument(doc, { ...source, text }, lines, at, schemaScan(text));
}

/**
 * A stream of YAML documents separated by `---` (`-c -` on standard input): one result per
 * document, with positions in the whole stream. Empty documents (a leading or trailing `---`) are
 * skipped.
 */
export function parseYamlStream(source: SourceText): ParseResult[] {
  const text = source.text.startsWith("\uFEFF") ? source.text.slice(1) : source.text;
  const lines = new LineCounter();
  const at = problemMaker(source.file, text, lines);
  if (oldMacLineEndings(text)) return [{ ok: false, problems: [at(undefined, { code: "cr-line-endings" })] }];
  let docs: Document.Parsed[];
  try {
    const all = parseAllDocuments(text, { lineCounter: lines, ...PARSE_OPTIONS });
    docs = Array.isArray(all) ? all : [];
  } catch (err) {
    if (err instanceof RangeError) return [{ ok: false, problems: [at(undefined, TOO_DEEP)] }];
    throw err;
  }
  // Each tag or directive belongs to the first document that ends after it.
  const marked = schemaScan(text);
  let next = 0;
  const markedIn = docs.map((doc) => {
    const end = doc.range[2];
    const mine: Marked[] = [];
    while (next < marked.length && marked[next]!.offset <= end) mine.push(marked[next++]!);
    return mine;
  });
  if (next < marked.length && markedIn.length > 0) markedIn[markedIn.length - 1]!.push(...marked.slice(next));
  const results = docs
    .map((doc, i) => ({ doc, mine: markedIn[i]! }))
    .filter(
      ({ doc, mine }) =>
        doc.errors.length > 0 || mine.length > 0 || !(doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)),
    )
    .map(({ doc, mine }) => checkDocument(doc, { ...source, text }, lines, at, mine, true));
  return results.length > 0 ? results : [{ ok: false, problems: [at(undefined, { code: "empty-file", form: "stream" })] }];
}

/** A position and, when there is one, its source line (no `excerpt: undefined` key). */
export function withExcerpt(pos: Position, excerpt: string | undefined): { pos: Position; excerpt?: string } {
  return excerpt === undefined ? { pos } : { pos, excerpt };
}

type ProblemMaker = (offset: number | undefined, said: Said) => Problem;

function problemMaker(file: string, text: string, lines: LineCounter): ProblemMaker {
  return (offset, said) => {
    const pos = offset === undefined ? undefined : positionAt(lines, offset);
    const { code, message } = saying(said);
    return { code, said, file, ...(pos ? withExcerpt(pos, excerptAt(text, pos, lines.lineStarts)) : {}), message };
  };
}

function checkDocument(
  doc: Document.Parsed,
  src: SourceText,
  lines: LineCounter,
  at: ProblemMaker,
  marked: readonly Marked[],
  inStream = false,
): ParseResult {
  const { text } = src;
  let issues = [...doc.errors, ...doc.warnings].filter((e) => e.code !== "TAG_RESOLVE_FAILED");
  // Once the parser has run out of stack, what it reports after that point depends on how much stack
  // was left (an "unknown tag" of nothing, in a deep test run): only the exhaustion is certain.
  const exhausted = issues.filter((e) => e.code === "RESOURCE_EXHAUSTION").map((e) => e.pos[0]);
  if (exhausted.length) issues = issues.filter((e) => e.code === "RESOURCE_EXHAUSTION" || e.pos[0] < Math.min(...exhausted));
  // Unknown tags are among the tags found by schemaScan: reported once, from there.
  const duplicates = duplicateKeys(doc, text);
  if (issues.length > 0 || marked.length > 0 || duplicates.length > 0) {
    const seen = new Set<string>();
    const found: Marked[] = [...marked, ...duplicates];
    for (const e of issues) {
      // Exhausted recursion is reported once per nesting level; once is enough.
      const key = e.code === "RESOURCE_EXHAUSTION" ? e.code : `${e.code}@${e.pos[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ offset: e.pos[0], said: yamlSaid(e, text) });
    }
    return { ok: false, problems: found.sort((a, b) => a.offset - b.offset).map((m) => at(m.offset, m.said)) };
  }
  const structure = structureProblems(doc, at);
  if (structure.length > 0) return { ok: false, problems: structure };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const undefinedAlias = /^Unresolved alias/.test(msg) ? firstUndefinedAlias(doc) : undefined;
    if (undefinedAlias) return { ok: false, problems: [at(undefinedAlias.offset, undefinedAlias.said)] };
    const said: Said = /alias/i.test(msg)
      ? { code: "too-many-aliases", max: MAX_ALIAS_COUNT }
      : { code: "yaml-syntax", form: "data", detail: msg, yaml: null };
    return { ok: false, problems: [at(inStream ? doc.range?.[0] : undefined, said)] };
  }
  if (data === null || data === undefined) {
    return { ok: false, problems: [at(undefined, { code: "empty-file" })] };
  }
  return { ok: true, parsed: { ...src, doc, lines, data } };
}

/** The first alias, in reading order, whose anchor is not set before it; with its offset. */
function firstUndefinedAlias(doc: Document.Parsed): Marked | undefined {
  const anchors = new Set<string>();
  let found: Marked | undefined;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          found = { offset: node.range?.[0] ?? 0, said: { code: "undefined-alias", name: node.source } };
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

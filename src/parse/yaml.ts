/**
 * YAML parsing that keeps positions: every later problem can point at the line and column of the
 * field it is about. Duplicate keys, tabs as indentation, tags, several documents, deep nesting,
 * alias bombs and `__proto__` keys are problems, not crashes.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, Parser, visit, type Document, type Node, type YAMLError } from "yaml";
import type { Position, Problem, ProblemCode, Said } from "../errors.js";
import type { SourceText } from "./source.js";
import { en } from "../i18n/en.js";

/** Aliases allowed when turning a document into data; a "billion laughs" file trips this at once. */
export const MAX_ALIAS_COUNT = 100;

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

/** This module's messages for people, whole sentences with placeholders. */
const MESSAGES = {
  tag: (tag: string) => `tag ${JSON.stringify(tag)} is not allowed: these files hold plain YAML 1.2 values (core schema, no tags); remove the tag`,
  version: (directive: string) =>
    `the directive ${JSON.stringify(directive)} is not allowed: these files are read as YAML 1.2 only (YAML 1.1 reads 010 as 8 and no as false); remove the line`,
  tagDirective: (directive: string) => `the directive ${JSON.stringify(directive)} is not allowed: these files use no tags; remove the line`,
  undefinedAlias: (name: string) => `alias *${name} is not defined: an alias repeats a value marked &${name} earlier in the file; mark the value with &${name} before this line, or write the value out`,
  oldMacLineEndings:
    "uses old Mac line endings (CR only), so it reads as one line; save it with LF (Unix) or CRLF (Windows) line endings, e.g. tr '\\r' '\\n' < old.yaml > new.yaml",
} as const;

const TOO_DEEP = `is nested more than ${MAX_DEPTH} levels deep; these files need only a few levels — flatten it`;

/** The code of a YAML parser error. */
function yamlCode(e: YAMLError): ProblemCode {
  const codes: Partial<Record<string, ProblemCode>> = { DUPLICATE_KEY: "duplicate-key", TAB_AS_INDENT: "tab-indent", MULTIPLE_DOCS: "multiple-documents", RESOURCE_EXHAUSTION: "too-deep", TAG_RESOLVE_FAILED: "unknown-tag" };
  return codes[e.code] ?? "yaml-syntax";
}

/** A duplicate key at `offset` as data, for the catalogues to word. */
function duplicateKeySaid(text: string, offset: number): Said {
  return { code: "duplicate-key", key: /^[^:,}\]\n]*/.exec(text.slice(offset, offset + 200))![0].trim() || null };
}

/** A YAML parser error as data, for the codes the catalogues word in every language. */
function yamlSaid(e: YAMLError, text: string): Said | undefined {
  if (e.code === "DUPLICATE_KEY") return duplicateKeySaid(text, e.pos[0]);
  if (e.code === "TAB_AS_INDENT") return { code: "tab-indent" };
  return undefined;
}

function yamlMessage(e: YAMLError, text: string): string {
  switch (e.code) {
    case "MULTIPLE_DOCS":
      return "a second YAML document starts here (---); a file holds one document, so put each consortium in its own file";
    case "RESOURCE_EXHAUSTION":
      return TOO_DEEP;
    case "TAG_RESOLVE_FAILED":
      return MESSAGES.tag(text.slice(e.pos[0], e.pos[1]));
    default:
      return `YAML syntax error: ${e.message}`;
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
      problems.push(at((node as Node).range?.[0], "too-deep", TOO_DEEP));
      break;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        if (isScalar(item.key) && item.key.value === "__proto__") {
          problems.push(at(item.key.range?.[0], "reserved-key", 'unknown key "__proto__": no field has this name (it is reserved in JavaScript); remove it'));
        }
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else if (!isAlias(item)) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return problems;
}

interface Marked {
  offset: number;
  code: ProblemCode;
  message: string;
  said?: Said;
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
      if (tok.type === "tag") found.push({ offset: tok.offset, code: "unknown-tag", message: MESSAGES.tag(tok.source) });
      else if (tok.type === "directive") {
        const directive = tok.source.trim();
        if (/^%YAML\s/.test(directive) && !/^%YAML\s+1\.2\s*$/.test(directive)) found.push({ offset: tok.offset, code: "yaml-directive", message: MESSAGES.version(directive) });
        else if (/^%TAG\s/.test(directive)) found.push({ offset: tok.offset, code: "yaml-directive", message: MESSAGES.tagDirective(directive) });
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
            const said = duplicateKeySaid(text, offset);
            found.push({ offset, code: "duplicate-key", message: en.problems.say(said), said });
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
  if (oldMacLineEndings(text)) return { ok: false, problems: [at(undefined, "cr-line-endings", MESSAGES.oldMacLineEndings)] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, ...PARSE_OPTIONS });
  } catch (err) {
    // The parser guards its own recursion; this is the last line of defence for nesting.
    if (err instanceof RangeError) return { ok: false, problems: [at(undefined, "too-deep", TOO_DEEP)] };
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
  if (oldMacLineEndings(text)) return [{ ok: false, problems: [at(undefined, "cr-line-endings", MESSAGES.oldMacLineEndings)] }];
  let docs: Document.Parsed[];
  try {
    const all = parseAllDocuments(text, { lineCounter: lines, ...PARSE_OPTIONS });
    docs = Array.isArray(all) ? all : [];
  } catch (err) {
    if (err instanceof RangeError) return [{ ok: false, problems: [at(undefined, "too-deep", TOO_DEEP)] }];
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
    .filter(({ doc, mine }) => doc.errors.length > 0 || mine.length > 0 || !(doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)))
    .map(({ doc, mine }) => checkDocument(doc, { ...source, text }, lines, at, mine, true));
  return results.length > 0 ? results : [{ ok: false, problems: [at(undefined, "empty-file", "is empty; it should hold YAML documents, one consortium each, separated by ---")] }];
}

/** A position and, when there is one, its source line (no `excerpt: undefined` key). */
export function withExcerpt(pos: Position, excerpt: string | undefined): { pos: Position; excerpt?: string } {
  return excerpt === undefined ? { pos } : { pos, excerpt };
}

type ProblemMaker = (offset: number | undefined, code: ProblemCode, message: string, said?: Said) => Problem;

/** A problem worded by the message catalogues (src/i18n): its code, its data and the English sentence. */
export const saying = (said: Said): { code: ProblemCode; message: string; said: Said } => ({ code: said.code, message: en.problems.say(said), said });

function problemMaker(file: string, text: string, lines: LineCounter): ProblemMaker {
  return (offset, code, message, said) => {
    const pos = offset === undefined ? undefined : positionAt(lines, offset);
    return { code, ...(said ? { said } : {}), file, ...(pos ? withExcerpt(pos, excerptAt(text, pos, lines.lineStarts)) : {}), message };
  };
}

function checkDocument(doc: Document.Parsed, src: SourceText, lines: LineCounter, at: ProblemMaker, marked: readonly Marked[], inStream = false): ParseResult {
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
      const said = yamlSaid(e, text);
      found.push({ offset: e.pos[0], code: yamlCode(e), message: said ? en.problems.say(said) : yamlMessage(e, text), ...(said ? { said } : {}) });
    }
    return { ok: false, problems: found.sort((a, b) => a.offset - b.offset).map((m) => at(m.offset, m.code, m.message, m.said)) };
  }
  const structure = structureProblems(doc, at);
  if (structure.length > 0) return { ok: false, problems: structure };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const undefinedAlias = /^Unresolved alias/.test(msg) ? firstUndefinedAlias(doc) : undefined;
    if (undefinedAlias) return { ok: false, problems: [at(undefinedAlias.offset, undefinedAlias.code, undefinedAlias.message)] };
    const why = /alias/i.test(msg)
      ? `its aliases (*name) expand too much (more than ${MAX_ALIAS_COUNT}), like a "billion laughs" attack; write the values out instead`
      : `${msg}; check the YAML`;
    return { ok: false, problems: [at(inStream ? doc.range?.[0] : undefined, /alias/i.test(msg) ? "too-many-aliases" : "yaml-syntax", `cannot be read as data: ${why}`)] };
  }
  if (data === null || data === undefined) {
    return { ok: false, problems: [at(undefined, "empty-file", en.problems.say({ code: "empty-file" }), { code: "empty-file" })] };
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
          found = { offset: node.range?.[0] ?? 0, code: "undefined-alias", message: MESSAGES.undefinedAlias(node.source) };
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

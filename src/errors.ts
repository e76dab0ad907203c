/**
 * Errors for people. A `Problem` is one thing wrong with the input: where (file, line, column),
 * which field, and what was expected. Problems are collected, never thrown one at a time; the
 * shell turns a `DataError` into exit code 1 and a `UsageError` into exit code 2.
 */
import stringWidth from "string-width";
import type { UsageSaid } from "./usage.js";
import { usage as usageWords } from "./i18n/en-usage.js";

export interface Position {
  line: number; // 1-based
  col: number; // 1-based
}

/**
 * What kind of problem, for programs and tests (the message says it for people, in words that may
 * change and, with --lang, in another language; the code does not). `validate -f json` shows it.
 */
export type ProblemCode =
  // reading files
  | "not-found"
  | "unreadable"
  | "not-a-file"
  | "too-big"
  | "binary"
  | "not-utf8"
  | "empty-folder"
  | "unknown-rubric"
  | "no-rubrics"
  // YAML
  | "yaml-syntax"
  | "duplicate-key"
  | "tab-indent"
  | "multiple-documents"
  | "unknown-tag"
  | "too-deep"
  | "too-many-aliases"
  | "empty-file"
  | "reserved-key"
  | "yaml-directive"
  | "undefined-alias"
  | "cr-line-endings"
  // the schema of one file
  | "not-a-mapping"
  | "unknown-key"
  | "missing-field"
  | "bad-type"
  | "not-finite"
  | "bad-value"
  | "out-of-range"
  | "bad-format"
  | "invalid"
  // rules across a file or files
  | "duplicate-id"
  | "bad-scale"
  | "off-scale"
  | "no-weight"
  | "unknown-criterion"
  | "incomplete-rule"
  | "min-above-max"
  | "id-mismatch"
  | "bad-date"
  | "missing-score"
  | "unknown-level"
  | "bad-range"
  | "unknown-kind"
  | "unknown-consortium"
  | "duplicate-entry"
  // sources and citations
  | "unknown-source"
  | "bad-citation"
  | "source-after-date"
  | "unknown-paragraph"
  | "unknown-excerpt"
  | "empty-source"
  // --strict
  | "strict-no-sources"
  | "strict-uncited"
  | "strict-no-evidence"
  | "strict-todo"
  // review panels
  | "bad-csv"
  | "unknown-team"
  | "too-few-reviews"
  // the programme's stages
  | "stage-incomplete"
  | "stage-order"
  | "not-an-entrant"
  | "advance-mismatch"
  | "data-after-stage";

/** Every problem code, for tests and JSON Schema. */
export const PROBLEM_CODES: readonly ProblemCode[] = [
  "not-found",
  "unreadable",
  "not-a-file",
  "too-big",
  "binary",
  "not-utf8",
  "empty-folder",
  "unknown-rubric",
  "no-rubrics",
  "yaml-syntax",
  "duplicate-key",
  "tab-indent",
  "multiple-documents",
  "unknown-tag",
  "too-deep",
  "too-many-aliases",
  "empty-file",
  "reserved-key",
  "yaml-directive",
  "undefined-alias",
  "cr-line-endings",
  "not-a-mapping",
  "unknown-key",
  "missing-field",
  "bad-type",
  "not-finite",
  "bad-value",
  "out-of-range",
  "bad-format",
  "invalid",
  "duplicate-id",
  "bad-scale",
  "off-scale",
  "no-weight",
  "unknown-criterion",
  "incomplete-rule",
  "min-above-max",
  "id-mismatch",
  "bad-date",
  "missing-score",
  "unknown-level",
  "bad-range",
  "unknown-kind",
  "unknown-consortium",
  "duplicate-entry",
  "unknown-source",
  "bad-citation",
  "source-after-date",
  "unknown-paragraph",
  "unknown-excerpt",
  "empty-source",
  "strict-no-sources",
  "strict-uncited",
  "strict-no-evidence",
  "strict-todo",
  "bad-csv",
  "unknown-team",
  "too-few-reviews",
  "stage-incomplete",
  "stage-order",
  "not-an-entrant",
  "advance-mismatch",
  "data-after-stage",
];

export type { Got, Said } from "./said.js";
import type { Said } from "./said.js";
import { says } from "./i18n/en-problems.js";

/** A problem's code, its English message and its data, from its data (the catalogues word it in each language). */
export const saying = (said: Said): { code: ProblemCode; message: string; said: Said } => ({
  code: said.code,
  message: (says[said.code] as (p: Said) => string)(said),
  said,
});

export interface Problem {
  /** What kind of problem (see ProblemCode). */
  code: ProblemCode;
  /** What it says, as data: the catalogues word it in each language (`message` is the English). */
  said: Said;
  file?: string;
  pos?: Position;
  /** Field path inside the file, e.g. `scores.from_scratch.value` (in a CSV sheet, the English `row 3, column 2 (team)`). */
  path?: string;
  /** In a CSV sheet: the cell, which the catalogues word in each language in place of `path`. */
  cell?: { row: number; column: number; name: string | null };
  message: string;
  /** The source line the problem points at, for the caret display. */
  excerpt?: string;
}

export const EXIT = { ok: 0, data: 1, usage: 2, internal: 70 } as const;

/** Invalid input data: exit code 1. */
export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => formatProblem(p)).join("\n"));
    this.name = "DataError";
    this.problems = problems;
  }
}

/**
 * Bad command-line usage: exit code 2. Given as data (`UsageSaid`), its message is the English
 * sentence and the shell words it in the language asked for; given as text, it is shown as it is.
 */
export class UsageError extends Error {
  readonly said?: UsageSaid;
  constructor(message: string | UsageSaid) {
    super(typeof message === "string" ? message : (usageWords[message.code] as (p: UsageSaid) => string)(message));
    this.name = "UsageError";
    if (typeof message !== "string") this.said = message;
  }
}

/** How problems are worded in a language (the message catalogues' `problems` section). */
export interface ProblemWords {
  /** The word before each problem: "error". */
  readonly error: string;
  /** The line after several problems. */
  readonly found: (p: { n: number }) => string;
  /** A problem's message in this language, from its data (undefined: its English message is shown). */
  readonly say: (said: Said) => string;
  /** A CSV cell's place in this language (else the English `path`). */
  readonly cell?: (c: { row: number; column: number; name: string | null }) => string;
}

const ENGLISH: ProblemWords = { error: "error", found: ({ n }) => `${n.toLocaleString("en-US")} problems found.`, say: () => "" };

/** `file:line:col: path: message`, with the source line and a caret under the column (placed by display width). */
export function formatProblem(p: Problem, words?: ProblemWords): string {
  let where = p.file ?? "";
  if (p.file && p.pos) where += `:${p.pos.line}:${p.pos.col}`;
  const head = [where, p.cell && words?.cell ? words.cell(p.cell) : p.path]
    .filter((s): s is string => s !== undefined && s.length > 0)
    .map(escapeControls)
    .join(": ");
  const message = words && p.said ? words.say(p.said) : p.message;
  let out = head ? `${head}: ${escapeControls(message)}` : escapeControls(message);
  if (p.excerpt !== undefined && p.pos) {
    const { line, caret } = excerptWindow(p.excerpt, p.pos.col);
    out += `\n    ${line}\n    ${" ".repeat(caret)}^`;
  }
  return out;
}

const EXCERPT_WIDTH = 100;

// C0 and C1 control characters (terminal escapes, newlines) as they may appear in keys and values.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern is for
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Control characters from the input written as \uXXXX, so a message is one line and cannot drive the terminal. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Every text of a flat record (and of its lists of texts) through escapeControls: a new record. */
export function escapeControlsIn<T extends object>(data: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data))
    out[k] =
      typeof v === "string" ? escapeControls(v) : Array.isArray(v) ? v.map((x) => (typeof x === "string" ? escapeControls(x) : x)) : v;
  return out as T;
}

// The same, but keeping line breaks and tabs, which text from data may hold (a note over two lines).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern is for
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from data made safe for every output: control characters (escape sequences that set a
 * terminal's title, clear the screen or hide links; carriage returns that overwrite a line) written
 * as \uXXXX, as error messages do; line breaks and tabs kept. Applied to every text of a rubric and
 * of a consortium when it is loaded (load/contest.ts), so every renderer shows the same safe text.
 */
export function escapeDataText(text: string): string {
  return text.replace(CONTROLS_BUT_LINES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Every string in a parsed value (objects, arrays) through escapeDataText; a new value. */
export function escapeDataTexts<T>(value: T): T {
  if (typeof value === "string") return escapeDataText(value) as T;
  if (Array.isArray(value)) return value.map(escapeDataTexts) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDataTexts(v);
    return out as T;
  }
  return value;
}

/** At most EXCERPT_WIDTH characters of a source line around a 1-based column, and the caret's offset. */
export function excerptWindow(source: string, col: number): { line: string; caret: number } {
  // Tabs and carriage returns become spaces, and no terminal escapes get through.
  const line = source.replace(/[\t\r]/g, " ").replace(CONTROLS, "\uFFFD");
  const at = Math.max(0, col - 1);
  // The caret is placed by display width: Hangul and other wide characters take two columns.
  if (line.length <= EXCERPT_WIDTH) return { line, caret: stringWidth(line.slice(0, at)) };
  const start = Math.max(0, Math.min(at - 40, line.length - EXCERPT_WIDTH));
  const head = start > 0 ? "…" : "";
  const tail = start + EXCERPT_WIDTH < line.length ? "…" : "";
  const shown = head + line.slice(start, start + EXCERPT_WIDTH) + tail;
  return { line: shown, caret: stringWidth(shown.slice(0, at - start + head.length)) };
}

/** At most this many problems of one file are shown; the rest are counted ("and N more"). */
export const MAX_PROBLEMS_SHOWN_PER_FILE = 50;

const MORE_PROBLEMS = (n: number, file: string) =>
  `… and ${n.toLocaleString("en-US")} more problem${n === 1 ? "" : "s"} in ${escapeControls(file)} (the first ${MAX_PROBLEMS_SHOWN_PER_FILE} are shown; fix them and run again)`;

export function formatProblems(problems: readonly Problem[], words: ProblemWords = ENGLISH): string {
  const n = problems.length;
  const out: string[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, { count: number; at: number }>();
  for (const p of problems) {
    const file = p.file ?? "";
    const k = shown.get(file) ?? 0;
    if (k < MAX_PROBLEMS_SHOWN_PER_FILE) {
      shown.set(file, k + 1);
      out.push(`${words.error}: ${formatProblem(p, words === ENGLISH ? undefined : words)}`);
      // The note for this file's hidden problems goes right after its last shown one.
      if (k + 1 === MAX_PROBLEMS_SHOWN_PER_FILE) hidden.set(file, { count: 0, at: out.push("") - 1 });
    } else hidden.get(file)!.count++;
  }
  for (const [file, { count, at }] of hidden) out[at] = count > 0 ? MORE_PROBLEMS(count, file || "the input") : "";
  const body = out.filter((line) => line !== "").join("\n");
  return n > 1 ? `${body}\n${words.found({ n })}` : body;
}

/** Damerau-free Levenshtein distance, for "did you mean" hints on unknown keys and ids. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Words longer than this get no "did you mean" (ids are at most 64 characters). */
export const HINT_MAX_LENGTH = 100;

/**
 * At most this many candidates (of a length close enough to be a hint) are compared for one hint,
 * so a hint among 10,000 ids costs the same as one among 1,000.
 */
export const HINT_MAX_CANDIDATES = 1000;

/**
 * The closest candidate within a small edit distance, or undefined; among equally close ones the
 * first in code-point order. Only the first HINT_MAX_CANDIDATES candidates of a close length, in
 * the order given, are compared.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  // Beyond a sane length there is no hint (the distance is quadratic in the length: a 100,000-character id took a minute).
  if (word.length > HINT_MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let compared = 0;
  for (const c of candidates) {
    // The distance is at least the difference in length: too far to be a hint, skip the work.
    if (Math.abs(c.length - word.length) > limit) continue;
    if (++compared > HINT_MAX_CANDIDATES) break;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= limit && bestD < word.length ? best : undefined;
}

export function hint(word: string, candidates: Iterable<string>): string {
  const m = didYouMean(word, candidates);
  return m ? ` (did you mean "${m}"?)` : "";
}

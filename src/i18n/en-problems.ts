/**
 * What is wrong with the input, in English (codes and data: src/said.ts). Each sentence is the one
 * the program has always written for that problem; `validate -f json` and the tests read them.
 */
import type { DataDate, Fact, FsWhat, Got, Said } from "../said.js";
import type { TextsFor } from "./en.js";

const didYouMean = (s: string | null) => (s ? ` (did you mean "${s}"?)` : "");
const s = (n: number) => (n === 1 ? "" : "s");

/** A value as problems describe it (validate/schema.ts gotOf). */
export const got = (g: Got): string => {
  switch (g.kind) {
    case "null":
      return "null (an empty value)";
    case "list":
      return "a list";
    case "mapping":
      return "a mapping";
    case "text":
      return `the text ${g.value}`;
    case "number":
      return `the number ${g.value}`;
    case "boolean":
      return g.value;
    case "nan":
      return "NaN (.nan)";
    case "infinity":
      return "infinity (.inf or a number too large)";
    case "minus-infinity":
      return "minus infinity (.inf or a number too large)";
    case "other":
      return g.value;
  }
};

const fsWhat: Record<FsWhat, string> = { file: "the file", path: "this file or directory", directory: "the directory" };
const fact = (f: Fact) => `${f.kind} ${f.name}`;
const dated = (d: DataDate) => (d.form === "as-of" ? `the file holds data as of ${d.date}` : `cites ${d.source}, published ${d.published}`);

export const says: TextsFor<Said> = {
  "not-found": (p) =>
    p.form === "not-dir" ? "a part of the path is not a directory; check the path" : `${fsWhat[p.what]} does not exist; check the path`,
  unreadable: (p) => {
    switch (p.errno) {
      case "EACCES":
      case "EPERM":
        return `${fsWhat[p.what]} cannot be read (permission denied); check its permissions`;
      case "EISDIR":
        return "is a directory, but a file was expected; name a .yaml file";
      case "ELOOP":
        return "the path is a loop of symbolic links; check the link";
      default:
        return `${fsWhat[p.what]} cannot be read (${p.errno ?? "unknown error"}); check the path and its permissions`;
    }
  },
  "not-a-file": (p) =>
    p.form === "directory"
      ? "is a directory, but a file was expected; name a .yaml file"
      : "is not a regular file (a device, pipe or socket); name a .yaml file",
  "too-big": (p) =>
    `is ${p.size === null ? "more than that" : `${p.size} bytes`}, over the limit of ${p.limit} bytes (1 MiB) for an input file; it was not parsed — split it into smaller files or trim it`,
  binary: () => "is a binary file (it contains NUL bytes), not YAML text; name a .yaml text file",
  "not-utf8": (p) => `is not valid UTF-8 (first bad byte at offset ${p.offset}, on line ${p.line}); save it with the UTF-8 encoding`,
  "empty-folder": (p) =>
    p.others === 0
      ? `the directory is empty; add one .yaml file per ${p.noun}`
      : `the directory holds no .yaml or .yml files (only ${p.others} other file${s(p.others)}); name each ${p.noun} file <id>.yaml`,
  "unknown-rubric": (p) =>
    `no rubric by this name${didYouMean(p.suggestion)}; looked for the file ${p.rubric} in the working directory, then criteria/${p.file} here and in the bundled ` +
    `${p.bundled}; the rubrics are: ${p.known.join(", ") || "none"} (sovereign-ai rubrics describes them)`,
  "no-rubrics": (p) => `no rubrics found: neither ./criteria/ nor the bundled ${p.bundled}/criteria/ holds a .yaml file`,
  "yaml-syntax": (p) => (p.form === "parser" ? `YAML syntax error: ${p.detail}` : `cannot be read as data: ${p.detail}; check the YAML`),
  "duplicate-key": (p) =>
    `duplicate key${p.key !== null ? ` "${p.key}"` : ""}: each key may appear once in a mapping; remove or rename one of them`,
  "tab-indent": () => "tab used for indentation: YAML indents with spaces only; replace the tabs with spaces",
  "multiple-documents": () => "a second YAML document starts here (---); a file holds one document, so put each consortium in its own file",
  "unknown-tag": (p) =>
    `tag ${JSON.stringify(p.tag)} is not allowed: these files hold plain YAML 1.2 values (core schema, no tags); remove the tag`,
  "too-deep": (p) => `is nested more than ${p.max} levels deep; these files need only a few levels — flatten it`,
  "too-many-aliases": (p) =>
    `cannot be read as data: its aliases (*name) expand too much (more than ${p.max}), like a "billion laughs" attack; write the values out instead`,
  "empty-file": (p) =>
    p.form === "stream"
      ? "is empty; it should hold YAML documents, one consortium each, separated by ---"
      : p.form === "csv"
        ? "is empty; it should start with a header row: reviewer,team,<criterion ids>"
        : "is empty; it should hold a YAML mapping (key: value lines)",
  "reserved-key": (p) => `unknown key ${JSON.stringify(p.key)}: no field has this name (it is reserved in JavaScript); remove it`,
  "yaml-directive": (p) =>
    p.form === "version"
      ? `the directive ${JSON.stringify(p.directive)} is not allowed: these files are read as YAML 1.2 only (YAML 1.1 reads 010 as 8 and no as false); remove the line`
      : `the directive ${JSON.stringify(p.directive)} is not allowed: these files use no tags; remove the line`,
  "undefined-alias": (p) =>
    `alias *${p.name} is not defined: an alias repeats a value marked &${p.name} earlier in the file; mark the value with &${p.name} before this line, or write the value out`,
  "cr-line-endings": () =>
    "uses old Mac line endings (CR only), so it reads as one line; save it with LF (Unix) or CRLF (Windows) line endings, e.g. tr '\\r' '\\n' < old.yaml > new.yaml",
  "not-a-mapping": (p) => `expected a mapping (key: value lines) at the top of the file, got ${got(p.got)}`,
  "unknown-key": (p) => `unknown key "${p.key}"${didYouMean(p.suggestion)}; allowed keys here: ${p.allowed.join(", ")}`,
  "missing-field": (p) => `required field${p.field !== null ? ` "${p.field}"` : ""} is missing; add it: ${p.expected}`,
  "bad-type": (p) => `expected ${p.expected}, got ${got(p.got)}`,
  "not-finite": (p) => `expected a finite number, got ${got(p.got)}`,
  "bad-value": (p) =>
    p.form === "lottery-not-last"
      ? `"${p.lottery}" must end the tie-break chain: it orders every team still tied, so nothing after it could act; move it last`
      : `expected one of ${p.values.map((v) => JSON.stringify(v)).join(", ")}, got ${got(p.got)}${didYouMean(p.suggestion)}`,
  "out-of-range": (p) => `expected ${p.expected ?? "a valid value"}, got ${got(p.got)}`,
  "bad-format": (p) => `expected ${p.expected ?? "a valid value"}, got ${got(p.got)}`,
  invalid: (p) => (p.expected === null ? `invalid value, got ${got(p.got)}` : `expected ${p.expected}, got ${got(p.got)}`),
  "duplicate-id": (p) => {
    switch (p.what) {
      case "criterion":
        return `duplicate criterion id "${p.id}"; each criterion needs its own id`;
      case "lottery":
        return `"${p.id}" at the end of tie_break means the seeded draw, but a criterion is also called "${p.id}"; rename that criterion`;
      case "tie-word":
        return `a tie-break criterion may not be called "${p.id}": outputs say "${p.id}" when a tie is settled by the ${p.id === "total" ? "totals" : p.id === "id" ? "id" : "rules"} (decided_by); rename that criterion`;
      case "quota":
        return `duplicate quota name "${p.id}"`;
      case "consortium":
        return `duplicate id "${p.id}": ${p.other} has it too; every consortium needs its own id`;
      case "programme-consortium":
        return `duplicate consortium id "${p.id}": ${p.other} has it too`;
      case "source":
        return `duplicate source id "${p.id}": ${p.other} has it too`;
      case "reviewer":
        return `duplicate reviewer id "${p.id}" (also in ${p.other}); each reviewer needs one file and one id`;
      case "stage":
        return `duplicate stage id "${p.id}": ${p.other} has it too`;
    }
  },
  "bad-scale": (p) => `expected scale.max above scale.min, got min ${p.min} and max ${p.max}`,
  "off-scale": (p) => {
    switch (p.form) {
      case "level":
        return `level "${p.name}" = ${p.value} is off the scale ${p.min}–${p.max}`;
      case "threshold":
        return `threshold ${p.value} is off the scale ${p.min}–${p.max} of "${p.name}"; no score could be compared with it meaningfully`;
      case "review":
        return `score ${p.value} is off the scale ${p.min}–${p.max} of "${p.name}"`;
      default:
        return `score ${p.value} is off the scale: expected ${p.min} to ${p.max}`;
    }
  },
  "no-weight": () => "every weight is 0; give at least one criterion a weight above 0",
  "unknown-criterion": (p) =>
    `${p.form === "score" ? "score for unknown criterion" : "unknown criterion"} "${p.id}"${didYouMean(p.suggestion)}; the rubric's criteria are: ${p.known.join(", ")}`,
  "incomplete-rule": (p) =>
    p.form === "gate-bounds"
      ? "a gate needs min, max or both"
      : p.form === "quota-bounds"
        ? "a quota needs min, max or both"
        : "a quota needs kinds, ids or both to say which teams it counts",
  "min-above-max": (p) =>
    p.form === "gate" ? `min ${p.min} is above max ${p.max}: no team could pass this gate` : `min ${p.min} is above max ${p.max}`,
  "id-mismatch": (p) => `id "${p.id}" differs from the file name "${p.stem}"; rename the file to ${p.id}${p.ext} or change the id`,
  "bad-date": (p) => `${p.value} is not a day of the calendar; check the month and day`,
  "missing-score": (p) => `no score for criterion "${p.criterion}" (${p.label}); add scores.${p.criterion}`,
  "unknown-level": (p) => {
    switch (p.form) {
      case "unknown":
        return `unknown level "${p.value}" for criterion "${p.criterion}"${didYouMean(p.suggestion)}; expected a number from ${p.min} to ${p.max} or one of: ${p.names.join(", ")}`;
      case "no-levels":
        return `expected a number from ${p.min} to ${p.max}, got the text "${p.value}" (criterion "${p.criterion}" defines no levels)`;
      case "levels-ko":
        return `levels_ko names the level "${p.name}"${didYouMean(p.suggestion)}, which levels does not define${p.names.length ? `; the levels are: ${p.names.join(", ")}` : ""}`;
    }
  },
  "bad-range": (p) =>
    p.form === "reversed"
      ? `range [${p.lo}, ${p.hi}] has low above high; write [low, high]`
      : p.form === "off-scale"
        ? `range [${p.lo}, ${p.hi}] leaves the scale ${p.min}–${p.max}`
        : `range [${p.lo}, ${p.hi}] does not contain the score ${p.value}`,
  "unknown-kind": (p) =>
    `no ${p.what === "lead" ? "consortium's lead" : "organisation"} has kind "${p.kind}" (did you mean "${p.near}"?); kinds in use: ${p.used.join(", ")}`,
  "unknown-consortium": (p) =>
    p.form === "quota"
      ? `unknown consortium id "${p.id}"${didYouMean(p.suggestion)}`
      : `unknown consortium "${p.id}"${didYouMean(p.suggestion)}; add consortia/${p.id}.yaml or programme/consortia/${p.id}.yaml`,
  "duplicate-entry": (p) => {
    switch (p.form) {
      case "paragraph":
        return `duplicate paragraph ¶${p.key}; each paragraph number may appear once`;
      case "excerpt":
        return `duplicate excerpt key "${p.key}"; each key may appear once`;
      case "entrant":
        return `"${p.key}" is listed twice`;
      case "result":
        return `"${p.key}" has two results`;
    }
  },
  "unknown-source": (p) =>
    "dir" in p
      ? `unknown source "${p.source}"${didYouMean(p.suggestion)}; ${p.dir} has no ${p.source}.yaml`
      : `no source "${p.source}" in sources/${didYouMean(p.suggestion)}`,
  "bad-citation": (p) => {
    switch (p.form) {
      case "empty":
        return `an empty citation; expected ${p.example}`;
      case "no-source":
        return `"${p.part}" does not name its source; write the source's id first, e.g. "unicorn-2025-07-21 ${p.part}"`;
      case "bad-id":
        return `"${p.text}" is not a source id (a lowercase slug, e.g. unicorn-2025-07-21); expected ${p.example}`;
      case "no-place":
        return `"${p.text}" names no place in the source; add a paragraph (¶3) or an excerpt key (#license)`;
      case "reversed":
        return `"${p.text}": a paragraph range runs from low to high, e.g. ¶9-¶11`;
      case "bad-place":
        return `"${p.text}" in "${p.part}" is not a paragraph (¶3, ¶9-¶11) or an excerpt key (#license)`;
    }
  },
  "source-after-date": (p) =>
    p.form === "file"
      ? `source "${p.source}" was published on ${p.published}, after this file's as_of ${p.date}; the file holds only what was public by then`
      : `cites ${p.source}, published ${p.published}, after stage ${p.stage} was reported (${p.date}); a stage may cite only sources dated on or before that day`,
  "unknown-paragraph": (p) =>
    p.form === "none"
      ? `source "${p.source}" has no numbered paragraphs; cite one of its excerpts (#${p.firstKey ?? "key"})`
      : p.form === "missing"
        ? `source "${p.source}" has no paragraph ¶${p.n}; it holds ${p.held}`
        : `source "${p.source}" has no paragraph ¶${p.n}`,
  "unknown-excerpt": (p) =>
    p.form === "none"
      ? `source "${p.source}" has no named excerpts; cite a paragraph (${p.held})`
      : p.form === "missing"
        ? `source "${p.source}" has no excerpt "#${p.key}"${didYouMean(p.suggestion)}; its excerpts are ${p.keys.map((k) => `#${k}`).join(", ")}`
        : `source "${p.source}" has no excerpt #${p.key}${p.keys.length ? ` (it has ${p.keys.map((k) => `#${k}`).join(", ")})` : ""}`,
  "empty-source": () =>
    "a source needs paragraphs (numbered, for articles) or excerpts (named, for pages): the quotes that citations point at",
  "strict-no-sources": () => "strict mode needs source records: no sources/ folder beside the consortia; add one or pass --sources DIR",
  "strict-uncited": (p) => `${fact(p.fact)} cites no source; add source: "<source-id> ¶N" (strict mode requires every fact to cite one)`,
  "strict-no-evidence": (p) => `score ${p.id} gives no evidence; add evidence: the facts it rests on (strict mode)`,
  "strict-todo": () => "still says TODO; replace it with the facts (strict mode)",
  "bad-csv": (p) => {
    switch (p.form) {
      case "parse":
        return `cannot be read as CSV: ${p.detail}`;
      case "duplicate-column":
        return `duplicate column "${p.column}" (also column ${p.also})`;
      case "empty-column":
        return "an empty column name; name each column (reviewer, team, or a criterion id)";
      case "needs-column":
        return `the header needs a "${p.need}" column${p.near !== null ? ` (is "${p.near}" meant to be "${p.need}"?)` : ""}; expected reviewer,team,<criterion ids>`;
      case "cell-count":
        return `this row has ${p.cells} cells; the header has ${p.header}`;
      case "reviewer-needed":
        return "a reviewer id is needed on every row";
      case "reviewer-slug":
        return `expected a reviewer id as a lowercase slug (letters, digits, - or _), got "${p.reviewer}"`;
      case "team-needed":
        return "a team id is needed on every row";
      case "twice":
        return `reviewer "${p.reviewer}" already scored team "${p.team}" on row ${p.row}; one row per reviewer and team`;
    }
  },
  "unknown-team": (p) => `unknown team "${p.team}"${didYouMean(p.suggestion)}; the consortia are: ${p.known.join(", ")}`,
  "too-few-reviews": (p) =>
    `team "${p.team}" has ${p.n} valid score${s(p.n)} on "${p.criterion}"${p.who.length ? ` (${p.who.join(", ")})` : ""}; the panel needs at least ${p.need}${p.olympic ? " (olympic drops one highest and one lowest)" : ""}${p.recused.length ? `; recused: ${p.recused.join(", ")}` : ""}`,
  "stage-incomplete": (p) => {
    switch (p.form) {
      case "done-no-date":
        return "a stage that is done needs a date: the day its result was announced (or status: planned)";
      case "planned-no-when":
        return "a planned stage needs a date or the month it is expected (expected: 2026-08)";
      case "planned-no-reported":
        return "a planned stage without a date needs reported: the day the plan was reported";
      case "planned-results":
        return "a planned stage has no results yet; set status: done when they are published";
    }
  },
  "stage-order": (p) =>
    `stage ${p.id} (${p.when}) comes before the stage in the file before it (${p.previous}); number the files in date order`,
  "not-an-entrant": (p) => `"${p.id}" is not an entrant of this stage${didYouMean(p.suggestion)}`,
  "advance-mismatch": (p) => `rules.advance is ${p.advance} but ${p.advanced} results are advanced or added`,
  "data-after-stage": (p) =>
    `${dated(p.dated)}, after stage ${p.stage} (${p.day}); a backtest uses only data dated on or before the stage — use a file as of ${p.day} or earlier`,
};

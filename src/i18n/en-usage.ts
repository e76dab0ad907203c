/**
 * Bad usage in English (codes: src/usage.ts): the options, --output, init, the programme's stages,
 * and commander's own errors worded as commander words them.
 */
import type { StdinAsker, UsageSaid, WriteWhy } from "../usage.js";
import type { TextsFor } from "./en.js";

const asker: Record<StdinAsker, string> = { "rubric-option": "-r -", "consortia-option": "-c -", "rubric-argument": "the rubric -" };

/** Why a write failed. */
export const whyText = (w: WriteWhy): string => {
  switch (w.errno) {
    case "ENOENT":
    case "ENOTDIR":
      return `the directory ${w.dir} does not exist; create it first`;
    case "EACCES":
    case "EPERM":
      return `permission denied in ${w.dir}`;
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full";
    case "EFBIG":
      return "it would exceed the file size limit (ulimit -f)";
    case "EROFS":
      return "the file system is read-only";
    case "EISDIR":
      return "it is a directory";
    default:
      return w.errno ?? "unknown error";
  }
};

const didYouMean = (s: string | null) => (s ? ` (did you mean "${s}"?)` : "");
/** commander's suggestion line. */
const suggest = (s: readonly string[]) =>
  s.length > 1 ? `\n(Did you mean one of ${s.join(", ")}?)` : s.length === 1 ? `\n(Did you mean ${s[0]}?)` : "";

export const usage: TextsFor<UsageSaid> = {
  "output-empty": () => "--output needs a file name (it was empty); leave out -o, or write -o -, for standard output",
  seed: (p) => `--seed ${p.value}: expected a whole number from 0 to ${p.max}`,
  "runs-max": (p) => `--runs ${p.value}: at most ${p.max.toLocaleString("en-US")}`,
  "whole-number": (p) => `${p.option} ${p.value}: expected a whole number of 1 or more (e.g. 10000, 10,000, 10_000 or 1e4)`,
  concentration: (p) => `--weight-concentration ${p.value}: expected a number above 0, e.g. 30`,
  "excel-format": (p) =>
    p.output === null
      ? `--excel writes CSV, not ${p.format} (--format ${p.format})`
      : `--excel writes CSV, not ${p.format} (the extension of ${p.output})`,
  "output-extension": (p) =>
    `--output ${p.output}: no format writes ${p.ext} files; use one of ${p.known.join(", ")}, or give --format (table, csv, json, markdown)`,
  "stdin-twice": (p) =>
    `${p.asking.map((a) => asker[a]).join(" and ")} each ask for standard input, which can feed only one of them; put the others in files`,
  "stdin-none": (p) => `${asker[p.asking]} asks for standard input, but there is none to read`,
  "weight-syntax": (p) => `--weight "${p.text}": expected ID=VALUE, e.g. --weight openness=40`,
  "weight-number": (p) => `--weight ${p.id}=${p.raw}: expected a finite number, e.g. --weight ${p.id}=40`,
  "weight-negative": (p) => `--weight ${p.id}=${p.raw}: a weight cannot be negative; use 0 to ignore a criterion`,
  "weight-unknown": (p) =>
    `--weight ${p.id}=…: unknown criterion "${p.id}"${didYouMean(p.suggestion)}; the rubric's criteria are: ${p.known.join(", ")}`,
  "weights-zero": () => "every weight is 0 after --weight; give at least one criterion a weight above 0",
  "no-criteria": () => "the rubric has no criteria",
  "watch-terminal": () => "--watch redraws the screen: it needs a terminal, or -o FILE to rewrite a file at every change",
  "watch-stdin": () => "--watch reruns when files change: it cannot watch standard input (-r - or -c -)",
  "output-changed": (p) => `--output ${p.shown}: the file changed while it was being opened; nothing was written`,
  "output-pipe-unread": (p) => `--output ${p.shown}: that is a named pipe nobody is reading; start its reader first`,
  "output-device": (p) => `--output ${p.shown}: cannot write to the device or pipe: ${whyText(p.why)}`,
  "output-dangling": (p) => `--output ${p.shown}: that is a symbolic link to nothing; remove it or name another file`,
  "output-input": (p) => `--output ${p.shown}: that is one of the input files; choose another file name`,
  "output-directory": (p) => `--output ${p.shown}: that is a directory; name a file in it, e.g. ${p.example}`,
  "output-special": (p) =>
    `--output ${p.shown}: that is ${p.what === "socket" ? "a socket" : p.what === "block-device" ? "a block device" : "not a regular file"}; name a regular file`,
  "output-denied": (p) => `--output ${p.shown}: you may not write that file (permission denied); nothing was changed`,
  "output-owner": (p) => `--output ${p.shown}: cannot keep the file's owner and group (${p.errno ?? "unknown error"}); nothing was changed`,
  "output-write": (p) => `${p.option ? "--output " : ""}${p.shown}: cannot write the file: ${whyText(p.why)}; nothing was changed`,
  "init-clash": (p) =>
    `${p.shown.join(", ")}${p.more > 0 ? ` and ${p.more} more` : ""} already exist${p.shown.length + p.more === 1 ? "s" : ""}; init never overwrites a file, so nothing was written. Choose an empty folder`,
  mkdir: (p) => `cannot create the folder ${p.folder} (${p.errno})`,
  "init-appeared": (p) => `${p.shown} appeared while copying; init never overwrites a file`,
  "no-stage": (p) => `no stage "${p.id}"${didYouMean(p.suggestion)}; stages: ${p.stages.join(", ")}`,
  "stage-not-done": (p) => `stage ${p.id} has no published results to compare with; backtest a stage that is done (${p.done.join(", ")})`,
  "nothing-done": () => "no stage is done yet: nothing to forecast from",
  "no-planned": (p) => `no planned stage after ${p.from}: add one (status: planned) with the number to advance`,
  "unknown-team": (p) => `unknown consortium "${p.id}"${didYouMean(p.suggestion)}; the consortia are: ${p.known.join(", ")}`,
  "unknown-criterion-option": (p) =>
    `--criterion ${p.id}: unknown criterion${didYouMean(p.suggestion)}; the rubric's criteria are: ${p.known.join(", ")}`,
  "unknown-method": (p) => `--methods: unknown method "${p.name}"${didYouMean(p.suggestion)}; the methods are: ${p.known.join(", ")}`,
  "methods-few": (p) => `--methods needs two or more different methods, e.g. --methods ${p.known.join(",")}`,
  "methods-rubrics": (p) =>
    `compare --methods compares one rubric under several methods, got ${p.n} rubrics; give one (or none for the default)`,
  "compare-few": (p) =>
    `compare needs two or more rubrics, got ${p.n}; e.g. sovereign-ai compare default service-first, or one rubric with --methods ${p.methods.join(",")}`,
  "full-too-big": (p) =>
    `--full prints every rank's probability for every team: ${(p.teams * p.teams).toLocaleString("en-US")} numbers for ${p.teams.toLocaleString("en-US")} teams, more than one output can hold; it works up to ${p.max.toLocaleString("en-US")} teams (without it, ranks 1 to ${p.rows} are given)`,
  "bootstrap-no-panel": () =>
    "--scores bootstrap resamples a review panel: pass --reviews PATH, or put a reviews/ folder beside the consortia",
  "no-reviews": () =>
    "no reviews: pass --reviews PATH (a folder of reviewer files or a .csv sheet), or put a reviews/ folder beside the consortia",
  "tune-stdin": () => "tune saves into the rubric file: name a file with -r, not standard input",
  "tune-terminal": () =>
    "tune is a full-screen editor: it needs a terminal for both input and output. Without one, try weights with --weight, e.g. sovereign-ai score -w from_scratch=50 -w openness=10",
  "report-extension": (p) =>
    `--output ${p.output}: a report is written as .html (or .htm) or .md (or .markdown); give --format html or --format markdown to use another name`,
  "report-date": (p) => `--date ${p.value}: expected a date such as 2025-08-04`,
  "names-kind": (p) => `--names ${p.kind}: expected one of ${p.known.join(", ")}`,
  "init-slug": (p) =>
    `${p.what === "consortium" ? "consortium id" : "rubric name"} "${p.name}": use a lowercase slug of letters, digits and single - or _ between them, e.g. my-team`,
  "init-exists": (p) =>
    `${p.shown} already exists; init never overwrites a file. Choose another ${p.what === "consortium" ? "consortium id" : "rubric name"}, or move the file away first`,
  "unknown-option": (p) => `unknown option '${p.flag}'${suggest(p.suggestions)}`,
  "unknown-command": (p) => `unknown command '${p.name}'${suggest(p.suggestions)}`,
  "missing-argument": (p) => `missing required argument '${p.name}'`,
  "option-missing-argument": (p) => `option '${p.flags}' argument missing`,
  "missing-mandatory-option": (p) => `required option '${p.flags}' not specified`,
  "invalid-choice": (p) => `option '${p.flags}' argument '${p.value}' is invalid. Allowed choices are ${p.choices.join(", ")}.`,
  "invalid-argument-choice": (p) =>
    `command-argument value '${p.value}' is invalid for argument '${p.name}'. Allowed choices are ${p.choices.join(", ")}.`,
  "excess-arguments": (p) =>
    `too many arguments${p.command !== null ? ` for '${p.command}'` : ""}. Expected ${p.expected} argument${p.expected === 1 ? "" : "s"} but got ${p.got}.`,
  "conflicting-option": (p) => `option '${p.option}' cannot be used with option '${p.other}'`,
};

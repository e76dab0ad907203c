/**
 * Bad usage as data (exit 2): what went wrong on the command line or with --output, with its
 * parameters, so the message catalogues (src/i18n: `usage`) word it in every language. The English
 * sentence stays the error's `message`; the shell shows the one for --lang.
 */

/** Why a file could not be written, from the operating system's error code. */
export type WriteWhy = { readonly errno: string | null; readonly dir: string };

/** Who asked for standard input: -r -, -c -, or a rubric named - (compare). */
export type StdinAsker = "rubric-option" | "consortia-option" | "rubric-argument";

export type UsageSaid =
  // the shell and shared options
  | { readonly code: "output-empty" }
  | { readonly code: "seed"; readonly value: string; readonly max: number }
  | { readonly code: "runs-max"; readonly value: string; readonly max: number }
  | { readonly code: "whole-number"; readonly option: string; readonly value: string }
  | { readonly code: "concentration"; readonly value: string }
  | { readonly code: "excel-format"; readonly format: string; readonly output: string | null }
  | { readonly code: "output-extension"; readonly output: string; readonly ext: string; readonly known: readonly string[] }
  | { readonly code: "stdin-twice"; readonly asking: readonly StdinAsker[] }
  | { readonly code: "stdin-none"; readonly asking: StdinAsker }
  // --weight
  | { readonly code: "weight-syntax"; readonly text: string }
  | { readonly code: "weight-number"; readonly id: string; readonly raw: string }
  | { readonly code: "weight-negative"; readonly id: string; readonly raw: string }
  | { readonly code: "weight-unknown"; readonly id: string; readonly suggestion: string | null; readonly known: readonly string[] }
  | { readonly code: "weights-zero" }
  | { readonly code: "no-criteria" }
  // --watch
  | { readonly code: "watch-terminal" }
  | { readonly code: "watch-stdin" }
  // --output and files written
  | { readonly code: "output-changed"; readonly shown: string }
  | { readonly code: "output-pipe-unread"; readonly shown: string }
  | { readonly code: "output-device"; readonly shown: string; readonly why: WriteWhy }
  | { readonly code: "output-dangling"; readonly shown: string }
  | { readonly code: "output-input"; readonly shown: string }
  | { readonly code: "output-directory"; readonly shown: string; readonly example: string }
  | { readonly code: "output-special"; readonly shown: string; readonly what: "socket" | "block-device" | "other" }
  | { readonly code: "output-denied"; readonly shown: string }
  | { readonly code: "output-owner"; readonly shown: string; readonly errno: string | null }
  | { readonly code: "output-write"; readonly shown: string; readonly why: WriteWhy; readonly option: boolean }
  // init
  | { readonly code: "init-clash"; readonly shown: readonly string[]; readonly more: number }
  | { readonly code: "mkdir"; readonly folder: string; readonly errno: string }
  | { readonly code: "init-appeared"; readonly shown: string }
  // the programme's stages
  | { readonly code: "no-stage"; readonly id: string; readonly suggestion: string | null; readonly stages: readonly string[] }
  | { readonly code: "stage-not-done"; readonly id: string; readonly done: readonly string[] }
  | { readonly code: "nothing-done" }
  | { readonly code: "no-planned"; readonly from: string }
  // the commands
  | { readonly code: "unknown-team"; readonly id: string; readonly suggestion: string | null; readonly known: readonly string[] }
  | {
      readonly code: "unknown-criterion-option";
      readonly id: string;
      readonly suggestion: string | null;
      readonly known: readonly string[];
    }
  | { readonly code: "unknown-method"; readonly name: string; readonly suggestion: string | null; readonly known: readonly string[] }
  | { readonly code: "methods-few"; readonly known: readonly string[] }
  | { readonly code: "methods-rubrics"; readonly n: number }
  | { readonly code: "compare-few"; readonly n: number; readonly methods: readonly string[] }
  | { readonly code: "full-too-big"; readonly teams: number; readonly max: number; readonly rows: number }
  | { readonly code: "bootstrap-no-panel" }
  | { readonly code: "no-reviews" }
  | { readonly code: "tune-stdin" }
  | { readonly code: "tune-terminal" }
  | { readonly code: "report-extension"; readonly output: string }
  | { readonly code: "report-date"; readonly value: string }
  | { readonly code: "names-kind"; readonly kind: string; readonly known: readonly string[] }
  | { readonly code: "init-slug"; readonly what: "consortium" | "rubric"; readonly name: string }
  | { readonly code: "init-exists"; readonly what: "consortium" | "rubric"; readonly shown: string }
  // commander's own errors (src/cli/commander-errors.ts reads them back as data)
  | { readonly code: "unknown-option"; readonly flag: string; readonly suggestions: readonly string[] }
  | { readonly code: "unknown-command"; readonly name: string; readonly suggestions: readonly string[] }
  | { readonly code: "missing-argument"; readonly name: string }
  | { readonly code: "option-missing-argument"; readonly flags: string }
  | { readonly code: "missing-mandatory-option"; readonly flags: string }
  | { readonly code: "invalid-choice"; readonly flags: string; readonly value: string; readonly choices: readonly string[] }
  | { readonly code: "invalid-argument-choice"; readonly name: string; readonly value: string; readonly choices: readonly string[] }
  | { readonly code: "excess-arguments"; readonly command: string | null; readonly expected: number; readonly got: number }
  | { readonly code: "conflicting-option"; readonly option: string; readonly other: string };

/**
 * What a problem says, as data: its code and the parameters of its sentence, which the message
 * catalogues (src/i18n/en-problems.ts, ko-problems.ts) word in each language. Every ProblemCode has
 * at least one form here (a compile-time check below), and every problem the program reports
 * carries one (tests/i18n/problems.test.ts runs the hostile-input corpus and invalid data through
 * both languages).
 */
import type { ProblemCode } from "./errors.js";

/** A value as a problem describes it: its kind, and for text, numbers and booleans the value. */
export type Got =
  | { readonly kind: "null" | "list" | "mapping" | "nan" | "infinity" | "minus-infinity" }
  | { readonly kind: "text" | "number" | "boolean" | "other"; readonly value: string };

/** What a path names in a file-system problem: the file asked for, a path that may be either, a folder. */
export type FsWhat = "file" | "path" | "directory";

/** A fact of a consortium that strict mode wants cited. */
export type Fact = { readonly kind: "lead" | "member" | "model" | "service" | "score"; readonly name: string };

/** Where a stage file's data date comes from (programme/dating.ts). */
export type DataDate =
  | { readonly form: "as-of"; readonly date: string }
  | { readonly form: "cites"; readonly source: string; readonly published: string };

type Maybe = string | null;
type Texts = readonly string[];

export type Said =
  // reading files
  | { readonly code: "not-found"; readonly what: FsWhat; readonly form: "missing" | "not-dir" }
  | { readonly code: "unreadable"; readonly what: FsWhat; readonly errno: Maybe }
  | { readonly code: "not-a-file"; readonly form: "directory" | "special" }
  | { readonly code: "too-big"; readonly size: number | null; readonly limit: number }
  | { readonly code: "binary" }
  | { readonly code: "not-utf8"; readonly offset: number; readonly line: number }
  | { readonly code: "empty-folder"; readonly noun: "consortium" | "reviewer" | "source"; readonly others: number }
  | {
      readonly code: "unknown-rubric";
      readonly rubric: string;
      readonly suggestion: Maybe;
      readonly file: string;
      readonly bundled: string;
      readonly known: Texts;
    }
  | { readonly code: "no-rubrics"; readonly bundled: string }
  // YAML
  /** `yaml`: the YAML parser's error code (BAD_INDENT, MISSING_CHAR, …), which the catalogues may word; `detail` its English text. */
  | { readonly code: "yaml-syntax"; readonly form: "parser" | "data"; readonly detail: string; readonly yaml: string | null }
  | { readonly code: "duplicate-key"; readonly key: Maybe }
  | { readonly code: "tab-indent" }
  | { readonly code: "multiple-documents" }
  | { readonly code: "unknown-tag"; readonly tag: string }
  | { readonly code: "too-deep"; readonly max: number }
  | { readonly code: "too-many-aliases"; readonly max: number }
  | { readonly code: "empty-file"; readonly form?: "stream" | "csv" }
  | { readonly code: "reserved-key"; readonly key: string }
  | { readonly code: "yaml-directive"; readonly form: "version" | "tag"; readonly directive: string }
  | { readonly code: "undefined-alias"; readonly name: string }
  | { readonly code: "cr-line-endings" }
  // the schema of one file
  | { readonly code: "not-a-mapping"; readonly got: Got }
  | { readonly code: "unknown-key"; readonly key: string; readonly suggestion: Maybe; readonly allowed: Texts }
  | { readonly code: "missing-field"; readonly field: Maybe; readonly expected: string }
  | { readonly code: "bad-type"; readonly expected: string; readonly got: Got }
  | { readonly code: "not-finite"; readonly got: Got }
  | { readonly code: "bad-value"; readonly form: "choice"; readonly values: Texts; readonly got: Got; readonly suggestion: Maybe }
  | { readonly code: "bad-value"; readonly form: "lottery-not-last"; readonly lottery: string }
  | { readonly code: "out-of-range"; readonly expected: Maybe; readonly got: Got }
  | { readonly code: "bad-format"; readonly expected: Maybe; readonly got: Got }
  | { readonly code: "invalid"; readonly expected: Maybe; readonly got: Got }
  // rules across a file or files
  | {
      readonly code: "duplicate-id";
      readonly what:
        | "criterion"
        | "quota"
        | "consortium"
        | "programme-consortium"
        | "source"
        | "reviewer"
        | "stage"
        | "lottery"
        | "tie-word";
      readonly id: string;
      readonly other: Maybe;
    }
  | { readonly code: "bad-scale"; readonly min: string; readonly max: string }
  | {
      readonly code: "off-scale";
      readonly value: string;
      readonly min: string;
      readonly max: string;
      readonly form?: "level" | "threshold" | "review";
      readonly name?: string;
    }
  | { readonly code: "no-weight" }
  | { readonly code: "unknown-criterion"; readonly id: string; readonly suggestion: Maybe; readonly known: Texts; readonly form?: "score" }
  | { readonly code: "incomplete-rule"; readonly form: "gate-bounds" | "quota-which" | "quota-bounds" }
  | { readonly code: "min-above-max"; readonly form: "gate" | "quota"; readonly min: string; readonly max: string }
  | { readonly code: "id-mismatch"; readonly id: string; readonly stem: string; readonly ext: string }
  | { readonly code: "bad-date"; readonly value: string }
  | { readonly code: "missing-score"; readonly criterion: string; readonly label: string }
  | {
      readonly code: "unknown-level";
      readonly form: "unknown";
      readonly value: string;
      readonly criterion: string;
      readonly suggestion: Maybe;
      readonly min: string;
      readonly max: string;
      readonly names: Texts;
    }
  | {
      readonly code: "unknown-level";
      readonly form: "no-levels";
      readonly value: string;
      readonly criterion: string;
      readonly min: string;
      readonly max: string;
    }
  | { readonly code: "unknown-level"; readonly form: "levels-ko"; readonly name: string; readonly suggestion: Maybe; readonly names: Texts }
  | {
      readonly code: "bad-range";
      readonly form: "reversed" | "off-scale" | "misses";
      readonly lo: string;
      readonly hi: string;
      readonly min: string;
      readonly max: string;
      readonly value: string;
    }
  | {
      readonly code: "unknown-kind";
      readonly what: "lead" | "organisation";
      readonly kind: string;
      readonly near: string;
      readonly used: Texts;
    }
  | { readonly code: "unknown-consortium"; readonly form: "quota" | "stage"; readonly id: string; readonly suggestion: Maybe }
  | { readonly code: "duplicate-entry"; readonly form: "paragraph" | "excerpt" | "entrant" | "result"; readonly key: string }
  // sources and citations
  | { readonly code: "unknown-source"; readonly source: string; readonly suggestion: Maybe; readonly dir: string }
  | { readonly code: "unknown-source"; readonly form: "stage"; readonly source: string; readonly suggestion: Maybe }
  | {
      readonly code: "bad-citation";
      readonly form: "empty" | "no-source" | "bad-id" | "no-place" | "reversed" | "bad-place";
      readonly text: string;
      readonly part: string;
      readonly example: string;
    }
  | {
      readonly code: "source-after-date";
      readonly form: "file";
      readonly source: string;
      readonly published: string;
      readonly date: string;
    }
  | {
      readonly code: "source-after-date";
      readonly form: "stage";
      readonly source: string;
      readonly published: string;
      readonly date: string;
      readonly stage: string;
    }
  | { readonly code: "unknown-paragraph"; readonly form: "none"; readonly source: string; readonly firstKey: Maybe }
  | { readonly code: "unknown-paragraph"; readonly form: "missing"; readonly source: string; readonly n: number; readonly held: string }
  | { readonly code: "unknown-paragraph"; readonly form: "stage"; readonly source: string; readonly n: number }
  | { readonly code: "unknown-excerpt"; readonly form: "none"; readonly source: string; readonly held: string }
  | {
      readonly code: "unknown-excerpt";
      readonly form: "missing";
      readonly source: string;
      readonly key: string;
      readonly suggestion: Maybe;
      readonly keys: Texts;
    }
  | { readonly code: "unknown-excerpt"; readonly form: "stage"; readonly source: string; readonly key: string; readonly keys: Texts }
  | { readonly code: "empty-source" }
  // --strict
  | { readonly code: "strict-no-sources" }
  | { readonly code: "strict-uncited"; readonly fact: Fact }
  | { readonly code: "strict-no-evidence"; readonly id: string }
  | { readonly code: "strict-todo" }
  // review panels
  | { readonly code: "bad-csv"; readonly form: "parse"; readonly detail: string }
  | { readonly code: "bad-csv"; readonly form: "duplicate-column"; readonly column: string; readonly also: number }
  | { readonly code: "bad-csv"; readonly form: "empty-column" | "reviewer-needed" | "team-needed" }
  | { readonly code: "bad-csv"; readonly form: "needs-column"; readonly need: string; readonly near: Maybe }
  | { readonly code: "bad-csv"; readonly form: "cell-count"; readonly cells: number; readonly header: number }
  | { readonly code: "bad-csv"; readonly form: "reviewer-slug"; readonly reviewer: string }
  | { readonly code: "bad-csv"; readonly form: "twice"; readonly reviewer: string; readonly team: string; readonly row: number }
  | { readonly code: "unknown-team"; readonly team: string; readonly suggestion: Maybe; readonly known: Texts }
  | {
      readonly code: "too-few-reviews";
      readonly team: string;
      readonly criterion: string;
      readonly n: number;
      readonly who: Texts;
      readonly need: number;
      readonly olympic: boolean;
      readonly recused: Texts;
    }
  // the programme's stages
  | { readonly code: "stage-incomplete"; readonly form: "done-no-date" | "planned-no-when" | "planned-no-reported" | "planned-results" }
  | { readonly code: "stage-order"; readonly id: string; readonly when: string; readonly previous: string }
  | { readonly code: "not-an-entrant"; readonly id: string; readonly suggestion: Maybe }
  | { readonly code: "advance-mismatch"; readonly advance: number; readonly advanced: number }
  | { readonly code: "data-after-stage"; readonly dated: DataDate; readonly stage: string; readonly day: string };

// Every problem code has its words: a code added to ProblemCode without a form here fails to compile.
type Unsaid = Exclude<ProblemCode, Said["code"]>;
export const EVERY_CODE_SAID: [Unsaid] extends [never] ? true : { missing: Unsaid } = true;

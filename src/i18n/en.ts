/**
 * The English message catalogue: every sentence, label and header the commands write, one section
 * per command (plus `common`, the selection's `reasons`, `unmet` and `ties`, and `problems`).
 * `Messages` is this object's type, so the Korean catalogue (ko.ts) must have every message, with
 * the same named placeholders: a message missing there, or one too many, is a compile error.
 *
 * Adding a command's messages: add a section here named for the command, whole sentences as
 * functions of named placeholders (`(p: { n: number }) => …`, never pieces glued together in
 * the renderer), then the same section in ko.ts (tsc lists what is missing), and have the renderer
 * take `m: Messages` (the RunContext carries it as `ctx.m`). JSON keys, CSV headers and codes stay
 * English: only text for people goes here.
 */
import { init, report } from "./en-report.js";
import { backtest, compare, forecast, panel, rubrics, sensitivity, simulate, sources, timeline, versus, watch } from "./en-tables.js";
import type { Said } from "../said.js";
import { says } from "./en-problems.js";
import type { LineTieWhy, Reason, Unmet } from "../select/reasons.js";
import type { UsageSaid } from "../usage.js";
import { usage } from "./en-usage.js";
import { after } from "./en-help.js";
import { tune } from "./en-tune.js";
import { templates } from "./en-init.js";

/** A text per code, taking that code's parameters (and `Extra` ones shared by every code). */
export type TextsFor<T extends { readonly code: string }, Extra = unknown> = {
  readonly [C in T["code"]]: (p: Extract<T, { code: C }> & Extra) => string;
};

/** What every sentence on a tie at the line names: the shared place, the members, the total. */
export interface TieHead {
  readonly place: number;
  readonly ids: readonly string[];
  readonly total: number;
}

/** Rounded to 2 decimals, shortest form (52, 52.5, 52.25). */
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Two different numbers with as many decimals (2 to 9) as it takes to show that they differ. */
export function fmtApart(a: number, b: number): [string, string] {
  for (let d = 2; d <= 9; d++) {
    const f = 10 ** d;
    const [ra, rb] = [Math.round(a * f) / f, Math.round(b * f) / f];
    if (ra !== rb) return [String(ra), String(rb)];
  }
  return [String(a), String(b)];
}

/** How many ids a per-team list shows (select/evaluate.ts LIST_CAP caps the data too). */
const capped = (ids: readonly string[], count: number, more: (n: number) => string) =>
  count > ids.length ? `${ids.join(", ")} ${more(count - ids.length)}` : ids.join(", ");

/** 1st, 2nd, 3rd, 4th, 11th, 21st … */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// ── reasons: why a team was or was not picked (codes: src/select/reasons.ts) ──────────────────
const reasons: TextsFor<Reason> = {
  "gate-below": (p) => `failed gate: ${p.criterion} ${fmtApart(p.value, p.min)[0]} is below the minimum ${fmtApart(p.value, p.min)[1]}`,
  "gate-above": (p) => `failed gate: ${p.criterion} ${fmtApart(p.value, p.max)[0]} is above the maximum ${fmtApart(p.value, p.max)[1]}`,
  "below-cutoff": (p) =>
    `below the cutoff: total ${fmtApart(p.total, p.min_total)[0]} is under min_total ${fmtApart(p.total, p.min_total)[1]}`,
  "below-last-pick": () => "ranked below the last pick",
  "quota-full": (p) => `quota "${p.quota}" is full (max ${p.max})`,
  "organisation-conflict": (p) => `shares organisation ${p.organisation} with picked team ${p.team}`,
  "place-held": (p) => `place held for ${p.quotas.map((q) => `quota "${q}"`).join(" and ") || "a minimum quota"}`,
  picked: (p) =>
    `picked in rank order (pick ${p.pick} of ${p.places})${p.quotas.length ? `; counts toward ${p.quotas.map((q) => `quota "${q}"`).join(" and ")}` : ""}`,
  "best-set-picked": (p) => `picked: part of the highest-scoring set that meets every rule (sum of totals ${fmt(p.sum)})`,
  "best-set-full": (p) => `not in the highest-scoring set that meets every rule: all ${p.places} places are filled`,
  "best-set-out": () => "not in the highest-scoring set that meets every rule",
  "line-tie": (p) =>
    `tie at ${p.total.toFixed(2)} with ${andList(p.with)} for ${ordinal(p.place)} place: ${
      p.decided_by === "id"
        ? "decided by id (alphabetical order), not by any criterion"
        : p.decided_by === "lottery"
          ? `drawn by lot (seed ${p.seed}, ticket ${p.ticket}), not by any criterion; another seed may give another order`
          : p.decided_by === "rules"
            ? "the selection rules decided"
            : `decided by the tie-break criterion ${p.decided_by}`
    }`,
  dominated: (p) => `dominated by ${capped(p.by, p.count, (n) => `and ${n} more`)}: no weighting ranks it in the top ${p.places}`,
};

// ── unmet: selection rules that could not be met ─────────────────────────────────────────────
const unmet: TextsFor<Unmet> = {
  "quota-too-few-eligible": (p) =>
    `quota "${p.quota}" needs at least ${p.min} picked, got ${p.got}: only ${plural(p.eligible, "eligible team", "eligible teams")} in it`,
  "quota-no-room": (p) => `quota "${p.quota}" needs at least ${p.min} picked, got ${p.got}: the other rules leave no room for more`,
  "search-undecided": (p) =>
    `the rule search stopped after ${p.limit.toLocaleString("en-US")} steps without settling every minimum quota and conflict exactly: the set shown meets the rules it lists as met, but a better one may exist`,
};

// ── ties: a tie group split by the line between picked and left out ─────────────────────────
const tieHead = (p: TieHead) => `${ordinal(p.place)} place: ${andList(p.ids)} tie at ${p.total.toFixed(2)}`;
const equalText = (p: { all_equal: boolean; tie_break: readonly string[] }) =>
  p.all_equal
    ? "are equal on every criterion"
    : p.tie_break.length
      ? `are equal on the tie-break criteria (${p.tie_break.join(", ")})`
      : "the rubric names no tie-break criterion";
const ties: TextsFor<LineTieWhy, TieHead> = {
  "tie-by-id": (p) => `${tieHead(p)} and ${equalText(p)}; decided by id (alphabetical order), not by any criterion.`,
  "tie-by-lottery": (p) =>
    `${tieHead(p)} and ${equalText(p)}; the order was drawn by lot with seed ${p.seed} (tickets: ${p.tickets.map((t) => `${t.id} ${t.ticket}`).join(", ")}), not by any criterion; another seed may give another order.`,
  "tie-by-rules": (p) => `${tieHead(p)}; the selection rules, not the ranking, decided which of them are picked (see each one's reasons).`,
  "tie-by-criterion": (p) =>
    `${tieHead(p)}; decided by the tie-break criterion ${p.criterion} (${p.above} ${p.above_score}, ${p.below} ${p.below_score}).`,
};

export const en = {
  /** The language's code, as --lang and HTML's lang attribute write it. */
  code: "en",
  // ── common: words several commands share ───────────────────────────────────────────────────
  common: {
    ordinal,
    list: andList,
    none: "none",
    /** selection.strategy's values in prose (the value itself in data). */
    strategy: { "rank-order": "rank-order", "best-set": "best-set" },
    noReason: "no reason recorded",
    /** Prose dates (data keeps ISO): 4 August 2025. */
    date: (iso: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      const months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
      ];
      return m ? `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}` : iso;
    },
  },
  reasons,
  unmet,
  ties,
  simulate,
  sources,
  rubrics,
  compare,
  sensitivity,
  panel,
  timeline,
  versus,
  forecast,
  backtest,
  watch,
  tune,
  templates,
  report,
  init,
  // ── score ─────────────────────────────────────────────────────────────────────────────────
  score: {
    title: (p: { rubric: string; teams: number; places: number; mark: string }) =>
      `${p.rubric} — ${plural(p.teams, "consortium", "consortia")}, up to ${p.places} picked (${p.mark})`,
    weights: (p: { list: string }) => `weights: ${p.list}`,
    /** After a criterion's weight under direction: min. */
    lowerIsBetter: "(lower is better)",
    /** The aggregation method, when not the weighted sum. */
    method: (p: { name: string }) => `method: ${p.name}`,
    markdownHead: (p: { rubric: string; list: string }) => `**${p.rubric}** — weights: ${p.list}`,
    hidden: (p: { columns: number; list: string }) => `hidden to fit ${p.columns} columns: ${p.list} (--wide shows every column)`,
    unmet: (p: { text: string }) => `unmet: ${p.text}`,
    dominated: (p: { places: number; list: string }) => `never in the top ${p.places} under any weights (dominated): ${p.list}`,
    dominatedBy: (p: { id: string; n: number }) => `${p.id} (by ${p.n})`,
    /** `nameKo`: the --wide table's column of Korean names. */
    head: {
      consortium: "consortium",
      name: "name",
      nameKo: "이름",
      kind: "kind",
      bonus: "bonus",
      total: "total",
      rank: "rank",
      id: "id",
      selected: "selected",
    },
  },
  // ── select ────────────────────────────────────────────────────────────────────────────────
  select: {
    title: (p: { rubric: string; strategy: string; places: number }) => `${p.rubric} — strategy ${p.strategy}, up to ${p.places} teams`,
    markdownHead: (p: { rubric: string; strategy: string; n: number; places: number; picked: string }) =>
      `**${p.rubric}** — strategy ${p.strategy}; picked ${p.n} of up to ${p.places}: ${p.picked}`,
    picked: (p: { n: number }) => `Picked (${p.n}):`,
    audit: "Audit log:",
    unmetRules: "Unmet rules:",
    unmetRow: "(unmet rule)",
    head: {
      consortium: "consortium",
      total: "total",
      why: "why",
      rank: "rank",
      id: "id",
      name: "name",
      kind: "kind",
      selected: "selected",
      reasons: "reasons",
    },
  },
  // ── help: --help text (commander); one entry per command and shared option ─────────────────
  help: {
    program: {
      description:
        "Model a selection contest — by default Korea's 2025 sovereign-AI elite teams — from YAML: score, select, simulate, explain.",
      version: "print the version",
      help: "show help",
      helpCommand: "display help for command",
      examples: [
        "sovereign-ai score                          # rank the bundled consortia",
        "sovereign-ai explain skt                    # one consortium's card: points, rank, why",
        "sovereign-ai score -w openness=50 -f csv    # another weight, as CSV",
        "sovereign-ai init consortium my-team        # a new consortium file to fill in",
      ],
      after:
        "\nRun `sovereign-ai COMMAND --help` for a command's options and examples.\n" +
        "Colour: on for a terminal, off when piped; NO_COLOR=1 or --no-color turn it off, FORCE_COLOR=1 on.\n" +
        "Exit codes: 0 ok, 1 invalid input data, 2 bad usage, 70 internal error (a bug).\n",
    },
    /** commander's headings and the words it adds after an option. */
    titles: {
      "Usage:": "Usage:",
      "Options:": "Options:",
      "Commands:": "Commands:",
      "Arguments:": "Arguments:",
      "Global Options:": "Global Options:",
      "Examples:": "Examples:",
    } as Record<string, string>,
    choices: "choices",
    default: "default",
    /** commander's placeholders in the usage line. */
    usage: { "[options]": "[options]", "[command]": "[command]" } as Record<string, string>,
    /** Options several commands share, by flag; a command's own entry (below) wins. */
    options: {
      "--output": "write to FILE atomically instead of standard output",
      "--format": "output format (default: table, or from --output's extension)",
      "--excel": "CSV for spreadsheet programs: a UTF-8 byte-order mark and CRLF line ends (implies --format csv)",
      "--wide": "show every column in tables, however wide",
      "--no-color": "no colour, even on a terminal",
      "--reviews": "a review panel's scores: a folder of reviewer files or a .csv sheet (default: reviews/ beside the consortia)",
      "--rubric": "rubric file, or the name of one in criteria/ (default: criteria/default.yaml)",
      "--consortia": "consortium directories or files (default: consortia/)",
      "--sources": "source records that citations resolve against (default: sources/ beside the consortia)",
      "--weight": "replace a criterion's relative weight (repeatable)",
      "--watch":
        "rerun whenever an input file changes (rubric, consortia, sources, reviews) and show what moved; needs a terminal, or -o FILE; Ctrl-C stops",
      "--programme": "the folder of stage files (default: programme/)",
      "--seed": "seed of the lottery that orders teams still tied when the rubric's tie_break ends with lottery (default: 2025)",
      "--no-cache": "read every file the full way, without the cache of validated files (also SOVEREIGN_AI_NO_CACHE=1)",
      "--method": "how the criteria become a total, instead of the rubric's method (default: weighted-sum)",
    },
    commands: {
      score: {
        description: "rank the consortia by the weighted rubric and mark the teams that would be picked",
        args: {},
        options: {
          "--top": "only the first N rows",
          "--full": "JSON: every team's full dominated_by list (by default the first 10 ids; dominated_by_count is always complete)",
        },
      },
      select: {
        description: "pick the teams under the rubric's selection rules, with an audit trail for every consortium",
        args: {},
        options: {
          "--strategy": "override the rubric's selection.strategy",
          "--full": "JSON: every team's full dominated_by list (by default the first 10 ids; dominated_by_count is always complete)",
        },
      },
      simulate: {
        description: "simulate the selection under uncertain scores and weights: how likely each consortium is to be picked",
        args: {},
        options: {
          "--runs": "number of simulated selections (default: 10000)",
          "--seed":
            "random seed of the runs, and of the lottery when the rubric's tie_break ends with lottery; the same inputs and seed give the same output (default: 2025)",
          "--distribution": "how a score is drawn from its range: triangular with the value as mode, or uniform (default: triangular)",
          "--weight-concentration":
            "Dirichlet concentration K of the weights, α = K × weight (default: the rubric's simulation.weight_concentration, else 30); higher K = weights closer to the rubric's",
          "--uniform-weights": "draw the weights uniformly from all weight vectors (no preference information)",
          "--fixed-weights": "keep the rubric's weights (only the scores are uncertain)",
          "--scores":
            "ranges: draw each score from its range; bootstrap: resample the review panel's reviewers in each run (needs reviews) (default: ranges)",
          "--threads": "threads to use, at most the available cores (default: all of them); the output does not depend on it",
          "--full":
            "the probability of every rank for every team in JSON and CSV (by default of ranks 1 to 50: a field of 10,000 would print 100 million numbers)",
        },
      },
      validate: {
        description: "check the rubric and consortium files and print ok or every problem",
        args: {},
        options: {
          "--strict": "also require source records, a source on every fact, evidence on every score, and no TODO left (for CI)",
          "--format":
            "table: ok or the problems (on standard error); json: the outcome and every problem with file, line, column, path and message, on standard output",
          "--quiet": "print nothing when everything is valid; only the problems when not",
        },
      },
      sensitivity: {
        description: "how far each weight can move before the picked set changes: exact tipping points, margin, points needed, dominance",
        args: {},
        options: {
          "--criterion": "only this criterion",
          "--full":
            "points and scores needed for every team left out (by default points for the best 50, scores for the best 10; each is a search)",
        },
      },
      tune: {
        description:
          "edit a rubric's weights on a full screen: sliders, the ranking re-ranked at every key, the tipping points; s saves into the file",
        args: {},
        options: {},
      },
      compare: {
        description:
          "the same consortia under two or more rubrics (or one rubric under several methods) side by side: rank, total, pick; Kendall's τ between rankings",
        args: { rubric: "rubric files, or names of ones in criteria/ (e.g. default service-first)" },
        options: {
          "--methods":
            "one rubric under these aggregation methods, comma-separated (weighted-sum,weighted-product,topsis): does the ranking survive a change of method?",
          "--consortia": "consortium directories or files (default: consortia/); put it after the rubrics",
        },
      },
      explain: {
        description:
          "show one consortium's card: its facts, the points each criterion gives it, its rank, and whether it is picked and why",
        args: { id: "the consortium's id (its file name without .yaml), e.g. skt" },
        options: {
          "--vs": "head-to-head with another consortium: points per criterion, the gap, what decides it, the weight change that swaps them",
        },
      },
      panel: {
        description: "a review panel's score for each team and criterion, with the spread, recusals and how far the reviewers agree",
        args: {},
        options: {
          "--influence": "leave out each reviewer in turn and list those whose absence changes the picked teams",
        },
      },
      sources: {
        description: "list the source records the data cites: publisher, date, language, how many facts cite each, and the address",
        args: {},
        options: {},
      },
      report: {
        description:
          "write one report to share: ranking, pick and audit log, robustness, simulation, a card per consortium and the sources (HTML with charts, or Markdown)",
        args: {},
        options: {
          "--format": "html (default) or markdown; from --output's extension when not given",
          "--output": "write to FILE atomically (e.g. report.html) instead of standard output",
          "--date": "the date printed on the report (default: the data's newest as_of, else today)",
          "--runs": "simulated selections for the simulation section (default: 10000)",
          "--seed": "random seed of the simulation, and of the lottery when the rubric's tie_break ends with lottery (default: 2025)",
          "--no-simulation": "leave out the simulation section",
          "--watch": "rerun whenever an input file changes; needs a terminal, or -o FILE; Ctrl-C stops",
        },
      },
      rubrics: {
        description: "list the rubrics that -r NAME can name (criteria/ here, then the bundled ones), with what each one models",
        args: {},
        options: {},
      },
      schema: {
        description: "print the JSON Schema of a consortium, rubric or source file, for editors and other tools",
        args: { kind: "which kind of file" },
        options: {},
      },
      init: {
        description:
          "write a new, commented consortium or rubric file that validates as it is, or copy the bundled data into a folder (never overwrites)",
        args: {
          kind: "what to create",
          name: "the consortium's id or the rubric's name (a lowercase slug; the file is NAME.yaml), or for contest the folder to copy the bundled data into",
        },
        options: {
          "--rubric": "the rubric to score against (consortium) or to start from (rubric); default: criteria/default.yaml",
          "--dir": "the folder to write in (default: consortia/ or criteria/ in the working directory)",
        },
      },
      timeline: {
        description: "the programme's stages in order: who entered, who advanced or left and why, published scores, sources",
        args: {},
        options: {
          "--programme": "the folder of stage files (default: programme/); its consortia/ holds teams outside the default contest",
          "--sources": "source records the stages cite (default: sources/ beside the programme folder)",
        },
      },
      backtest: {
        description:
          "replay a stage with only the data dated before it: hits, Brier score, log loss against a baseline, rank correlation, the weights that would have reproduced it",
        args: {},
        options: {
          "--stage": "the stage to replay (see `sovereign-ai timeline`)",
          "--sources": "source records the stages cite (default: sources/ beside the programme folder)",
          "--runs": "simulated selections for P(advance) (default: 10000)",
          "--seed": "random seed for the simulation and the weight samples (default: 2025)",
          "--samples": "weight vectors sampled for the inverse question (default: 20000)",
        },
      },
      forecast: {
        description:
          "from the latest stage: each remaining team's probability of advancing at the next cut and of reaching the final, with every assumption",
        args: {},
        options: {
          "--sources": "source records the stages cite (default: sources/ beside the programme folder)",
          "--runs": "simulated stages (default: 10000)",
          "--seed": "random seed (default: 2025)",
        },
      },
      completion: {
        description:
          "print a completion script for bash, zsh or fish: commands, options, formats, rubric names and consortium ids complete on Tab",
        args: { shell: "the shell" },
        options: {
          "--names": "rubric names or consortium ids, one a line (what the scripts ask for)",
        },
      },
    },
    /** What each command's help shows after its options: notes and examples. */
    after,
    lang: "language of the text for people: en or ko (default: SOVEREIGN_AI_LANG, else LC_ALL, LC_MESSAGES or LANG; ko* is Korean); JSON keys, CSV headers and codes never change",
  },
  // ── problems: validation and usage errors ─────────────────────────────────────────────────
  problems: {
    error: "error",
    found: (p: { n: number }) => `${p.n.toLocaleString("en-US")} problems found.`,
    runHelp: "Run with --help for usage.",
    /** A bug (exit 70): the error's own text, then what to do. */
    internal: (p: { detail: string }) => `sovereign-ai: internal error: ${p.detail}`,
    bug: "This is a bug. Please report it with the command you ran; set SOVEREIGN_AI_DEBUG=1 to see the stack trace.",
    /** A CSV sheet's cell, where a problem is. */
    cell: (p: { row: number; column: number; name: string | null }) => `row ${p.row}, column ${p.column}${p.name ? ` (${p.name})` : ""}`,
    says,
    say: (s: Said): string => (says[s.code] as (p: Said) => string)(s),
  },
  /** Bad usage (exit 2), from its data (src/usage.ts). */
  usage: {
    says: usage,
    say: (s: UsageSaid): string => (usage[s.code] as (p: UsageSaid) => string)(s),
  },
  // ── validate ──────────────────────────────────────────────────────────────────────────────
  validate: {
    ok: (p: { rubric: string; n: number; cited: string; panel: string; strict: boolean }) =>
      `ok: rubric "${p.rubric}" and ${plural(p.n, "consortium file", "consortium files")} are valid${p.cited}${p.panel}${p.strict ? " (strict)" : ""}`,
    cited: (p: { n: number }) => `, every citation resolves in ${plural(p.n, "source record", "source records")}`,
    panel: (p: { reviewers: number; source: string; scores: number; recusals: number }) =>
      `; ${p.reviewers} reviewer${p.reviewers === 1 ? "" : "s"}' scores in ${p.source} are valid (${p.scores} scores, ${plural(p.recusals, "recusal", "recusals")})`,
  },
  // ── explain ───────────────────────────────────────────────────────────────────────────────
  explain: {
    notReachable: "not reachable alone",
    needs: (p: { list: string }) => `one score alone, everything else unchanged: ${p.list}`,
    parameters: (p: { b: number }) => `${p.b}B parameters`,
    fromScratch: "built from scratch",
    notFromScratch: "not built from scratch",
    users: (p: { n: string }) => `${p.n} users`,
    lineNone: "no team is picked, so there is no line to cross",
    lineNoneOut: "picked, and no team is left out",
    lineTiedAboveAhead: (p: { versus: string; total: string }) =>
      `on the line: tied on total with ${p.versus} (${p.total}), the best team left out, and ahead on the tie-break`,
    lineTiedAboveRules: (p: { versus: string; total: string }) =>
      `on the line: tied on total with ${p.versus} (${p.total}), the best team left out, and picked by the rules`,
    lineAbove: (p: { points: string; versus: string; total: string }) =>
      `${p.points} points above the line: the best team left out, ${p.versus}, has ${p.total}`,
    lineAboveByRules: (p: { points: string; versus: string; total: string }) =>
      `picked by the rules although ${p.points} points behind ${p.versus} (${p.total}), the best team left out`,
    lineTiedBelowRules: (p: { versus: string; total: string }) =>
      `on the line: tied on total with ${p.versus} (${p.total}), the last picked team, and left out by the rules`,
    lineTiedBelowBehind: (p: { versus: string; total: string }) =>
      `on the line: tied on total with ${p.versus} (${p.total}), the last picked team, and behind on the tie-break`,
    lineBelow: (p: { points: string; versus: string; total: string }) =>
      `needs ${p.points} more points to cross the line: the last picked team, ${p.versus}, has ${p.total}`,
    lineBelowByRules: (p: { points: string; versus: string; total: string }) =>
      `left out by the rules although ${p.points} points ahead of ${p.versus} (${p.total}), the last picked team`,
    rankOf: (p: { rank: number; teams: number }) => `rank ${p.rank} of ${p.teams}`,
    tiedFor: (p: { place: number; teams: number }) => `tied for ${ordinal(p.place)} of ${p.teams}`,
    tiedForWith: (p: { place: number; teams: number; with: string }) => `tied for ${ordinal(p.place)} of ${p.teams} with ${p.with}`,
    equalTotalWith: (p: { with: string }) => `equal total with ${p.with}`,
    status: (p: { place: string; picked: boolean; places: number }) =>
      `${p.place}, ${p.picked ? "picked" : "not picked"} (up to ${p.places} picked)`,
    totalWithBonus: (p: { total: string; weighted: string; bonus: string }) =>
      `${p.total} = ${p.weighted} from the criteria + ${p.bonus} bonus`,
    totalPlain: (p: { total: string }) => `${p.total} from the criteria`,
    /** Under a method other than the weighted sum (explain's card and text). */
    methodFormula: {
      "weighted-product":
        "100 × the product over the criteria of (unit score ^ weight), the unit score being the score's place on its scale from 0 to 1",
      topsis:
        "100 × d⁻/(d⁺ + d⁻): d⁺ is the distance of the weighted unit scores from the best of the field on every criterion (the ideal), d⁻ from the worst (the anti-ideal)",
    },
    fieldDependent: (p: { teams: number }) =>
      `the total depends on the field: the ideal and anti-ideal are the best and worst of these ${p.teams} teams, so adding or removing a team can change it and the ranking`,
    byMethod: (p: { method: string; formula: string; distances: string; field: string }) =>
      ` by ${p.method}: ${p.formula}${p.distances}${p.field ? `; ${p.field}` : ""}`,
    asOf: (p: { date: string }) => ` (as of ${p.date})`,
    pickedMark: "✔ picked",
    notPickedMark: "✘ not picked",
    headline: (p: { rubric: string; place: string; mark: string; places: number; total: string }) =>
      `${p.rubric}: ${p.place} · ${p.mark} (up to ${p.places}) · total ${p.total}`,
    mdStatus: (p: { rubric: string; status: string; total: string }) => `**${p.rubric}**: ${p.status}. Total ${p.total}.`,
    mdWhy: (p: { why: string; line: string }) => `Why: ${p.why}. Line: ${p.line}.`,
    mdNeeds: (p: { text: string }) => `Would take: ${p.text}.`,
    noneNamed: "none named",
    bonusRow: (p: { label: string }) => `bonus: ${p.label}`,
    bonusReached: (p: { criterion: string }) => `${p.criterion} reaches the bonus threshold`,
    label: {
      why: "why",
      line: "line",
      tie: "tie",
      needs: "would take",
      total: "total",
      summary: "summary",
      lead: "lead",
      members: "members",
      models: "models",
      services: "services",
      bonus: "bonus",
    },
    mdLabel: {
      lead: "Lead",
      members: "Members",
      models: "Models",
      services: "Services",
      panel: "Panel",
      sources: "Sources",
      evidence: "Evidence",
      total: "total",
    },
    head: {
      criterion: "criterion",
      score: "score",
      range: "range",
      weight: "weight",
      points: "points",
      evidence: "evidence",
      source: "source",
    },
  },
};

export type Messages = typeof en;

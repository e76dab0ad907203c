/**
 * What --help shows after each command's options: notes (lines as printed) and examples (the
 * command line as typed; a comment after # is text for people). ko-help.ts has the same, in Korean:
 * the commands stay as they are, the notes and comments are Korean.
 */
export interface HelpAfter {
  /** Lines of prose after the options (none: []). */
  readonly notes: readonly string[];
  readonly examples: readonly string[];
}

const words = {
  score: {
    notes: [],
    examples: [
      "sovereign-ai score",
      "sovereign-ai score -r service-first --top 5",
      "sovereign-ai score -w from_scratch=50 -w openness=10 --format csv > ranking.csv",
    ],
  },
  select: {
    notes: [],
    examples: [
      "sovereign-ai select -r industry-forecast",
      "sovereign-ai select -r industry-forecast --strategy best-set",
      "sovereign-ai select -f json | jq .selected",
    ],
  },
  simulate: {
    notes: [
      "Scores with a range: [low, high] are drawn from it each run; scores without one stay fixed. The complete",
      "selection rules (gates, cutoff, bonuses, quotas, conflicts, strategy) are applied in every run.",
    ],
    examples: [
      "sovereign-ai simulate",
      "sovereign-ai simulate --runs 100000 --seed 7 -f json > sim.json",
      "sovereign-ai simulate --fixed-weights            # only the scores are uncertain",
      "sovereign-ai simulate --uniform-weights --distribution uniform",
    ],
  },
  validate: {
    notes: [],
    examples: [
      "sovereign-ai validate",
      "sovereign-ai validate -r service-first -c consortia/",
      "sovereign-ai validate --strict -q        # in CI: every fact cited, nothing left to do; silent when all is well",
      "sovereign-ai validate -f json | jq '.problems[] | \"\\(.file):\\(.line): \\(.message)\"'",
    ],
  },
  sensitivity: {
    notes: [
      "Each criterion's weight is moved from 0 to 100 % while the others keep their proportions; the set is",
      "recomputed under the full selection rules at every point where two totals (or a total and min_total) cross.",
    ],
    examples: [
      "sovereign-ai sensitivity",
      "sovereign-ai sensitivity -r industry-forecast --criterion service",
      "sovereign-ai sensitivity -f json | jq .needed",
    ],
  },
  tune: {
    notes: [
      "Keys: ↑/↓ choose a criterion; ←/→ change its weight by 1 (Shift+←/→, or < and >, by 5); 0 sets it to 0;",
      "r resets to the file's weights; s saves them into the rubric file (asks first; comments and layout are kept);",
      "q quits (asks first when there are unsaved changes); Ctrl-C quits at once (exit 130).",
      "The marks | on the chosen slider are the weights where the picked set changes (as `sensitivity` computes them).",
      "Needs a terminal; without one, use --weight on the other commands.",
    ],
    examples: ["sovereign-ai tune -r my-rubric.yaml", "sovereign-ai tune -r service-first -c consortia/"],
  },
  compare: {
    notes: [],
    examples: [
      "sovereign-ai compare default open-source-first service-first industry-forecast",
      "sovereign-ai compare default my-rubric.yaml -c consortia/ extra/",
      "sovereign-ai compare default service-first -f json | jq .kendall",
      "sovereign-ai compare default --methods weighted-sum,weighted-product,topsis",
    ],
  },
  explain: {
    notes: [],
    examples: [
      "sovereign-ai explain skt",
      "sovereign-ai explain upstage -r service-first",
      "sovereign-ai explain naver -w openness=50 --format json",
      "sovereign-ai explain skt --vs naver",
    ],
  },
  panel: {
    notes: [],
    examples: [
      "sovereign-ai panel --reviews examples/panel/reviews -r examples/panel/rubric.yaml",
      "sovereign-ai panel --reviews scores.csv -f json",
      "sovereign-ai panel --reviews examples/panel/reviews -r examples/panel/rubric.yaml --influence",
    ],
  },
  sources: {
    notes: [],
    examples: [
      "sovereign-ai sources",
      "sovereign-ai sources -f csv > sources.csv",
      "sovereign-ai sources -c my/consortia --sources my/sources",
    ],
  },
  report: {
    notes: [
      "The HTML file is self-contained: styles and charts (SVG) inline, no script and no network request, so it can be",
      "mailed or archived; it prints on A4 and reads on a phone. The same inputs, seed and date give the same bytes.",
    ],
    examples: [
      "sovereign-ai report -o report.html",
      "sovereign-ai report -r service-first -w openness=40 -o service.html",
      "sovereign-ai report -f markdown -o report.md --no-simulation",
    ],
  },
  rubrics: {
    notes: [],
    examples: ["sovereign-ai rubrics", "sovereign-ai rubrics -f json", "sovereign-ai rubrics -f csv > rubrics.csv"],
  },
  schema: {
    notes: [],
    examples: [
      "sovereign-ai schema consortium",
      "sovereign-ai schema rubric -o rubric.schema.json",
      "sovereign-ai schema consortium | jq '.properties | keys'",
    ],
  },
  init: {
    notes: [],
    examples: [
      "sovereign-ai init consortium my-team          # writes consortia/my-team.yaml",
      "sovereign-ai init rubric my-scenario -r service-first",
      "sovereign-ai init contest my-contest                # a copy of the bundled consortia, rubrics and sources",
      "sovereign-ai init consortium lab-x --dir extra/ && sovereign-ai validate -c consortia/ extra/",
    ],
  },
  timeline: {
    notes: [],
    examples: [
      "sovereign-ai timeline",
      "sovereign-ai timeline -f json | jq '.stages[].id'",
      "sovereign-ai timeline -f markdown -o timeline.md",
    ],
  },
  backtest: {
    notes: [
      "The model picks as many as were planned to advance, from the entrants' consortium files and the stage's",
      "published rubric (else the default). A consortium file dated after the stage is refused (exit 1).",
    ],
    examples: ["sovereign-ai backtest --stage selection-2025-08-04", "sovereign-ai backtest --stage evaluation-2026-01-15 -f json"],
  },
  forecast: {
    notes: [
      "The next planned stage's rubric where it was published, else the latest published one (said so in the",
      "output); the consortium files' scores and ranges; gates are not modelled. Every assumption is listed.",
    ],
    examples: ["sovereign-ai forecast", "sovereign-ai forecast -f json | jq '.teams'"],
  },
  completion: {
    notes: [],
    examples: [
      "sovereign-ai completion bash > ~/.local/share/bash-completion/completions/sovereign-ai",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable, shown as typed
      'sovereign-ai completion zsh > "${fpath[1]}/_sovereign-ai"',
      "sovereign-ai completion fish > ~/.config/fish/completions/sovereign-ai.fish",
    ],
  },
} satisfies Record<string, HelpAfter>;

/** Every command's notes and examples (a command missing in ko-help.ts is a compile error). */
export const after: { readonly [C in keyof typeof words]: HelpAfter } = words;

/**
 * The English words of the analysis commands' tables and text (simulate, sources, rubrics): whole
 * sentences with named placeholders; ko-tables.ts has the same, in Korean.
 */

/** How a simulation was set up (commands/simulate.ts settingsText), as data. */
export interface SimSettings {
  readonly runs: number;
  readonly seed: number;
  readonly distribution: "triangular" | "uniform";
  readonly weights:
    | { readonly kind: "fixed" }
    | { readonly kind: "uniform" }
    | { readonly kind: "dirichlet"; readonly concentration: number; readonly spread: string };
  readonly bootstrap: { readonly aggregate: string; readonly rangesToo: boolean } | null;
  /** The aggregation method, when not the weighted sum. */
  readonly method: string | null;
  /** The lottery's seed, when the tie-break chain ends with one. */
  readonly lottery: number | null;
}

const thousands = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const simulate = {
  settings: (o: SimSettings): { runs: string; draws: string; meaning: string } => {
    const w = o.weights;
    const b = o.bootstrap;
    const drawn =
      w.kind === "fixed"
        ? "the rubric's weights"
        : w.kind === "uniform"
          ? "uniform over all weight vectors (criteria weighted 0 stay 0)"
          : `Dirichlet, concentration ${w.concentration}`;
    const inRange =
      o.distribution === "uniform"
        ? "each score anywhere in its range (uniformly)"
        : "each score within its range (most often near its value)";
    const scores = b
      ? `the review panel's reviewers, resampled for each team and aggregated (${b.aggregate})${b.rangesToo ? `; other scores: ${inRange}` : ""}`
      : inRange;
    const drawnScores = b
      ? `bootstrap of the review panel (${b.aggregate})${b.rangesToo ? `, other scores ${o.distribution} on their ranges` : ""}`
      : `${o.distribution} on their ranges`;
    const varies =
      w.kind === "fixed"
        ? "the weights stay the rubric's"
        : w.kind === "uniform"
          ? "the weights take every possible balance of the criteria weighted above 0, equally often"
          : `the weights vary around the rubric's by about ±${w.spread} points (one standard deviation)`;
    return {
      runs: `${thousands(o.runs)} runs, seed ${o.seed}`,
      draws: `scores: ${drawnScores} · weights: ${drawn}${o.method !== null ? ` · method: ${o.method}` : ""}${o.lottery !== null ? ` · ties after the criteria: by lot (seed ${o.lottery}, the same tickets in every run)` : ""}`,
      meaning: `What varies: ${scores}; ${varies}. The percentages say how often each team is picked under these assumptions about the data's uncertainty: not a forecast of the real decision.`,
    };
  },
  head: {
    consortium: "consortium",
    kind: "kind",
    pPicked: "P(picked)",
    meanRank: "mean rank",
    totals: "total p5 · p50 · p95",
    pickedWeights: (p: { ids: string }) => `picked weights (${p.ids})`,
    pickedWeightsName: "picked weights",
    pFirst: "P(first)",
    central: "central",
    centralName: "central weights",
    confidence: "confidence",
  },
  md: {
    place: "place",
    name: "name",
    margin: "± 95 %",
    total5: "total p5",
    centralWeights: "central weights",
    share: "share of runs",
    set: "picked set",
  },
  footer: (p: { mean: string; unmet: string }) =>
    `mean picks per run: ${p.mean} · runs with a rule unmet: ${p.unmet} · ± is the 95 % margin; a shared place (5=) means the difference is within it`,
  sets: (p: { n: number }) => `the ${p.n === 1 ? "most likely set" : `${p.n} most likely sets`} (share of runs):`,
  bar: "bar",
  noneSet: "(none)",
};

export const sources = {
  none: "No source records: no sources/ folder beside the consortia. Pass --sources DIR to name one.",
  summary: (p: { n: number; dir: string; cited: number }) =>
    `${plural(p.n, "source record", "source records")} in ${p.dir}, ${p.cited} cited by the consortia`,
  addresses: "Addresses",
  head: {
    id: "id",
    publisher: "publisher",
    published: "published",
    lang: "lang",
    language: "language",
    cited: "cited",
    citedBy: "cited by",
    title: "title",
    address: "address",
  },
};

export const rubrics = {
  title: "rubrics that -r NAME can name (./criteria/ first, then the bundled ones):",
  where: { local: "local", bundled: "bundled" },
  invalid: (p: { n: number; file: string }) => `invalid: ${plural(p.n, "problem", "problems")} (sovereign-ai validate -r ${p.file})`,
  invalidMark: "(invalid)",
  shadowed: "hidden by the local rubric of the same name",
  head: { where: "where", name: "name", description: "description" },
};

export const compare = {
  /** The command's name in the title line. */
  name: "compare",
  title: (p: { compare: string; mark: string }) => `${p.compare} — each cell: rank, total, ${p.mark} picked`,
  head: { team: "team", name: "name", picked: "picked", pickedIn: "picked in", rubric: "rubric" },
  picked: { every: "every", some: "some", tie: "some (tie)", none: "none" },
  tau: (p: { ties: string }) => `Kendall τ-b between the totals ${p.ties}:`,
  tauHead: "Kendall τ-b",
  noTies: "(no equal totals in any rubric)",
  ties: (p: { list: string }) => `(ties present and counted — equal totals: ${p.list})`,
  pairs: (p: { label: string; n: number }) => `${p.label} ${plural(p.n, "pair", "pairs")}`,
  na: "n/a",
  every: (p: { list: string }) => `picked in every scenario: ${p.list}`,
  some: (p: { list: string }) => `picked in some: ${p.list}`,
  tie: (p: { list: string; by: "id" | "lottery" | "both" }) =>
    `picked in some (tie): ${p.list} — in a tie at the line that only ${p.by === "both" ? "the id or a lottery" : p.by === "lottery" ? "a lottery" : "the id"} decided`,
  never: (p: { list: string }) => `picked in none: ${p.list}`,
  none: "none",
  mdTitle: (p: { n: number; rubrics: string }) => `**${p.n} rubrics:** ${p.rubrics}. Each cell: rank · total, ✓ when picked.`,
};

export const sensitivity = {
  change: (p: { enters: string | null; leaves: string | null }) =>
    [p.enters !== null ? `${p.enters} in` : "", p.leaves !== null ? `${p.leaves} out` : ""].filter(Boolean).join("; "),
  /** "over 40.0 %", or "at 100.0 %" / "at 0.0 %" for a change at the very end of the sweep. */
  edge: (p: { side: "under" | "over"; pct: string; end: boolean }) => (p.end ? `at ${p.pct}` : `${p.side} ${p.pct}`),
  omitted: (p: { needed: number; all: string; needs: number }) =>
    `points needed are for the best ${p.needed} of the ${p.all} teams left out, scores needed for the best ${p.needs}; --full works out every team (each is a search)`,
  notReachable: "not reachable",
  nowNeeds: " (now → needs)",
  numeric: " (numeric)",
  method: (p: { name: string; steps: number }) =>
    `method: ${p.name} — totals are not linear in the weights, so each interval is found numerically (${p.steps} steps over 0–100 %, then bisection to 1e-9); a change that reverses within one step can be missed`,
  never: "never",
  anyGain: "any gain",
  head: {
    criterion: "criterion",
    weight: "weight",
    stable: "stable",
    below: "below",
    above: "above",
    leftOut: "left out",
    total: "total",
    needs: "needs",
    rank: "rank",
    pointsToEnter: "points to enter",
  },
  title: (p: { rubric: string }) => `${p.rubric}: how far each weight can move before the pick changes`,
  how: "each weight moved from 0 to 100 %, the others keeping their proportions",
  picked: (p: { list: string; dot: string; bar: string }) => `picked: ${p.list}  (${p.dot} current weight, ${p.bar} same set)`,
  none: "none",
  whereChanges: "where the set changes:",
  neverChanges: "the set never changes on any of these sweeps",
  margin: (p: { points: string }) => `margin: ${p.points} points between the last picked team and the best team left out`,
  pointsTitle: "points each team left out needs to enter (its total alone raised):",
  scoresTitle: "or one score alone (the smallest on its scale that gets it picked, everything else unchanged):",
  neverChangesCell: "never changes",
  mdTitle: (p: { rubric: string }) =>
    `**${p.rubric}** — how far each weight can move (the others keeping their proportions) before the picked set changes.`,
  mdPicked: (p: { list: string }) => `Picked: ${p.list}.`,
  mdMargin: (p: { points: string | null }) =>
    `Margin: ${p.points === null ? "none (no team left out)" : `${p.points} points between the last picked team and the best team left out`}.`,
  mdScoresTitle:
    "What it would take, one criterion at a time (the smallest score on its scale that gets the team picked, everything else unchanged):",
  dominatedBy: (p: { id: string; n: number }) => `${p.id} (by ${p.n})`,
  dominated: (p: { list: string }) => `Never picked, whatever the weights (dominated; without rules): ${p.list}.`,
  always: (p: { list: string }) => `Picked whatever the weights (without rules): ${p.list}.`,
  alwaysUnknown: (p: { method: string }) =>
    `Picked whatever the weights: not worked out for ${p.method} (its totals are not linear in the weights, so checking the corners of the weights proves nothing).`,
};

export const panel = {
  aggregate: (p: { aggregate: string; trim: number | undefined }) =>
    p.aggregate === "trimmed-mean"
      ? `trimmed mean (trim ${p.trim})`
      : p.aggregate === "olympic"
        ? "olympic (highest and lowest dropped)"
        : p.aggregate === "z-mean"
          ? "z-mean (each reviewer standardised)"
          : p.aggregate,
  header: (p: { n: number; source: string; how: string; recusal: string; min: number }) =>
    `${p.n} reviewers in ${p.source}\naggregate: ${p.how} · recusal: ${p.recusal} · at least ${plural(p.min, "valid score", "valid scores")} each`,
  notScored: (p: { id: string }) => `No reviewer scored ${p.id}: the consortium files' values are used for it.`,
  recusalOff: "Recusal is off (panel.recusal: none).",
  noneRecused: "No reviewer was recused.",
  recused: (p: { reviewer: string; team: string; organisation: string }) =>
    `Recused: ${p.reviewer} from ${p.team} (affiliation: ${p.organisation}), on every criterion.`,
  agreement: "Agreement (Krippendorff's α, interval: 1 = full, 0 = no more than chance):",
  notScoredCell: "no reviewer scored it",
  alpha: (p: { alpha: number | null }): string =>
    p.alpha === null
      ? "not defined: too few scores, or no differences"
      : p.alpha >= 0.8
        ? "good: at Krippendorff's 0.800 for relying on them"
        : p.alpha >= 0.667
          ? "fair: tentative conclusions only (0.667 to 0.800)"
          : p.alpha > 0
            ? "little: the scores depend much on who reviewed"
            : "none beyond chance, or systematic disagreement",
  w: "Kendall's W: 1 = every reviewer orders the teams alike, 0 = no common order;",
  wNote: {
    "not-scored": "no reviewer scored it",
    degenerate: "too few reviewers or teams, or no differences",
    incomplete: "not every reviewer scored every team (missing or recused)",
  },
  wMissing: (p: { why: string }) => `  – where it does not apply: ${p.why}.`,
  wAll: "  every reviewer scored every team.",
  picked: (p: { list: string }) => `Picked with the whole panel: ${p.list}.`,
  without: (p: { reviewer: string; change: string }) => `  without ${p.reviewer}: ${p.change}`,
  enters: (p: { id: string }) => `${p.id} in`,
  leaves: (p: { id: string }) => `${p.id} out`,
  noPanel: (p: { reviewer: string; problem: string }) => `  without ${p.reviewer}: no panel (${p.problem})`,
  steadyAll: "  No single reviewer's absence changes the picked set.",
  steady: (p: { list: string }) => `  Without any one of ${p.list}: the same teams.`,
  sway: "# One reviewer's sway",
  none: "none",
  file: "file",
  /** A score in the table that is the consortium file's, no reviewer having scored it. */
  fileCell: (p: { value: string }) => `${p.value} file`,
  head: {
    team: "team",
    criterion: "criterion",
    score: "score",
    n: "n",
    min: "min",
    max: "max",
    sd: "SD",
    recused: "recused",
    dropped: "dropped",
  },
};

export const timeline = {
  outcome: { advanced: "advanced", added: "added", eliminated: "eliminated", withdrew: "withdrew", entered: "entered" },
  kind: {
    application: "application",
    screening: "screening",
    selection: "selection",
    evaluation: "evaluation",
    recruitment: "recruitment",
  } as Record<string, string>,
  label: { gates: "gates", rubric: "rubric", plan: "plan", sources: "sources" },
  places: (p: { places: string }) => `places ${p.places} on points, order not published`,
  place: (p: { place: string }) => `place ${p.place} on points`,
  planned: (p: { planned: number | null; n: number; final: number | null }) =>
    `planned: ${p.planned ?? "?"} of ${p.n} to advance${p.final !== null ? `, then ${p.final} in the final` : ""}; no result published`,
  entered: (p: { n: number }) => `${p.n} entered`,
  advanced: (p: { advanced: number; n: number; planned: number | null }) =>
    `${p.advanced} of ${p.n} advanced${p.planned !== null ? ` (${p.planned} planned)` : ""}`,
  mdCount: (p: { count: string; entrants: string }) => `${p.count}. Entrants: ${p.entrants}.`,
  mdGates: (p: { list: string }) => `Gates: ${p.list}.`,
  mdRubric: (p: { rubric: string }) => `Rubric: \`${p.rubric}\`.`,
  mdRules: (p: { note: string }) => `Rules: ${p.note}`,
  mdSources: (p: { list: string }) => `Sources: ${p.list}`,
  head: { team: "team", outcome: "outcome", reason: "reason", scores: "published scores" },
};

export const versus = {
  self: (p: { id: string }) => `${p.id} against itself: nothing to compare`,
  tie: (p: { lead: string; trail: string; total: string; by: string | null }) =>
    `${p.lead} and ${p.trail} tie at ${p.total}; ${p.lead} ranks ahead ${p.by === null ? "by id (alphabetical order) only: they are equal on every tie-break criterion" : `by the tie-break criterion ${p.by}`}.`,
  ahead: (p: { lead: string; trail: string; gap: string; leadTotal: string; trailTotal: string; what: string | null; part: string }) =>
    `${p.lead} is ${p.gap} points ahead of ${p.trail} (${p.leadTotal} vs ${p.trailTotal}); ${p.what === null ? "the bonus" : p.what} decides it (${p.part} points in ${p.lead}'s favour).`,
  swapAt: (p: { criterion: string; up: boolean; from: string }) =>
    `They swap places as soon as ${p.criterion}'s weight goes ${p.up ? "above" : "below"} its ${p.from} (the other weights keeping their proportions).`,
  swap: (p: { criterion: string; up: boolean; from: string; to: string }) =>
    `They swap places when ${p.criterion}'s weight goes from ${p.from} ${p.up ? "above" : "below"} ${p.to} (the other weights keeping their proportions); at exactly ${p.to} their totals are equal.`,
  noSwap: "No change of a single weight swaps them.",
  never: "never",
  bonus: "bonus",
  total: "total",
  mark: (p: { id: string; rank: number; picked: string }) => `${p.id} rank ${p.rank}, ${p.picked}`,
  mdMark: (p: { id: string; rank: number; picked: string }) => `${p.id}: rank ${p.rank}, ${p.picked}`,
  picked: "picked",
  notPicked: "not picked",
  head: {
    criterion: "criterion",
    weight: "weight",
    pts: "pts",
    diff: "diff",
    equalAt: "equal at",
    score: (p: { id: string }) => `${p.id} score`,
    points: (p: { id: string }) => `${p.id} points`,
    difference: "difference",
    equalAtWeight: "totals equal at weight",
  },
};

export const forecast = {
  plan: (p: { next: string; note: string }) => `The plan for ${p.next}, as reported: ${p.note}`,
  missing: (p: { ids: readonly string[]; from: string; next: string }) =>
    `${p.ids.join(", ")} ${p.ids.length === 1 ? "is" : "are"} still in after ${p.from} but not listed as entrants of ${p.next}; the forecast follows the stage file's entrants.`,
  rubricAssumed: (p: { next: string; stage: string; rubric: string }) =>
    `No rubric was published for ${p.next}: the rubric of ${p.stage} (${p.rubric}) is assumed, with its weights and proxies.`,
  methodAsked: (p: { method: string }) => `Totals by the method asked for (--method ${p.method}), not the rubric's own.`,
  defaultAssumed: (p: { next: string }) => `No rubric was published for ${p.next} or any stage before it: the default rubric is assumed.`,
  advanceAssumed: (p: { next: string; advance: number }) => `${p.next} states no number to advance: the rubric's ${p.advance} is assumed.`,
  scores: (p: { oldest: string | null }) =>
    `Scores are the consortium files' as they stand${p.oldest !== null ? ` (data as of ${p.oldest} for the oldest)` : ""}; nothing published since — model releases, the first stage's scores — changes them.`,
  gateIn: (p: { gate: string; stage: string }) => `${p.gate} in ${p.stage}`,
  gates: (p: { list: string | null; past: boolean }) =>
    `Gates are not modelled${p.list !== null ? ` (${p.list})` : ""}: a team that fails one is out whatever its points${p.past ? ", as happened before" : ""}.`,
  published: (p: { stage: string; first: readonly string[] }) =>
    `The published results of ${p.stage}${p.first.length ? ` (${p.first.join(", ")} first on points)` : ""} are not in the scores: where the ranking here differs, it is the consortium files speaking, not that evaluation.`,
  final: (p: { final: number; next: string }) =>
    `The final cut (${p.final} teams) ranks the teams as ${p.next} does: P(final) is the probability of being in the top ${p.final} of the same draw.`,
  expected: (p: { next: string; expected: string; until: string }) =>
    `${p.next} was expected in ${p.expected}, before the latest source read (${p.until}).`,
  noResult: (p: { next: string; until: string }) =>
    `No published result of ${p.next} was found in the sources read (the latest is dated ${p.until}); if it has been announced since, this forecast is out of date.`,
  head: (p: {
    from: string;
    fromWhen: string;
    remaining: number;
    next: string;
    nextWhen: string;
    advance: number;
    entrants: number;
    final: number | null;
    rubric: string;
    assumed: boolean;
    runs: string;
    seed: number;
  }) =>
    `From ${p.from} (${p.fromWhen}): ${p.remaining} teams remain. Next: ${p.next} (expected ${p.nextWhen}), ${p.advance} of ${p.entrants} to advance${p.final !== null ? `, then ${p.final} in the final` : ""}. Rubric: ${p.rubric}${p.assumed ? " (assumed)" : ""}. ${p.runs} runs, seed ${p.seed}.`,
  restsOn: "**What this rests on, and what it does not know:**",
  assumes: "assumes",
  bars: "bars",
  col: { team: "team", pAdvance: "P(advance)", pFinal: "P(final)", rank: "rank", meanRank: "mean rank", asOf: "data as of" },
};

export const backtest = {
  noPublished: "No scores or places on points were published for this stage: no rank correlation.",
  basis: "published places on points (tied where the order was not published)",
  noWeighting: (p: { criteria: string; gates: string | null }) =>
    `No sampled weighting of ${p.criteria} picks exactly the actual set${p.gates !== null ? `: a gate (${p.gates}), not points, decided part of it` : ""}.`,
  noRubric: "No rubric with weights was published for this stage: the default rubric stands in.",
  methodAsked: (p: { method: string }) => `Totals by the method asked for (--method ${p.method}), not the rubric's own.`,
  planned: (p: { planned: number; actual: number; k: number }) =>
    `${p.planned} were planned to advance and ${p.actual} did: the model picks ${p.k} (what was planned), the inverse question asks for the ${p.actual} that advanced.`,
  noneReproduces: "none: no sampled weighting reproduces the decision",
  none: "none",
  label: {
    rubric: "rubric",
    predicted: "predicted",
    actual: "actual",
    hits: "hits",
    brier: "Brier",
    logLoss: "log loss",
    published: "published",
    inverse: "inverse",
    weights: "  weights",
    onPoints: "on points",
    notes: "notes",
  },
  rubric: (p: { name: string; published: boolean }) => `${p.name}${p.published ? "" : " (none published for this stage)"}`,
  predicted: (p: { list: string; k: number }) => `${p.list} (the ${p.k} planned)`,
  hits: (p: { hits: number; precision: string; recall: string }) => `${p.hits} · precision ${p.precision} · recall ${p.recall}`,
  brier: (p: { brier: string; baseline: string; k: number; n: number }) =>
    `${p.brier} (baseline ${p.baseline}: every entrant at ${p.k}/${p.n})`,
  logLoss: (p: { loss: string; baseline: string }) => `${p.loss} (baseline ${p.baseline}; probabilities clipped to [0.001, 0.999])`,
  correlation: (p: { spearman: string; tau: string; basis: string }) => `Spearman ${p.spearman} · Kendall τ-b ${p.tau} (${p.basis})`,
  noScores: "no published scores",
  inverse: (p: { share: string; samples: string; seed: number }) =>
    `${p.share} of ${p.samples} weightings (uniform on the simplex, seed ${p.seed}) pick exactly the actual set`,
  onPoints: (p: { share: string; n: number; list: string }) =>
    `${p.share} pick exactly the top ${p.n} on points before the gate (${p.list})`,
  title: (p: { stage: string; date: string; runs: string; seed: number }) =>
    `Backtest: ${p.stage} (${p.date}) · ${p.runs} runs, seed ${p.seed}`,
  mdTitle: (p: { stage: string; date: string; runs: string; seed: number }) =>
    `**Backtest of \`${p.stage}\`** (${p.date}), ${p.runs} runs, seed ${p.seed}.`,
  head: {
    team: "team",
    total: "total",
    pick: "pick",
    pAdv: "P(adv)",
    outcome: "outcome",
    modelTotal: "model total",
    predicted: "predicted",
    pAdvance: "P(advance)",
  },
};

export const watch = {
  head: (p: { label: string; run: number; why: string }) => `sovereign-ai ${p.label} --watch: run ${p.run}${p.why}`,
  after: (p: { what: string }) => ` after a change to ${p.what}`,
  files: (p: { n: number }) => `${p.n} files`,
  wrote: (p: { head: string; output: string; change: string | null }) =>
    `${p.head}: wrote ${p.output}${p.change !== null ? `; ${p.change}` : ""}`,
  stops: (p: { head: string }) => `${p.head} (Ctrl-C stops)`,
  notWritten: (p: { head: string }) => `${p.head}: not written, the data has errors (still watching):`,
  errors: "the data has errors (still watching; fix a file and save):",
  moved: (p: { parts: readonly string[] }) => `since the last run: ${p.parts.length ? p.parts.join("; ") : "nothing moved"}`,
  newlyPicked: "newly picked",
  dropped: "dropped",
  added: "new",
  gone: "gone",
};

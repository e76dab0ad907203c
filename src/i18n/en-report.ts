/**
 * The report's words in English (report/model.ts, html.ts, markdown.ts); ko-report.ts has them in
 * Korean. The HTML page's `lang` is the catalogue's `code`.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const init = {
  contest: (p: { shown: string; consortia: number; rubrics: number; sources: number; go: string }) =>
    `wrote ${p.shown}/: a copy of the bundled data (${[plural(p.consortia, "consortium", "consortia"), plural(p.rubrics, "rubric", "rubrics"), ...(p.sources ? [plural(p.sources, "source record", "source records")] : [])].join(", ")}) to change as you like; try: ${p.go}sovereign-ai score`,
  wrote: (p: { shown: string; next: string }) => `wrote ${p.shown}: ${p.next}`,
  consortiumNext: (p: { n: number; rubric: string; check: string }) =>
    `it has ${p.n} scores to fill in for the rubric "${p.rubric}"; check it with: ${p.check}`,
  rubricNext: (p: { rubric: string; tryIt: string }) => `it starts from "${p.rubric}"; try it with: ${p.tryIt}`,
  hiding: (p: { bundled: number; path: string }) =>
    `warning: this folder had no consortia/ of its own, so from now on commands run here read consortia/ (this one file) instead of the ${plural(p.bundled, "bundled consortium", "bundled consortia")}.\n` +
    `To keep them: score both with -c consortia/ ${p.path}, or start over from a copy of the bundled data: ` +
    `move consortia/ away, run sovereign-ai init contest ., then move your file back into consortia/.\n`,
};

export const report = {
  title: (p: { rubric: string }) => `Selection report: ${p.rubric}`,
  dateNote: {
    given: "date given with --date",
    asOf: "data as of this date (the newest as_of of the consortium files)",
    today: "today (the data has no as_of date)",
  },
  byline: (p: { date: string; note: string; teams: number; rubric: string }) => `${p.date}: ${p.note} · ${p.teams} consortia · ${p.rubric}`,
  rules: {
    teams: (p: { teams: number; bestSet: boolean }) =>
      `up to ${p.teams} teams are picked, ${p.bestSet ? "as the rule-abiding set with the highest sum of totals (best-set)" : "in rank order (rank-order)"}`,
    minTotal: (p: { min: string }) => `a team needs a total of at least ${p.min}`,
    gate: (p: { criterion: string; min: string | null; max: string | null }) =>
      `gate on ${p.criterion}: ${p.min !== null ? `at least ${p.min}` : ""}${p.min !== null && p.max !== null ? " and " : ""}${p.max !== null ? `at most ${p.max}` : ""}`,
    quota: (p: { name: string; min: number | null; max: number | null }) =>
      `quota "${p.name}": ${p.min !== null ? `at least ${p.min}` : ""}${p.min !== null && p.max !== null ? ", " : ""}${p.max !== null ? `at most ${p.max}` : ""} picked`,
    conflicts: (p: { max: number; kinds: string | null }) =>
      `at most ${p.max} picked team(s) may share an organisation${p.kinds !== null ? ` of kind ${p.kinds}` : ""}`,
    ties: (p: { chain: readonly string[]; lottery: number | null }) =>
      `ties on total are broken by ${[...p.chain, p.lottery !== null ? `a lottery drawn with seed ${p.lottery}` : "id"].join(", then ")}`,
  },
  bonus: (p: { label: string; points: string; criterion: string; min: string }) =>
    `${p.label}: +${p.points} points when ${p.criterion} is at least ${p.min}`,
  below: (p: { pct: string; change: string }) => `below ${p.pct}: ${p.change}`,
  above: (p: { pct: string; change: string }) => `above ${p.pct}: ${p.change}`,
  noChangeDown: "no change down to 0 %",
  noChangeUp: "no change up to 100 %",
  noMargin: "no margin: nothing is picked or nothing is left out",
  margin: (p: { points: string }) => `${p.points} points between the last team picked and the best team left out`,
  meaning:
    "Each run draws every score within its range and the weights around the rubric's, then applies the full selection rules; P(picked) is the share of runs that picked the team. It describes the data's uncertainty, not a forecast of the real decision.",
  section: {
    data: "Data and rubric",
    ranking: "Ranking",
    pick: "The pick and why",
    robustness: "How robust the pick is",
    simulation: "Under uncertainty",
    teams: "The consortia, one by one",
    sources: "Sources",
  },
  contents: "Contents",
  chartData: "The chart's data",
  chartNote: "_Charts are in the HTML version of this report (`-o report.html`); the table holds the chart's data._",
  bonuses: "Bonuses",
  rulesLabel: "Rules",
  madeWith: "Made with",
  tie: "Tie",
  pickedLine: "Picked",
  marginLabel: "Margin",
  none: "none",
  noSources: "No source records are in use for this data.",
  uncited: (p: { n: number }) =>
    `${plural(p.n, "further record", "further records")} in the sources folder ${p.n === 1 ? "is" : "are"} not cited by these consortia (see`,
  head: {
    criterion: "criterion",
    label: "label",
    weight: "weight",
    scale: "scale",
    levels: "levels",
    place: "place",
    consortium: "consortium",
    name: "name",
    total: "total",
    picked: "picked",
    why: "why",
    stableFrom: "stable from",
    stableTo: "stable to",
    below: "below",
    above: "above",
    leftOut: "left out",
    pointsNeeded: "points needed to be picked",
    pPicked: "P(picked)",
    from95: "95 % from",
    to95: "95 % to",
    meanRank: "mean rank",
    sets: "most likely sets",
    share: "share of runs",
    publisher: "publisher",
    published: "published",
    titleHead: "title",
    citedBy: "cited by",
  },
  chart: {
    ranking: "Totals by consortium",
    rankingAlt: (p: { teams: number; rubric: string; picked: number; list: string }) =>
      `Totals of the ${p.teams} consortia under ${p.rubric}, highest first; the ${p.picked} picked teams (${p.list}) are drawn in blue.`,
    rankingAxis: "total (0–100 plus bonus)",
    tornado: "Weights over which the pick stays the same",
    tornadoAlt: (p: { picked: number }) =>
      `For each criterion, the band is the range of its weight (the others scaled to fill the rest) over which the same ${p.picked} teams are picked; the mark is the rubric's weight.`,
    probability: "Probability of being picked, with 95 % intervals",
    probabilityAlt: (p: { settings: string }) =>
      `Share of ${p.settings}; each bar is a consortium's P(picked), the whisker its 95 % interval.`,
  },
  card: {
    rank: "Rank",
    rankText: (p: { rank: string; teams: number; picked: boolean; places: number }) =>
      `${p.rank} of ${p.teams}, ${p.picked ? "picked" : "not picked"} (up to ${p.places})`,
    why: "Why",
    line: "Line",
    lead: "Lead",
    members: "Members",
    models: "Models",
    services: "Services",
    noneNamed: "none named",
    bonusRow: (p: { label: string }) => `bonus: ${p.label}`,
    reaches: (p: { criterion: string }) => `${p.criterion} reaches the threshold`,
    sources: "Sources",
    asOf: (p: { date: string }) => ` (as of ${p.date})`,
    score: "score",
    range: "range",
    points: "points",
    evidence: "evidence",
    source: "source",
  },
};

/**
 * The comments and placeholder values of the files `init` writes (src/init/template.ts): whole
 * sentences with named placeholders; ko-init.ts has the same, in Korean. The YAML keys are the
 * format and stay English; so do the level names and ids, which are values the files must use.
 */
export const templates = {
  consortium: {
    name: (p: { id: string }) => `${p.id} consortium`,
    summary: (p: { id: string }) => `TODO: a few sentences on the ${p.id} consortium and its bid.`,
    lead: (p: { id: string }) => `TODO lead organisation of ${p.id}`,
    evidence: "TODO: the facts this score rests on.",
    head: (p: { rubric: string; file: string }) => [
      `A new consortium for the rubric "${p.rubric}" (${p.file}), written by \`sovereign-ai init\`.`,
      "It validates as it is. Replace every TODO with facts, and add to each fact and score the source it rests on,",
      'e.g. source: "my-source ¶3" (a record sources/my-source.yaml, paragraph 3, where a sources/ folder is in use).',
      "Then check it with: sovereign-ai validate (and validate --strict, which also wants every source).",
    ],
    id: (p: { id: string }) => `must equal the file name: ${p.id}.yaml`,
    displayName: "the display name",
    nameKo: "name_ko: 한국어 이름    # optional: the name in Korean, shown by --lang ko and --wide tables",
    lead_: [
      "The lead organisation; its kind is the consortium's kind (telecom, platform, enterprise, conglomerate, startup, academia, ...).",
      'Add source: "my-source ¶3" once you have one.',
    ],
    members: [
      "The other organisations, one per line, e.g.",
      "members:",
      '  - { name: Example University, kind: academia, source: "my-source ¶3", note: research labs }',
    ],
    models: ["models:", '  - { name: Example-LM 7B, parameters_b: 7, from_scratch: true, openness: open-weight, source: "my-source ¶3" }'],
    services: ["services:", '  - { name: Example search, users: 1000000, source: "my-source #users" }'],
    scores: [
      "One score per criterion of the rubric. value: a number on the scale (or a level name); range: the plausible",
      "[low, high], as wide as the evidence is uncertain; evidence: why; source: where it says so (add one per score).",
    ],
    criterion: (p: { label: string; weight: string; share: string; min: string; max: string }) =>
      `${p.label}: weight ${p.weight} (${p.share} of the total); a score from ${p.min} to ${p.max}.`,
    levels: (p: { list: string }) => `Levels (a name or a number): ${p.list}.`,
    /** One level in the list: its name (a value the file may use), its Korean name where the rubric gives one, and its number. */
    level: (p: { name: string; ko: string | undefined; value: string }) => `${p.name} = ${p.value}`,
  },
  rubric: {
    description: (p: { base: string; file: string }) => `A scenario based on "${p.base}" (${p.file}). TODO: say what it changes and why.`,
    head: (p: { base: string; file: string; name: string }) => [
      `A scenario rubric, written by \`sovereign-ai init\` from "${p.base}" (${p.file}).`,
      "It validates as it is, with the same criteria as its base, so every consortium still has a score for each.",
      `Change the weights, bonuses and rules; then try it with: sovereign-ai score -r ${p.name}`,
    ],
    displayName: "the display name",
    criteria: [
      "weight: relative, 0 or more; the weights are normalised to sum to 1 (so 40/35/25 = 8/7/5).",
      "scale: the lowest and highest score; levels: names for values on the scale, usable as scores.",
      "Adding a criterion means adding a score for it to every consortium.",
    ],
    weight: (p: { share: string; label: string }) => `now ${p.share} of the total (${p.label})`,
    bonus: "Points added to the total (0-100) when a criterion's score reaches min (a number or a level name).",
    selection: (p: { first: string; middle: string }) => [
      "teams: how many are picked at most; strategy: rank-order or best-set. Optional rules (see the README):",
      "  min_total: 50                            # no team below this total is picked",
      `  gates: [{ criterion: ${p.first}, min: ${p.middle} }]   # a score a team needs to be picked`,
      "  quotas: [{ name: start-ups, kinds: [startup], min: 1 }]",
      "  conflicts: { max_per_organisation: 1 }   # at most 1 picked team per organisation",
      `  tie_break: [${p.first}]                  # criteria that settle equal totals, then the id`,
    ],
    simulation: "Settings for simulate: a higher weight_concentration keeps simulated weights closer to these.",
  },
};

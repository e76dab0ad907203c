/**
 * The files `init` writes: a commented consortium for a rubric (one score per criterion) and a
 * commented scenario rubric based on another. Both validate as they are. Built with the yaml
 * library's document model, so every value is quoted as YAML needs; comments sit on the nodes.
 */
import { Document, isMap, isScalar, type Node, type Pair } from "yaml";
import { normaliseWeights } from "../model/contest.js";
import type { Criterion, Rubric } from "../schema/rubric.js";

const fmt = (n: number) => String(Number(n.toPrecision(12)));
const pct = (f: number) => `${(f * 100).toFixed(1)} %`;

/** Lines for a comment block (the yaml library adds the `#`). */
const comment = (...lines: string[]) => lines.map((l) => ` ${l}`).join("\n");

/** Text cut into lines of at most `width` characters at spaces. */
function lines(text: string, width = 96): string[] {
  const out: string[] = [];
  let cur = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (cur && cur.length + 1 + word.length > width) {
      out.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) out.push(cur);
  return out;
}

function pairOf(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return (map.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === key);
}

/** Put comment lines before `key` (and optionally after its value on the same line). */
function note(map: unknown, key: string, before?: string, after?: string): void {
  const p = pairOf(map, key);
  if (!p) return;
  if (before && p.key) p.key.commentBefore = before;
  if (after && p.value) p.value.comment = ` ${after}`;
}

function flow(map: unknown, ...keys: string[]): void {
  for (const k of keys) {
    const v = pairOf(map, k)?.value as { flow?: boolean } | undefined;
    if (v && typeof v === "object") v.flow = true;
  }
}

const render = (doc: Document) => doc.toString({ lineWidth: 110, flowCollectionPadding: false });

function criterionHelp(c: Criterion, weight: number): string[] {
  const levels = Object.entries(c.levels ?? {});
  return [
    `${c.label}: weight ${fmt(c.weight)} (${pct(weight)} of the total); a score from ${fmt(c.scale.min)} to ${fmt(c.scale.max)}.`,
    ...(levels.length ? [`Levels (a name or a number): ${levels.map(([k, v]) => `${k} = ${fmt(v)}`).join(", ")}.`] : []),
    ...(c.description ? lines(c.description) : []),
  ];
}

/** The middle of the scale: a neutral starting score. */
const middle = (c: Criterion) => Number(((c.scale.min + c.scale.max) / 2).toPrecision(12));

export function consortiumTemplate(o: { id: string; rubric: Rubric; rubricFile: string; schema: string }): string {
  const { id, rubric } = o;
  const weights = normaliseWeights(rubric.criteria.map((c) => c.weight));
  const doc = new Document({
    id,
    name: `${id} consortium`,
    summary: `TODO: a few sentences on the ${id} consortium and its bid.`,
    lead: { name: `TODO lead organisation of ${id}`, kind: "startup" },
    members: [],
    models: [],
    services: [],
    scores: Object.fromEntries(
      rubric.criteria.map((c) => [
        c.id,
        { value: middle(c), range: [c.scale.min, c.scale.max], evidence: "TODO: the facts this score rests on." },
      ]),
    ),
  });
  doc.commentBefore = comment(
    `yaml-language-server: $schema=${o.schema}`,
    `A new consortium for the rubric "${rubric.name}" (${o.rubricFile}), written by \`sovereign-ai init\`.`,
    `It validates as it is. Replace every TODO with facts, and add to each fact and score the source it rests on,`,
    `e.g. source: "my-source ¶3" (a record sources/my-source.yaml, paragraph 3, where a sources/ folder is in use).`,
    `Then check it with: sovereign-ai validate (and validate --strict, which also wants every source).`,
  );
  const root = doc.contents;
  note(root, "id", undefined, `must equal the file name: ${id}.yaml`);
  note(root, "name", undefined, "the display name");
  note(root, "summary", comment("name_ko: 한국어 이름    # optional: the name in Korean, shown by --wide tables"));
  flow(root, "lead", "members", "models", "services");
  note(
    root,
    "lead",
    comment(
      "The lead organisation; its kind is the consortium's kind (telecom, platform, enterprise, conglomerate, startup, academia, ...).",
      'Add source: "my-source ¶3" once you have one.',
    ),
  );
  note(
    root,
    "members",
    comment(
      "The other organisations, one per line, e.g.",
      "members:",
      '  - { name: Example University, kind: academia, source: "my-source ¶3", note: research labs }',
    ),
  );
  note(
    root,
    "models",
    comment("models:", '  - { name: Example-LM 7B, parameters_b: 7, from_scratch: true, openness: open-weight, source: "my-source ¶3" }'),
  );
  note(root, "services", comment("services:", '  - { name: Example search, users: 1000000, source: "my-source #users" }'));
  note(
    root,
    "scores",
    comment(
      "One score per criterion of the rubric. value: a number on the scale (or a level name); range: the plausible",
      "[low, high], as wide as the evidence is uncertain; evidence: why; source: where it says so (add one per score).",
    ),
  );
  const scores = pairOf(root, "scores")?.value;
  rubric.criteria.forEach((c, i) => {
    note(scores, c.id, comment(...criterionHelp(c, weights[i]!)));
    flow(pairOf(scores, c.id)?.value, "range");
  });
  return render(doc);
}

export function rubricTemplate(o: { name: string; base: Rubric; baseFile: string; schema: string }): string {
  const { base } = o;
  const weights = normaliseWeights(base.criteria.map((c) => c.weight));
  const { teams, strategy, ...rules } = base.selection;
  const selection = { teams, strategy: strategy ?? "rank-order", ...rules };
  const doc = new Document({
    name: o.name,
    description: `A scenario based on "${base.name}" (${o.baseFile}). TODO: say what it changes and why.`,
    criteria: base.criteria.map((c) => ({ ...c })),
    ...(base.bonus ? { bonus: base.bonus } : {}),
    selection,
    ...(base.simulation ? { simulation: base.simulation } : {}),
  });
  doc.commentBefore = comment(
    `yaml-language-server: $schema=${o.schema}`,
    `A scenario rubric, written by \`sovereign-ai init\` from "${base.name}" (${o.baseFile}).`,
    "It validates as it is, with the same criteria as its base, so every consortium still has a score for each.",
    `Change the weights, bonuses and rules; then try it with: sovereign-ai score -r ${o.name}`,
  );
  const root = doc.contents;
  note(root, "name", undefined, "the display name");
  note(
    root,
    "criteria",
    comment(
      "weight: relative, 0 or more; the weights are normalised to sum to 1 (so 40/35/25 = 8/7/5).",
      "scale: the lowest and highest score; levels: names for values on the scale, usable as scores.",
      "Adding a criterion means adding a score for it to every consortium.",
    ),
  );
  const crit = pairOf(root, "criteria")?.value as { items?: unknown[] } | undefined;
  (crit?.items ?? []).forEach((item, i) => {
    flow(item, "scale", "levels");
    const c = base.criteria[i]!;
    note(item, "weight", undefined, `now ${pct(weights[i]!)} of the total (${c.label})`);
  });
  if (base.bonus) {
    note(root, "bonus", comment("Points added to the total (0-100) when a criterion's score reaches min (a number or a level name)."));
    for (const b of (pairOf(root, "bonus")?.value as { items?: { flow?: boolean }[] } | undefined)?.items ?? []) b.flow = true;
  }
  const first = base.criteria[0]!;
  note(
    root,
    "selection",
    comment(
      "teams: how many are picked at most; strategy: rank-order or best-set. Optional rules (see the README):",
      "  min_total: 50                            # no team below this total is picked",
      `  gates: [{ criterion: ${first.id}, min: ${fmt(middle(first))} }]   # a score a team needs to be picked`,
      "  quotas: [{ name: start-ups, kinds: [startup], min: 1 }]",
      "  conflicts: { max_per_organisation: 1 }   # at most 1 picked team per organisation",
      `  tie_break: [${first.id}]                  # criteria that settle equal totals, then the id`,
    ),
  );
  const sel = pairOf(root, "selection")?.value;
  flow(sel, "conflicts", "tie_break");
  for (const k of ["gates", "quotas"]) {
    for (const item of (pairOf(sel, k)?.value as { items?: { flow?: boolean }[] } | undefined)?.items ?? []) item.flow = true;
  }
  if (base.simulation)
    note(root, "simulation", comment("Settings for simulate: a higher weight_concentration keeps simulated weights closer to these."));
  return render(doc);
}

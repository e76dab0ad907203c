/**
 * The files `init` writes: a commented consortium for a rubric (one score per criterion) and a
 * commented scenario rubric based on another. Both validate as they are. Built with the yaml
 * library's document model, so every value is quoted as YAML needs; comments sit on the nodes.
 */
import { Document, isMap, isScalar, type Node, type Pair } from "yaml";
import type { Messages } from "../i18n/en.js";
import { localized } from "../i18n/index.js";
import { normaliseWeights } from "../model/contest.js";
import { wrapLines } from "../render/width.js";
import type { Criterion, Rubric } from "../schema/rubric.js";

const fmt = (n: number) => String(Number(n.toPrecision(12)));
const pct = (f: number) => `${(f * 100).toFixed(1)} %`;

/** Lines for a comment block (the yaml library adds the `#`). */
const comment = (...lines: string[]) => lines.map((l) => ` ${l}`).join("\n");

/** Text cut into lines of at most `width` columns at spaces (Hangul counts two). */
const lines = (text: string, width = 96): string[] => wrapLines(text.replace(/\s+/g, " ").trim(), width).filter(Boolean);

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

function criterionHelp(c: Criterion, weight: number, m: Messages): string[] {
  const w = m.templates.consortium;
  const levels = Object.entries(c.levels ?? {});
  const description = localized(m, c.description ?? "", c.description_ko);
  return [
    w.criterion({
      label: localized(m, c.label, c.label_ko),
      weight: fmt(c.weight),
      share: pct(weight),
      min: fmt(c.scale.min),
      max: fmt(c.scale.max),
    }),
    ...(levels.length
      ? [w.levels({ list: levels.map(([k, v]) => w.level({ name: k, ko: c.levels_ko?.[k], value: fmt(v) })).join(", ") })]
      : []),
    ...(description ? lines(description) : []),
  ];
}

/** The middle of the scale: a neutral starting score. */
const middle = (c: Criterion) => Number(((c.scale.min + c.scale.max) / 2).toPrecision(12));

/** A consortium for `rubric`, its comments in the catalogue's language (`m.templates`). */
export function consortiumTemplate(o: { id: string; rubric: Rubric; rubricFile: string; schema: string }, m: Messages): string {
  const { id, rubric } = o;
  const w = m.templates.consortium;
  const weights = normaliseWeights(rubric.criteria.map((c) => c.weight));
  const doc = new Document({
    id,
    name: w.name({ id }),
    summary: w.summary({ id }),
    lead: { name: w.lead({ id }), kind: "startup" },
    members: [],
    models: [],
    services: [],
    scores: Object.fromEntries(
      rubric.criteria.map((c) => [c.id, { value: middle(c), range: [c.scale.min, c.scale.max], evidence: w.evidence }]),
    ),
  });
  doc.commentBefore = comment(
    `yaml-language-server: $schema=${o.schema}`,
    ...w.head({ rubric: localized(m, rubric.name, rubric.name_ko), file: o.rubricFile }),
  );
  const root = doc.contents;
  note(root, "id", undefined, w.id({ id }));
  note(root, "name", undefined, w.displayName);
  note(root, "summary", comment(w.nameKo));
  flow(root, "lead", "members", "models", "services");
  note(root, "lead", comment(...w.lead_));
  note(root, "members", comment(...w.members));
  note(root, "models", comment(...w.models));
  note(root, "services", comment(...w.services));
  note(root, "scores", comment(...w.scores));
  const scores = pairOf(root, "scores")?.value;
  rubric.criteria.forEach((c, i) => {
    note(scores, c.id, comment(...criterionHelp(c, weights[i]!, m)));
    flow(pairOf(scores, c.id)?.value, "range");
  });
  return render(doc);
}

/** A scenario rubric from `base`, its comments in the catalogue's language (`m.templates`). */
export function rubricTemplate(o: { name: string; base: Rubric; baseFile: string; schema: string }, m: Messages): string {
  const { base } = o;
  const w = m.templates.rubric;
  const baseName = localized(m, base.name, base.name_ko);
  const weights = normaliseWeights(base.criteria.map((c) => c.weight));
  const { teams, strategy, ...rules } = base.selection;
  const selection = { teams, strategy: strategy ?? "rank-order", ...rules };
  const doc = new Document({
    name: o.name,
    description: w.description({ base: baseName, file: o.baseFile }),
    criteria: base.criteria.map((c) => ({ ...c })),
    ...(base.bonus ? { bonus: base.bonus } : {}),
    selection,
    ...(base.simulation ? { simulation: base.simulation } : {}),
  });
  doc.commentBefore = comment(`yaml-language-server: $schema=${o.schema}`, ...w.head({ base: baseName, file: o.baseFile, name: o.name }));
  const root = doc.contents;
  note(root, "name", undefined, w.displayName);
  note(root, "criteria", comment(...w.criteria));
  const crit = pairOf(root, "criteria")?.value as { items?: unknown[] } | undefined;
  (crit?.items ?? []).forEach((item, i) => {
    flow(item, "scale", "levels");
    const c = base.criteria[i]!;
    note(item, "weight", undefined, w.weight({ share: pct(weights[i]!), label: localized(m, c.label, c.label_ko) }));
  });
  if (base.bonus) {
    note(root, "bonus", comment(w.bonus));
    for (const b of (pairOf(root, "bonus")?.value as { items?: { flow?: boolean }[] } | undefined)?.items ?? []) b.flow = true;
  }
  const first = base.criteria[0]!;
  note(root, "selection", comment(...w.selection({ first: first.id, middle: fmt(middle(first)) })));
  const sel = pairOf(root, "selection")?.value;
  flow(sel, "conflicts", "tie_break");
  for (const k of ["gates", "quotas"]) {
    for (const item of (pairOf(sel, k)?.value as { items?: { flow?: boolean }[] } | undefined)?.items ?? []) item.flow = true;
  }
  if (base.simulation) note(root, "simulation", comment(w.simulation));
  return render(doc);
}

/**
 * Stage 2b: rules across files, once every file has passed its schema. Ids unique and equal to
 * file names; every criterion scored, no unknown criterion; scores, ranges and levels on their
 * scale; bonus, gate, quota and tie-break references resolve. Every problem is collected.
 */
import { basename, extname } from "node:path";
import { STDIN } from "../parse/source.js";
import { didYouMean, type Problem } from "../errors.js";
import { resolveLevel } from "../model/levels.js";
import { LOTTERY, TIE_WORDS } from "../model/lottery.js";
import { ruleKinds, type RubricChecks } from "../select/kinds.js";

export { resolveLevel };
import { problemSaid } from "../parse/positions.js";
import type { ParsedFile } from "../parse/yaml.js";
import { isCalendarDate } from "../schema/common.js";
import type { Consortium } from "../schema/consortium.js";
import type { Criterion, Rubric } from "../schema/rubric.js";

export interface Checked<T> {
  file: ParsedFile;
  value: T;
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));

function onScale(c: Criterion, v: number): boolean {
  return v >= c.scale.min && v <= c.scale.max;
}

export function checkRubric({ file, value: rubric }: Checked<Rubric>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Criterion>();
  rubric.criteria.forEach((c, i) => {
    if (byId.has(c.id))
      problems.push(problemSaid(file, ["criteria", i, "id"], { code: "duplicate-id", what: "criterion", id: c.id, other: null }));
    byId.set(c.id, c);
    if (!(c.scale.max > c.scale.min))
      problems.push(problemSaid(file, ["criteria", i, "scale"], { code: "bad-scale", min: fmt(c.scale.min), max: fmt(c.scale.max) }));
    for (const name of Object.keys(c.levels_ko ?? {})) {
      if (!Object.hasOwn(c.levels ?? {}, name)) {
        const names = Object.keys(c.levels ?? {});
        problems.push(
          problemSaid(
            file,
            ["criteria", i, "levels_ko", name],
            { code: "unknown-level", form: "levels-ko", name, suggestion: didYouMean(name, names) ?? null, names },
            true,
          ),
        );
      }
    }
    for (const [name, v] of Object.entries(c.levels ?? {})) {
      if (!onScale(c, v))
        problems.push(
          problemSaid(file, ["criteria", i, "levels", name], {
            code: "off-scale",
            form: "level",
            name,
            value: fmt(v),
            min: fmt(c.scale.min),
            max: fmt(c.scale.max),
          }),
        );
    }
  });
  if (rubric.criteria.every((c) => c.weight === 0)) {
    problems.push(problemSaid(file, ["criteria"], { code: "no-weight" }));
  }
  const ids = [...byId.keys()];
  const refCriterion = (path: (string | number)[], id: string): Criterion | undefined => {
    const c = byId.get(id);
    if (!c) problems.push(problemSaid(file, path, { code: "unknown-criterion", id, suggestion: didYouMean(id, ids) ?? null, known: ids }));
    return c;
  };
  /** A threshold (number or level name) on criterion `c`, resolved and checked to lie on its scale. */
  const refLevel = (path: (string | number)[], c: Criterion | undefined, v: number | string | undefined): number | undefined => {
    if (!c || v === undefined) return undefined;
    const r = resolveLevel(c, v);
    if (!r.ok) {
      problems.push(problemSaid(file, path, r.said));
      return undefined;
    }
    if (!onScale(c, r.value)) {
      problems.push(
        problemSaid(file, path, {
          code: "off-scale",
          form: "threshold",
          name: c.id,
          value: fmt(r.value),
          min: fmt(c.scale.min),
          max: fmt(c.scale.max),
        }),
      );
      return undefined;
    }
    return r.value;
  };
  (rubric.bonus ?? []).forEach((b, i) => refLevel(["bonus", i, "min"], refCriterion(["bonus", i, "criterion"], b.criterion), b.min));
  const sel = rubric.selection;
  (sel.tie_break ?? []).forEach((id, i, chain) => {
    if (id !== LOTTERY) {
      refCriterion(["selection", "tie_break", i], id);
      if ((TIE_WORDS as readonly string[]).includes(id))
        problems.push(problemSaid(file, ["selection", "tie_break", i], { code: "duplicate-id", what: "tie-word", id, other: null }));
    } else if (i !== chain.length - 1)
      problems.push(problemSaid(file, ["selection", "tie_break", i], { code: "bad-value", form: "lottery-not-last", lottery: LOTTERY }));
    else if (byId.has(LOTTERY))
      problems.push(problemSaid(file, ["selection", "tie_break", i], { code: "duplicate-id", what: "lottery", id: LOTTERY, other: null }));
  });
  // Each rule kind checks its own value (select/kinds.ts).
  const at: RubricChecks = {
    problem: (path, said) => problems.push(problemSaid(file, path, said)),
    criterion: (path, id) => refCriterion(path, id),
    level: (path, c, v) => refLevel(path, c === undefined ? undefined : byId.get(c.id), v),
  };
  for (const kind of ruleKinds()) {
    const value = (sel as Record<string, unknown>)[kind.key];
    if (value !== undefined) kind.check?.(value, at);
  }
  return problems;
}

/** Cross-file rules for the consortia, against a rubric that passed `checkRubric`. */
export function checkConsortia(consortia: readonly Checked<Consortium>[], rubric: Checked<Rubric>): Problem[] {
  const problems: Problem[] = [];
  const criteria = rubric.value.criteria;
  const ids = criteria.map((c) => c.id);
  const seen = new Map<string, string>();
  for (const { file, value: c } of consortia) {
    const stem = basename(file.file, extname(file.file));
    // A document on standard input has no file name to match.
    if (c.id !== stem && file.path !== STDIN)
      problems.push(problemSaid(file, ["id"], { code: "id-mismatch", id: c.id, stem, ext: extname(file.file) }));
    if (c.as_of !== undefined && !isCalendarDate(c.as_of))
      problems.push(problemSaid(file, ["as_of"], { code: "bad-date", value: c.as_of }));
    const other = seen.get(c.id);
    if (other !== undefined) problems.push(problemSaid(file, ["id"], { code: "duplicate-id", what: "consortium", id: c.id, other }));
    else seen.set(c.id, file.file);
    for (const crit of criteria) {
      if (!Object.hasOwn(c.scores, crit.id)) {
        problems.push(problemSaid(file, ["scores"], { code: "missing-score", criterion: crit.id, label: crit.label }, true));
        continue;
      }
      const s = c.scores[crit.id]!;
      const r = resolveLevel(crit, s.value);
      if (!r.ok) {
        problems.push(problemSaid(file, ["scores", crit.id, "value"], r.said));
        continue;
      }
      if (!onScale(crit, r.value)) {
        problems.push(
          problemSaid(file, ["scores", crit.id, "value"], {
            code: "off-scale",
            value: fmt(r.value),
            min: fmt(crit.scale.min),
            max: fmt(crit.scale.max),
          }),
        );
        continue;
      }
      if (s.range) {
        const [lo, hi] = s.range;
        const form =
          lo > hi
            ? "reversed"
            : !onScale(crit, lo) || !onScale(crit, hi)
              ? "off-scale"
              : r.value < lo || r.value > hi
                ? "misses"
                : undefined;
        const numbers = { lo: fmt(lo), hi: fmt(hi), min: fmt(crit.scale.min), max: fmt(crit.scale.max), value: fmt(r.value) };
        if (form) problems.push(problemSaid(file, ["scores", crit.id, "range"], { code: "bad-range", form, ...numbers }));
      }
    }
    for (const key of Object.keys(c.scores)) {
      if (!ids.includes(key))
        problems.push(
          problemSaid(
            file,
            ["scores", key],
            { code: "unknown-criterion", form: "score", id: key, suggestion: didYouMean(key, ids) ?? null, known: ids },
            true,
          ),
        );
    }
  }
  // A kind in a rule that no consortium uses, but close to one that is, is a typo: it would make
  // the quota or the conflict rule silently count nobody. (A kind far from every used one may be
  // meant for other data, and is allowed.)
  const leadKinds = new Set(consortia.map((c) => c.value.lead.kind));
  const orgKinds = new Set(consortia.flatMap((c) => [c.value.lead, ...(c.value.members ?? [])].map((o) => o.kind)));
  const typo = (path: (string | number)[], kind: string, used: Set<string>, what: "lead" | "organisation") => {
    const near = used.has(kind) ? undefined : didYouMean(kind, used);
    if (near) problems.push(problemSaid(rubric.file, path, { code: "unknown-kind", what, kind, near, used: [...used].sort() }));
  };
  (rubric.value.selection.quotas ?? []).forEach((q, i) =>
    (q.kinds ?? []).forEach((k, j) => typo(["selection", "quotas", i, "kinds", j], k, leadKinds, "lead")),
  );
  (rubric.value.selection.conflicts?.kinds ?? []).forEach((k, j) =>
    typo(["selection", "conflicts", "kinds", j], k, orgKinds, "organisation"),
  );
  const known = new Set(consortia.map((c) => c.value.id));
  (rubric.value.selection.quotas ?? []).forEach((q, i) =>
    (q.ids ?? []).forEach((id, j) => {
      if (!known.has(id))
        problems.push(
          problemSaid(rubric.file, ["selection", "quotas", i, "ids", j], {
            code: "unknown-consortium",
            form: "quota",
            id,
            suggestion: didYouMean(id, known) ?? null,
          }),
        );
    }),
  );
  return problems;
}

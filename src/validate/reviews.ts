/**
 * Reviews against the data: every team and criterion id known (with did-you-mean), every value a
 * number on the criterion's scale or one of its level names, reviewer ids unique. Problems are
 * collected; each is positioned where the score was written (file:line:col, or CSV row and column).
 */
import { didYouMean, saying, type Problem } from "../errors.js";
import { resolveLevel } from "../model/levels.js";
import type { RawReviews, Reviews, ReviewScore } from "../panel/types.js";
import type { Rubric } from "../schema/rubric.js";

const fmt = (n: number) => String(Number(n.toPrecision(12)));

export function checkReviews(raw: RawReviews, rubric: Rubric, teamIds: readonly string[]): { reviews: Reviews; problems: Problem[] } {
  const problems: Problem[] = [];
  const seenProblem = new Set<string>();
  const push = (p: Problem) => {
    const key = `${p.file}:${p.pos?.line}:${p.pos?.col}:${p.message}`;
    if (!seenProblem.has(key)) problems.push(p);
    seenProblem.add(key);
  };
  const byId = new Map<string, string>();
  for (const r of raw.reviewers) {
    if (byId.has(r.id))
      push({ ...saying({ code: "duplicate-id", what: "reviewer", id: r.id, other: byId.get(r.id) ?? null }), file: r.file });
    else byId.set(r.id, r.file);
  }
  const teams = new Set(teamIds);
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  const scores: ReviewScore[] = [];
  for (const s of raw.scores) {
    let ok = true;
    if (!teams.has(s.team)) {
      push(s.at("team", { code: "unknown-team", team: s.team, suggestion: didYouMean(s.team, teamIds) ?? null, known: teamIds }));
      ok = false;
    }
    const c = criteria.get(s.criterion);
    if (!c) {
      push(
        s.at("criterion", {
          code: "unknown-criterion",
          id: s.criterion,
          suggestion: didYouMean(s.criterion, criteria.keys()) ?? null,
          known: [...criteria.keys()],
        }),
      );
      continue;
    }
    const v = resolveLevel(c, s.value);
    if (!v.ok) {
      push(s.at("value", v.said));
      continue;
    }
    if (!(v.value >= c.scale.min && v.value <= c.scale.max)) {
      push(
        s.at("value", { code: "off-scale", form: "review", name: c.id, value: fmt(v.value), min: fmt(c.scale.min), max: fmt(c.scale.max) }),
      );
      continue;
    }
    if (ok) scores.push({ reviewer: s.reviewer, team: s.team, criterion: s.criterion, value: v.value });
  }
  return { reviews: { source: raw.source, files: raw.files, reviewers: raw.reviewers, scores }, problems };
}
